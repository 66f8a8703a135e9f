package dev.strata.engine.facade;

import dev.strata.engine.session.Session;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Least privilege for one facade version: its schema, views and routines belong to the NOLOGIN role
 * {@code <facade>_owner}, which may read and write the core tables (SELECT, INSERT, UPDATE, DELETE), use the core
 * sequences and the core schema, and nothing else. Views run with their owner's rights, so an application role
 * granted a view reaches the core through it and only through it. The core schema itself grants nothing to PUBLIC.
 * {@code security definer} routines get a fixed search_path. Every statement is idempotent; it runs inside the plan's transaction, before the catalog is captured.
 */
public final class FacadeOwnership {

    private static final String PUBLIC_SCHEMA = "public";

    private FacadeOwnership() {
    }

    public static void settle(Connection connection, String coreSchema, String facade, String schema)
            throws SQLException {
        String owner = FacadeSchemas.ownerRole(facade);
        ensureRole(connection, owner);
        if (schemaExists(connection, coreSchema)) {
            if (!coreSchema.equals(PUBLIC_SCHEMA)) {
                // schema public serves everyone (extensions, other tools): its tables are still not granted to PUBLIC
                Session.execute(connection, Sql.of("REVOKE ALL ON SCHEMA").id(coreSchema).kw("FROM PUBLIC").build());
            }
            Session.execute(connection, Sql.of("GRANT USAGE ON SCHEMA").id(coreSchema).kw("TO").id(owner).build());
            Session.execute(connection, Sql.of("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA")
                    .id(coreSchema).kw("TO").id(owner).build());
            Session.execute(connection, Sql.of("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA").id(coreSchema)
                    .kw("TO").id(owner).build());
        }
        for (String statement : ownerChanges(connection, schema, owner)) {
            Session.execute(connection, statement);
        }
        for (String statement : pinnedSearchPaths(connection, schema, coreSchema)) {
            Session.execute(connection, statement);
        }
    }

    /**
     * A {@code security definer} routine runs with the owner's rights under the caller's search_path; a caller could
     * put its own objects first (temporary tables come first by default). Each such routine without its own
     * search_path gets {@code SET search_path = <version schema>, <core>, pg_temp}.
     */
    private static List<String> pinnedSearchPaths(Connection connection, String schema, String coreSchema)
            throws SQLException {
        List<String> statements = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT p.prokind::text, p.oid::regprocedure::text"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ? AND p.prosecdef"
                + " AND NOT coalesce(p.proconfig::text LIKE '%search_path=%', false)")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // the signature as PostgreSQL prints it (regprocedure): quoted and qualified where needed
                    statements.add(Sql.of("ALTER").kw(kind(rs.getString(1))).verbatim(rs.getString(2))
                            .append(Sql.set("search_path", false)).id(schema).comma().id(coreSchema).comma()
                            .kw("pg_temp").build());
                }
            }
        }
        return statements;
    }

    private static void ensureRole(Connection connection, String owner) throws SQLException {
        Session.execute(connection, Sql.ensureRole(owner));
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** ALTER … OWNER TO for the schema and each of its views and routines that the owner does not own yet. */
    private static List<String> ownerChanges(Connection connection, String schema, String owner)
            throws SQLException {
        List<String> statements = new ArrayList<>();
        String sql = "SELECT 's', NULL, NULL FROM pg_namespace n"
                + " WHERE n.nspname = ? AND n.nspowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)"
                + " UNION ALL SELECT c.relkind::text, c.relname::text, NULL"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('v', 'm')"
                + " AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)"
                + " UNION ALL SELECT p.prokind::text, NULL, p.oid::regprocedure::text"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ? AND p.prokind IN ('f', 'p')"
                + " AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < 3; i++) {
                ps.setString(2 * i + 1, schema);
                ps.setString(2 * i + 2, owner);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var alter = Sql.of("ALTER").kw(kind(rs.getString(1)));
                    if (rs.getString(2) != null) {
                        alter.name(schema, rs.getString(2));
                    } else if (rs.getString(3) != null) {
                        alter.verbatim(rs.getString(3));
                    } else {
                        alter.id(schema);
                    }
                    statements.add(alter.kw("OWNER TO").id(owner).build());
                }
            }
        }
        return statements;
    }

    /** The key word for a catalog object kind: pg_class.relkind, pg_proc.prokind, or {@code s} for a schema. */
    private static String kind(String code) {
        return switch (code) {
            case "s" -> "SCHEMA";
            case "v" -> "VIEW";
            case "m" -> "MATERIALIZED VIEW";
            case "p" -> "PROCEDURE";
            default -> "FUNCTION";
        };
    }
}
