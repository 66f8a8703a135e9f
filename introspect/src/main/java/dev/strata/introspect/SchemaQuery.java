package dev.strata.introspect;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Which of the requested schemas exist. A facade version whose schema is missing is not in the model. */
final class SchemaQuery {

    private static final String SQL = "SELECT n.nspname FROM pg_namespace n WHERE n.nspname = ANY(?)";

    private SchemaQuery() {
    }

    static Set<String> read(CatalogSession session, Scope scope) throws SQLException {
        return new HashSet<>(session.query(SQL, rs -> rs.getString(1), scope.schemas()));
    }
}
