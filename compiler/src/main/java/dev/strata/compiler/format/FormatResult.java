package dev.strata.compiler.format;

import dev.strata.compiler.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of formatting one file: the canonical text, or, when the file has errors, no text and the
 * diagnostics that explain why it was left alone.
 */
public record FormatResult(String fileName, String original, String formatted, List<Diagnostic> diagnostics) {

    public FormatResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the file could be formatted (it has no errors). */
    public boolean ok() {
        return formatted != null;
    }

    /** Whether formatting changes the file. False when it could not be formatted. */
    public boolean changed() {
        return formatted != null && !formatted.equals(original);
    }
}
