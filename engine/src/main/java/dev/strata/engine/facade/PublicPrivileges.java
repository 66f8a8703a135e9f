package dev.strata.engine.facade;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.Session;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL grants {@code PUBLIC}, and so every application role, outside the schemas Strata manages: the
 * right to create temporary tables in the database ({@code TEMPORARY}) and to create large objects (EXECUTE on
 * {@code lo_creat}, {@code lo_create} and {@code lo_from_bytea}). Neither can be taken from one role while
 * {@code PUBLIC} holds it, so a project that wants its application roles without them says so in strata.toml and
 * the apply revokes them from {@code PUBLIC}; the database's owner and superusers keep them, and a role granted them
 * by name keeps them too.
 *
 * <p>Each setting is the state wanted: {@code true} revoked, {@code false} granted (PostgreSQL's default, put back),
 * null left as it is. Only what differs is changed, and each change is reported.
 */
public record PublicPrivileges(Boolean revokeTemporary, Boolean revokeLargeObjects) {

    /** The functions that create a large object; {@code lo_import} is already refused to PUBLIC by PostgreSQL. */
    static final List<Function> LARGE_OBJECT_CREATORS = List.of(new Function("lo_creat", "integer"),
            new Function("lo_create", "oid"), new Function("lo_from_bytea", "oid, bytea"));

    /** A function of pg_catalog, by name and argument types. */
    record Function(String name, String arguments) {

        @Override
        public String toString() {
            return name + "(" + arguments + ")";
        }
    }

    public static PublicPrivileges unchanged() {
        return new PublicPrivileges(null, null);
    }

    public boolean changesNothing() {
        return revokeTemporary == null && revokeLargeObjects == null;
    }

    /**
     * Brings {@code PUBLIC}'s privileges to the state wanted, in one transaction; returns what was done, one line a
     * change ({@code dryRun}: what would be). A revoke that PostgreSQL turns into a warning (the user lacks the
     * right to revoke) is a failure, not a silent no-op.
     */
    public List<String> enforce(Connection connection, boolean dryRun, Reporter reporter) throws SQLException {
        List<Change> changes = new ArrayList<>();
        if (revokeTemporary != null && publicHasTemporary(connection) == revokeTemporary) {
            changes.add(new Change((revokeTemporary ? "revoke" : "grant") + " TEMPORARY on database "
                    + currentDatabase(connection) + (revokeTemporary ? " from" : " to") + " PUBLIC",
                    (revokeTemporary ? Sql.of("REVOKE TEMPORARY ON DATABASE") : Sql.of("GRANT TEMPORARY ON DATABASE"))
                            .id(currentDatabase(connection)).kw(revokeTemporary ? "FROM PUBLIC" : "TO PUBLIC")
                            .build()));
        }
        if (revokeLargeObjects != null) {
            for (Function function : LARGE_OBJECT_CREATORS) {
                if (publicMayExecute(connection, function) == revokeLargeObjects) {
                    changes.add(new Change((revokeLargeObjects ? "revoke" : "grant") + " EXECUTE on "
                            + function + (revokeLargeObjects ? " from" : " to") + " PUBLIC (large objects)",
                            Sql.of(revokeLargeObjects ? "REVOKE EXECUTE ON FUNCTION" : "GRANT EXECUTE ON FUNCTION")
                                    .name("pg_catalog", function.name()).paren(function.arguments())
                                    .kw(revokeLargeObjects ? "FROM PUBLIC" : "TO PUBLIC").build()));
                }
            }
        }
        List<String> done = changes.stream().map(Change::description).toList();
        if (dryRun || changes.isEmpty()) {
            return done;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Change change : changes) {
                Session.execute(connection, change.sql());
            }
            refuseWhatDidNotTakeEffect(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            Session.rollbackQuietly(connection);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        done.forEach(line -> reporter.info(line + " (strata.toml [database])"));
        return done;
    }

    private record Change(String description, String sql) {
    }

    /** PostgreSQL answers a GRANT or REVOKE by a user without the grant option with a warning and does nothing. */
    private void refuseWhatDidNotTakeEffect(Connection connection) throws SQLException {
        List<String> missed = new ArrayList<>();
        if (revokeTemporary != null && publicHasTemporary(connection) == revokeTemporary) {
            missed.add("revoke_temporary (TEMPORARY on database " + currentDatabase(connection)
                    + ", which its owner or a superuser can change)");
        }
        if (revokeLargeObjects != null) {
            for (Function function : LARGE_OBJECT_CREATORS) {
                if (publicMayExecute(connection, function) == revokeLargeObjects) {
                    missed.add("revoke_large_objects (EXECUTE on pg_catalog." + function + ", which only a superuser"
                            + " can change)");
                }
            }
        }
        if (!missed.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.DATABASE, "PostgreSQL did not change what PUBLIC may"
                    + " do: " + String.join("; ", missed) + ".",
                    "The user this command connects as (" + currentUser(connection) + ") lacks the right, and"
                            + " PostgreSQL only warned. The plans applied stay applied; nothing of these settings"
                            + " was changed. Run the apply as a user who has the right, or remove the setting from"
                            + " strata.toml [database]."));
        }
    }

    private static boolean publicHasTemporary(Connection connection) throws SQLException {
        return bool(connection, "SELECT EXISTS (SELECT 1 FROM pg_database d,"
                + " aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a WHERE d.datname = current_database()"
                + " AND a.grantee = 0 AND a.privilege_type = 'TEMPORARY')", null);
    }

    private static boolean publicMayExecute(Connection connection, Function function) throws SQLException {
        return bool(connection, "SELECT EXISTS (SELECT 1 FROM pg_proc p,"
                + " aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
                + " WHERE p.oid = ('pg_catalog.' || ?)::regprocedure AND a.grantee = 0"
                + " AND a.privilege_type = 'EXECUTE')", function.toString());
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        return text(connection, "SELECT current_database()");
    }

    private static String currentUser(Connection connection) throws SQLException {
        return text(connection, "SELECT current_user");
    }

    private static boolean bool(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String text(Connection connection, String query) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
