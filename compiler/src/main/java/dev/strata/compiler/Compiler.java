package dev.strata.compiler;

import dev.strata.compiler.check.SemanticChecker;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.compiler.project.ProjectLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiler's front door: one call that does what every command that compiles a project needs (check, plan,
 * codegen, import, diff of a project, facades). It reads {@code strata.toml} and every source file, parses them and
 * assembles the model ({@link ProjectLoader}), runs the semantic checks ({@link SemanticChecker}) and loads and
 * verifies the plan chain ({@link MigrationChain}); every problem is a diagnostic of the {@link Compilation},
 * nothing is thrown for bad input. Planning the sources on top of the chain is {@code PlanMaker}'s, given the
 * compilation's project and chain; the commands that run plans rather than compile sources (test, baseline) load
 * the chain alone with {@link MigrationChain#load(dev.strata.compiler.project.ProjectConfig)}.
 */
public final class Compiler {

    private Compiler() {
    }

    /**
     * Compiles the project in {@code dir}: a directory with a {@code strata.toml}, a directory with a
     * {@code schema/} directory, or a plain directory of {@code .strata} files. Paths in diagnostics are relative
     * to {@code dir}.
     */
    public static Compilation compile(Path dir) {
        return compile(ProjectLoader.load(dir));
    }

    /** As {@link #compile(Path)}, with the project file already read (by a command that needed it first). */
    public static Compilation compile(Path dir, ProjectFile projectFile) {
        return compile(ProjectLoader.load(dir, projectFile));
    }

    private static Compilation compile(LoadedProject project) {
        boolean loaded = !project.hasErrors();
        List<Diagnostic> checks = loaded ? SemanticChecker.check(project.model()) : List.of();
        MigrationChain chain = loaded ? MigrationChain.load(project.config()) : MigrationChain.none();
        return new Compilation(project.config(), project.projectFile(), project.files(), project.units(),
                project.model(), chain, project.diagnostics(), checks);
    }
}
