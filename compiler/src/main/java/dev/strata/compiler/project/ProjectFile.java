package dev.strata.compiler.project;

import dev.strata.compiler.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * What the project file of a directory says, as {@link ProjectFileReader} read it: the configuration, the text
 * read, and the problems found in it. {@code file} is null when there is no {@code strata.toml} or it cannot be
 * read; {@code config} is null when the file cannot be read or is not valid TOML. Without a {@code strata.toml} the
 * defaults apply, with {@code schema/} as the source directory if there is one and the directory itself otherwise.
 */
public record ProjectFile(ProjectConfig config, SourceFile file, List<Diagnostic> diagnostics) {

    public ProjectFile {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return config == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The file's text by display path, for {@link dev.strata.compiler.diag.DiagnosticRenderer}. */
    public Map<String, String> sourcesByFile() {
        return file == null ? Map.of() : Map.of(file.displayPath(), file.text());
    }
}
