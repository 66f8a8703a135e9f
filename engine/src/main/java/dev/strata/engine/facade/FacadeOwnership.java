package dev.strata.engine.facade;

import dev.strata.engine.session.Session;
import dev.strata.engine.state.Sql;
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
        String role = Sql.identifier(owner);
        ensureRole(connection, owner);
        if (schemaExists(connection, coreSchema)) {
            String core = Sql.identifier(coreSchema);
            if (!coreSchema.equals(PUBLIC_SCHEMA)) {
                // schema public serves everyone (extensions, other tools): its tables are still not granted to PUBLIC
                Session.execute(connection, "REVOKE ALL ON SCHEMA " + core + " FROM PUBLIC");
            }
            Session.execute(connection, "GRANT USAGE ON SCHEMA " + core + " TO " + role);
            Session.execute(connection, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + core
                    + " TO " + role);
            Session.execute(connection, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + core + " TO " + role);
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
        String path = " SET search_path = " + Sql.identifier(schema) + ", " + Sql.identifier(coreSchema)
                + ", pg_temp";
        List<String> statements = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE'"
                + " ELSE 'FUNCTION' END, p.oid::regprocedure::text FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ? AND p.prosecdef"
                + " AND NOT coalesce(p.proconfig::text LIKE '%search_path=%', false)")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add("ALTER " + rs.getString(1) + " " + rs.getString(2) + path);
                }
            }
        }
        return statements;
    }

    private static void ensureRole(Connection connection, String owner) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        Session.execute(connection, "CREATE ROLE " + Sql.identifier(owner) + " NOLOGIN");
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
        String to = " OWNER TO " + Sql.identifier(owner);
        List<String> statements = new ArrayList<>();
        String sql = "SELECT 'SCHEMA', quote_ident(n.nspname) FROM pg_namespace n"
                + " WHERE n.nspname = ? AND n.nspowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)"
                + " UNION ALL SELECT CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END,"
                + " quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('v', 'm')"
                + " AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)"
                + " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,"
                + " p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ? AND p.prokind IN ('f', 'p')"
                + " AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < 3; i++) {
                ps.setString(2 * i + 1, schema);
                ps.setString(2 * i + 2, owner);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add("ALTER " + rs.getString(1) + " " + rs.getString(2) + to);
                }
            }
        }
        return statements;
    }
}
