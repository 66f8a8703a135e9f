package dev.strata.compiler.project;

import dev.strata.plan.PlanChain;
import java.nio.file.Path;

/**
 * The project file {@code strata.toml}: where the sources and migrations live, the core schema's name, and an
 * optional default database URL. Paths are absolute (resolved against {@code root}).
 */
public record ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                            String databaseUrl) {

    public static final String FILE_NAME = "strata.toml";

    /** The migrations directory as messages name it: relative to the project root ({@code migrations}). */
    public String migrationsDisplay() {
        try {
            String relative = root.relativize(migrationsDir).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            return migrationsDir.toString();
        }
    }

    /** The project's plans, loaded and verified (problems are in the chain, not thrown). */
    public PlanChain plans() {
        return PlanChain.load(migrationsDir, migrationsDisplay(), name);
    }
}
