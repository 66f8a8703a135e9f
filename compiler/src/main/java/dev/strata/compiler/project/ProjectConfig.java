package dev.strata.compiler.project;

import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the project file {@code strata.toml} says, as {@link ProjectFileReader} (its one reader) read it:
 * the project's name, where the sources and migrations live, the core schema's name, an optional default database
 * URL, the live roles of each facade ({@code [facades.NAME] live_roles}), and what an apply leaves {@code PUBLIC}
 * (and so every application role) of temporary tables and large objects ({@code [database] revoke_temporary},
 * {@code revoke_large_objects}: true revoked, false granted as PostgreSQL does by default, null left alone), and
 * the server scratch databases are made on ({@code [scratch] url}; null: an embedded one), and the objects in the
 * managed schemas that Strata is to leave alone ({@code [unmanaged] objects}: entries {@code KIND NAME}, such as
 * {@code "policy core.orders.tenant_isolation"}, where {@code *} stands for any run of characters), and the longest
 * write-blocking lock an apply may be estimated to hold ({@code [database] max_lock}, a duration such as
 * {@code "5s"} as the command line spells it; null: the default). Paths are absolute (resolved against
 * {@code root}).
 */
public record ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                            String databaseUrl, Map<String, List<String>> liveRoles, Boolean revokeTemporary,
                            Boolean revokeLargeObjects, String scratchUrl, List<String> unmanaged,
                            String maxLock) {

    public static final String FILE_NAME = "strata.toml";

    public ProjectConfig {
        var roles = new LinkedHashMap<String, List<String>>();
        if (liveRoles != null) {
            liveRoles.forEach((facade, names) -> roles.put(facade, List.copyOf(names)));
        }
        liveRoles = Collections.unmodifiableMap(roles);
        unmanaged = unmanaged == null ? List.of() : List.copyOf(unmanaged);
    }

    /** A project that sets no limit of its own on the locks an apply may hold ({@code [database] max_lock}). */
    public ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                         String databaseUrl, Map<String, List<String>> liveRoles, Boolean revokeTemporary,
                         Boolean revokeLargeObjects, String scratchUrl, List<String> unmanaged) {
        this(root, name, sourceDir, migrationsDir, coreSchema, databaseUrl, liveRoles, revokeTemporary,
                revokeLargeObjects, scratchUrl, unmanaged, null);
    }

    /** A project that declares no object unmanaged. */
    public ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                         String databaseUrl, Map<String, List<String>> liveRoles, Boolean revokeTemporary,
                         Boolean revokeLargeObjects, String scratchUrl) {
        this(root, name, sourceDir, migrationsDir, coreSchema, databaseUrl, liveRoles, revokeTemporary,
                revokeLargeObjects, scratchUrl, List.of());
    }

    /** A project that leaves PUBLIC's privileges alone. */
    public ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                         String databaseUrl, Map<String, List<String>> liveRoles) {
        this(root, name, sourceDir, migrationsDir, coreSchema, databaseUrl, liveRoles, null, null, null);
    }

    /** A project that names no live roles. */
    public ProjectConfig(Path root, String name, Path sourceDir, Path migrationsDir, String coreSchema,
                         String databaseUrl) {
        this(root, name, sourceDir, migrationsDir, coreSchema, databaseUrl, Map.of());
    }

    /** The live roles of a facade ({@code live_roles} of {@code [facades.NAME]}); empty when it names none. */
    public List<String> liveRoles(String facade) {
        return liveRoles.getOrDefault(facade, List.of());
    }

    /** The same project with another core schema. */
    public ProjectConfig withCoreSchema(String schema) {
        return new ProjectConfig(root, name, sourceDir, migrationsDir, schema, databaseUrl, liveRoles,
                revokeTemporary, revokeLargeObjects, scratchUrl, unmanaged);
    }

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
