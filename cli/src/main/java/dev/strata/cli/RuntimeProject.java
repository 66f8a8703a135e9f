package dev.strata.cli;

import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.compiler.project.ProjectFileReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project file of a runtime command (apply, rollback, status, history, backups, promote, facades, baseline,
 * test), read by the compiler's one reader of {@code strata.toml} without parsing any source. Its problems are
 * shown as diagnostics (S0004–S0010, warnings too); an error stops the command with exit code 1.
 */
final class RuntimeProject {

    private RuntimeProject() {
    }

    /** The configuration of the project in {@code directory}. */
    static ProjectConfig config(String command, Path directory, Terminal terminal) throws CommandFailure {
        return file(command, directory, terminal).config();
    }

    /** The project file of {@code directory}, which must have a {@code strata.toml}. */
    static ProjectFile file(String command, Path directory, Terminal terminal) throws CommandFailure {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(ProjectConfig.FILE_NAME))) {
            throw new UsageException("no " + ProjectConfig.FILE_NAME + " in " + root
                    + "; give the project directory as the argument");
        }
        return checked(command, root, ProjectFileReader.read(root), terminal);
    }

    /** Shows the problems of a project file read; throws when it has errors. */
    static ProjectFile checked(String command, Path root, ProjectFile file, Terminal terminal) throws CommandFailure {
        if (!file.diagnostics().isEmpty()) {
            terminal.err().print(DiagnosticRenderer.render(file.diagnostics(), file.sourcesByFile(),
                    terminal.colour()));
        }
        if (file.hasErrors()) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata " + command + ": "
                    + root.resolve(ProjectConfig.FILE_NAME) + " has errors (shown above); nothing was done");
        }
        return file;
    }
}
