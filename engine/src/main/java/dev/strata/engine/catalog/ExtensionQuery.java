package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/** Every installed extension, with its version and the schema it was installed into. */
public final class ExtensionQuery {

    public record Row(String name, String schema, String version) {
    }

    private static final String SQL = """
            SELECT x.extname, n.nspname, x.extversion
            FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
            ORDER BY x.extname
            """;

    private ExtensionQuery() {
    }

    public static List<Row> read(CatalogSession session) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
}
