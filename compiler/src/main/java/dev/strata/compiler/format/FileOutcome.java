package dev.strata.compiler.format;

import dev.strata.compiler.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** What formatting did, or would do, to one source file of a directory. */
public record FileOutcome(Path path, String displayPath, Status status, List<Diagnostic> diagnostics) {

    public FileOutcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public enum Status {
        /** Already in the canonical layout. */
        UNCHANGED,
        /** Not in the canonical layout: rewritten, or (when checking) would be. */
        CHANGED,
        /** Left alone because it has errors (see the diagnostics). */
        FAILED
    }
}
