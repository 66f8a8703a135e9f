package dev.strata.compiler.format;

import dev.strata.compiler.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of formatting a project directory: one outcome per source file (sorted by path), and every
 * diagnostic met, including those not tied to one file (a missing directory, a bad strata.toml).
 */
public record DirectoryFormat(List<FileOutcome> files, List<Diagnostic> diagnostics, boolean written) {

    public DirectoryFormat {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The files not in canonical layout: rewritten when {@link #written()}, otherwise they would be. */
    public List<FileOutcome> changed() {
        return withStatus(FileOutcome.Status.CHANGED);
    }

    public List<FileOutcome> failed() {
        return withStatus(FileOutcome.Status.FAILED);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private List<FileOutcome> withStatus(FileOutcome.Status status) {
        var result = new ArrayList<FileOutcome>();
        for (var file : files) {
            if (file.status() == status) {
                result.add(file);
            }
        }
        return result;
    }
}
