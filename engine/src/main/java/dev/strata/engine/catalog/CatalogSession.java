package dev.strata.engine.catalog;

import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one way Strata reads PostgreSQL's catalog: every query of one read inside one read-only session, with a
 * known search path. On a connection in auto-commit mode it opens its own repeatable-read, read-only transaction,
 * so all its queries see one snapshot. On a connection inside a transaction (the capture an apply takes after its
 * steps, before it commits) it joins that transaction, so it sees its uncommitted work, behind a savepoint made
 * read-only; closing rolls back to the savepoint. Either way the search path is set for the session only
 * ({@code set_config(…, true)}) and comes back as it was, and the caller's transaction is left as it was.
 *
 * <p>The search path starts pinned to {@code pg_catalog} alone: PostgreSQL prints names unqualified when they are
 * visible on the path, so only a pinned path prints every expression (defaults, checks, view and routine bodies)
 * the same way whatever the caller's session had. Introspection moves it ({@link #searchPath(List)}) to read core
 * SQL as it is written in the sources. Counts the queries it runs.
 */
public final class CatalogSession implements AutoCloseable {

    /** The search path facts are read with. */
    public static final String PINNED_SEARCH_PATH = "pg_catalog";

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Savepoint savepoint;
    private final int serverMajorVersion;
    private String searchPath;
    private int queries;

    private CatalogSession(Connection connection, Savepoint savepoint, int serverMajorVersion) {
        this.connection = connection;
        this.savepoint = savepoint;
        this.serverMajorVersion = serverMajorVersion;
    }

    /** Opens a session with the search path pinned to {@code pg_catalog}. */
    public static CatalogSession open(Connection connection) throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        CatalogSession session;
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            session = new CatalogSession(connection, null, major);
            try {
                session.execute(Sql.of("SET TRANSACTION").kw("ISOLATION LEVEL REPEATABLE READ, READ ONLY").build());
            } catch (SQLException | RuntimeException e) {
                session.closeQuietly();
                throw e;
            }
        } else {
            session = new CatalogSession(connection, connection.setSavepoint(), major);
            try {
                session.execute(Sql.of("SET TRANSACTION").kw("READ ONLY").build());
            } catch (SQLException | RuntimeException e) {
                session.closeQuietly();
                throw e;
            }
        }
        try {
            session.setSearchPath(PINNED_SEARCH_PATH);
            session.withoutJit();
        } catch (SQLException | RuntimeException e) {
            session.closeQuietly();
            throw e;
        }
        return session;
    }

    public int serverMajorVersion() {
        return serverMajorVersion;
    }

    /** The catalog queries run so far. */
    public int queries() {
        return queries;
    }

    /** The search path queries run with now. */
    public String searchPath() {
        return searchPath;
    }

    public boolean pinned() {
        return PINNED_SEARCH_PATH.equals(searchPath);
    }

    /**
     * Sets the search path to {@code schemas}, so that names in them print unqualified (PostgreSQL prints an
     * expression as it would be written with that path). An empty list pins it to {@code pg_catalog} alone.
     */
    public void searchPath(List<String> schemas) throws SQLException {
        setSearchPath(schemas.isEmpty() ? PINNED_SEARCH_PATH
                : String.join(", ", schemas.stream().map(Identifiers::quote).toList()));
    }

    private void setSearchPath(String path) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            statement.setString(1, path);
            statement.execute();
        }
        searchPath = path;
    }

    /**
     * The catalog queries are cheap to run but estimated as expensive (set-returning functions over every index,
     * privileges of every object), so on a server with JIT (PostgreSQL 11+, on by default from 12) each crossed
     * jit_above_cost and spent most of its time compiling: 1.5 s of JIT in a 1.9 s index query on 2,000 tables,
     * 0.24 s without. Off for this transaction only.
     */
    private void withoutJit() throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('jit', 'off', true)")) {
            statement.execute();
        }
    }

    /** A SQL fragment for servers from {@code major} on, and {@code older} before it. */
    public String since(int major, String fragment, String older) {
        return serverMajorVersion >= major ? fragment : older;
    }

    /** One catalog query; {@code parameters} are bound in order, lists as arrays. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        queries++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                var rows = new ArrayList<T>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    /** Lists bind as arrays: of {@code int8} when they hold numbers, of {@code text} otherwise. */
    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof List<?> list) {
            boolean numbers = !list.isEmpty() && list.get(0) instanceof Number;
            statement.setArray(index, connection.createArrayOf(numbers ? "int8" : "text", list.toArray()));
        } else {
            statement.setObject(index, value);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Ends the session: its own transaction is rolled back, a joined one goes back to the savepoint. */
    @Override
    public void close() throws SQLException {
        if (savepoint == null) {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        } else {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (SQLException ignored) {
            // the first failure is the one to report
        }
    }

    // ---------------------------------------------------------------------------------------- column helpers

    public static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> v == null ? null : v.toString())
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    public static List<Integer> integers(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
    }

    public static List<Long> longs(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }
}
