package dev.strata.engine.facade;

import dev.strata.plan.sql.Identifiers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A facade version's schema is {@code <facade>_v<N>} (the planner names it so); this reads the facade and the
 * version back from a schema name PostgreSQL reports (in an error message), and names the version's owner role.
 */
public final class FacadeSchemas {

    private static final Pattern SCHEMA = Pattern.compile("(.+)_v([0-9]{1,9})");

    private FacadeSchemas() {
    }

    public record FacadeVersion(String facade, int version) {
    }

    public static Optional<FacadeVersion> parse(String schema) {
        Matcher matcher = SCHEMA.matcher(schema);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FacadeVersion(matcher.group(1), Integer.parseInt(matcher.group(2))));
    }

    public static String schema(String facade, int version) {
        return facade + "_v" + version;
    }

    /**
     * The NOLOGIN role that owns every version of {@code facade}: {@code <facade>_owner}, cut to PostgreSQL's 63 bytes
     * the way the server would cut it, so the name Strata looks up is the name the server stores.
     */
    public static String ownerRole(String facade) {
        return Identifiers.truncate(facade + "_owner");
    }
}
