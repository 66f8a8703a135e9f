package dev.strata.introspect;

import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalog queries of one introspection: all in one read-only, repeatable-read transaction (so they see one
 * snapshot), with the search path set to the schema whose names PostgreSQL should print unqualified. Counts the
 * catalog queries it runs. Leaves the connection as it found it.
 */
final class CatalogSession implements AutoCloseable {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final boolean ownTransaction;
    private final String previousSearchPath;
    private final int serverMajorVersion;
    private int queries;

    private CatalogSession(Connection connection, boolean ownTransaction, String previousSearchPath,
                           int serverMajorVersion) {
        this.connection = connection;
        this.ownTransaction = ownTransaction;
        this.previousSearchPath = previousSearchPath;
        this.serverMajorVersion = serverMajorVersion;
    }

    static CatalogSession open(Connection connection) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute(Sql.of("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").comma().kw("READ ONLY")
                        .build());
            }
        }
        String previous;
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            previous = rs.getString(1);
        }
        return new CatalogSession(connection, ownTransaction, previous,
                connection.getMetaData().getDatabaseMajorVersion());
    }

    int serverMajorVersion() {
        return serverMajorVersion;
    }

    int queries() {
        return queries;
    }

    /**
     * PostgreSQL prints names unqualified when they are visible on the search path: set it to the schema whose SQL
     * is being read, so expressions come back as they would be written inside that schema. An empty list leaves
     * only {@code pg_catalog}, so every other name is qualified.
     */
    void searchPath(List<String> schemas) throws SQLException {
        String path = schemas.isEmpty() ? "pg_catalog"
                : String.join(", ", schemas.stream().map(Identifiers::quote).toList());
        setSearchPath(path);
    }

    private void setSearchPath(String path) throws SQLException {
        try (var statement = connection.prepareStatement(Sql.setConfig("search_path", true))) {
            statement.setString(1, path);
            statement.execute();
        }
    }

    /** One catalog query; {@code parameters} are bound in order, lists as arrays. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
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

    @Override
    public void close() throws SQLException {
        if (ownTransaction) {
            connection.rollback();
            connection.setAutoCommit(true);
            return;
        }
        setSearchPath(previousSearchPath);
    }

    // ---------------------------------------------------------------------------------------- column helpers

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> v == null ? null : v.toString())
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    static List<Integer> integers(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
    }

    static List<Long> longs(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }
}
