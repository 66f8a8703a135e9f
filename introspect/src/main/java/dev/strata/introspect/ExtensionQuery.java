package dev.strata.introspect;

import java.sql.SQLException;
import java.util.List;

/** Installed extensions and the schema each was installed into. */
final class ExtensionQuery {

    record Row(String name, String schema) {
    }

    private static final String SQL = """
            SELECT x.extname, n.nspname
            FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
            ORDER BY x.extname
            """;

    private ExtensionQuery() {
    }

    static List<Row> read(CatalogSession session) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getString(1), rs.getString(2)));
    }
}
