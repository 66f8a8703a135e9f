package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.compiler.project.ProjectConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The roles a promotion switches: {@code --role} when given, else {@code live_roles} of {@code [facades.NAME]}
 * in strata.toml, e.g. {@code [facades.shop_api] live_roles = ["shop_app"]}.
 */
final class LiveRoles {

    private LiveRoles() {
    }

    static List<String> of(ProjectConfig project, String facade, String[] fromCommandLine) throws CommandFailure {
        if (fromCommandLine != null && fromCommandLine.length > 0) {
            return List.of(fromCommandLine);
        }
        Path file = project.root().resolve(ProjectConfig.FILE_NAME);
        JsonNode roles;
        try {
            roles = new TomlMapper().readTree(file.toFile()).path("facades").path(facade).path("live_roles");
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.VALIDATION, file + ": cannot read the project file: " + e.getMessage());
        }
        if (roles.isMissingNode()) {
            return List.of();
        }
        if (!roles.isArray()) {
            throw new CommandFailure(ExitCode.VALIDATION, file + ": [facades." + facade + "] live_roles must be a"
                    + " list of role names, e.g. live_roles = [\"shop_app\"]");
        }
        List<String> names = new ArrayList<>();
        roles.forEach(role -> names.add(role.asText()));
        return names;
    }
}
