package dev.strata.compiler.project;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.SourceUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project as loaded: its configuration, its {@code .strata} files (sorted by display path) and their parsed
 * units, the model assembled from them, and every problem met on the way. {@code projectFile} is the
 * {@code strata.toml} read, or null when there was none. A file that could not be read or parsed contributes no
 * declarations; check {@link #hasErrors()} before trusting the model.
 */
public record LoadedProject(ProjectConfig config, SourceFile projectFile, List<SourceFile> files,
                            List<SourceUnit> units, Model model, List<Diagnostic> diagnostics) {

    public LoadedProject {
        files = List.copyOf(files);
        units = List.copyOf(units);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every text read, by display path, for {@link dev.strata.compiler.diag.DiagnosticRenderer}. */
    public Map<String, String> sourcesByFile() {
        var sources = new LinkedHashMap<String, String>();
        if (projectFile != null) {
            sources.put(projectFile.displayPath(), projectFile.text());
        }
        files.forEach(f -> sources.put(f.displayPath(), f.text()));
        return sources;
    }
}
