package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.compiler.project.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parts of {@code strata.toml} the runtime commands need: the project's name, where its migrations live, and
 * the optional {@code [database] url}.
 */
final class RuntimeProject {

    private RuntimeProject() {
    }

    static ProjectConfig load(Path directory) throws CommandFailure {
        Path root = directory.toAbsolutePath().normalize();
        Path file = root.resolve(ProjectConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no " + ProjectConfig.FILE_NAME + " in " + root
                    + "; give the project directory as the argument");
        }
        JsonNode toml;
        try {
            toml = new TomlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.VALIDATION, file + ": cannot read the project file: "
                    + e.getMessage());
        }
        JsonNode project = toml.path("project");
        String name = project.path("name").asText(root.getFileName().toString());
        Path source = root.resolve(project.path("source").asText("schema"));
        Path migrations = root.resolve(project.path("migrations").asText("migrations"));
        String coreSchema = project.path("core_schema").asText("core");
        String url = toml.path("database").path("url").asText(null);
        return new ProjectConfig(root, name, source, migrations, coreSchema, url);
    }
}
