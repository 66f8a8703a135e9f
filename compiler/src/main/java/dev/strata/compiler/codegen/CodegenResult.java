package dev.strata.compiler.codegen;

import dev.strata.compiler.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of generating one facade version: the files (none when any diagnostic is an error) and the
 * diagnostics, which point at the declarations that could not be mapped.
 */
public record CodegenResult(List<GeneratedFile> files, List<Diagnostic> diagnostics) {

    public CodegenResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
