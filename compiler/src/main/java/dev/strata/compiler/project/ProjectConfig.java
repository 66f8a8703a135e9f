package dev.strata.compiler.project;

import java.nio.file.Path;

/**
 * The project file {@code strata.toml}: where the sources and migrations live, the core schema's name, and an
 * optional default database URL. Paths are absolute (resolved against {@code root}).
 */
public record ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                            String databaseUrl) {

    public static final String FILE_NAME = "strata.toml";
}
