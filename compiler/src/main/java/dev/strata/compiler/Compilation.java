package dev.strata.compiler;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.SourceFile;
import dev.strata.plan.PlanChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled project, as {@link Compiler#compile} made it: the configuration ({@code strata.toml}, or the
 * defaults), the project file read ({@code projectFile}, null when there is none), the source files and their
 * parsed units (in path order), the model assembled from them, the verified plan chain, and the diagnostics of
 * each stage: {@code loadDiagnostics} (reading and parsing, S00xx–S02xx), {@code checkDiagnostics} (the semantic
 * checks, S1xxx) and the chain's (S2030–S2034).
 *
 * <p>A project that does not load (an error among {@code loadDiagnostics}) is not checked and its plans are not
 * verified: its model is partial, and what would be reported about it would mislead. Its chain is then empty.
 */
public record Compilation(ProjectConfig config, SourceFile projectFile, List<SourceFile> files, List<SourceUnit> units,
                          Model model, MigrationChain chain, List<Diagnostic> loadDiagnostics,
                          List<Diagnostic> checkDiagnostics) {

    public Compilation {
        files = List.copyOf(files);
        units = List.copyOf(units);
        loadDiagnostics = List.copyOf(loadDiagnostics);
        checkDiagnostics = List.copyOf(checkDiagnostics);
    }

    /** Whether the sources were read and parsed without errors (warnings allowed). */
    public boolean loaded() {
        return loadDiagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The problems of the sources: loading, then the semantic checks (in the order found). */
    public List<Diagnostic> sourceDiagnostics() {
        var all = new ArrayList<>(loadDiagnostics);
        all.addAll(checkDiagnostics);
        return List.copyOf(all);
    }

    /** Every problem found: loading, the semantic checks, then the plan chain. */
    public List<Diagnostic> diagnostics() {
        var all = new ArrayList<>(sourceDiagnostics());
        all.addAll(chain.diagnostics());
        return List.copyOf(all);
    }

    public boolean sourcesHaveErrors() {
        return sourceDiagnostics().stream().anyMatch(Diagnostic::isError);
    }

    public boolean hasErrors() {
        return diagnostics().stream().anyMatch(Diagnostic::isError);
    }

    /** The loading stage alone, for the APIs that take a loaded project. */
    public LoadedProject project() {
        return new LoadedProject(config, projectFile, files, units, model, loadDiagnostics);
    }

    /** Every text read (strata.toml and the sources), by display path, for the diagnostic renderer. */
    public Map<String, String> sourcesByFile() {
        return project().sourcesByFile();
    }

    /**
     * The texts read and the source snapshots of the plans ({@code migrations/NNNN_x/schema.strata}, by their path
     * from the project root), so that a planning diagnostic about a released facade shows its line. A snapshot that
     * cannot be read is left out (the chain reports it); its diagnostics then show no source line.
     */
    public Map<String, String> sourcesWithSnapshots() {
        var sources = new LinkedHashMap<>(sourcesByFile());
        Path migrations = config.migrationsDir();
        if (!Files.isDirectory(migrations)) {
            return sources;
        }
        List<Path> plans;
        try (var dirs = Files.list(migrations)) {
            plans = dirs.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return sources;
        }
        for (Path plan : plans) {
            Path snapshot = plan.resolve(PlanChain.SNAPSHOT_FILE);
            if (Files.isRegularFile(snapshot)) {
                try {
                    sources.put(config.root().relativize(snapshot).toString().replace('\\', '/'),
                            Files.readString(snapshot));
                } catch (IOException | UncheckedIOException e) {
                    // left out: the chain's S2034 says what is wrong with it
                }
            }
        }
        return sources;
    }
}
