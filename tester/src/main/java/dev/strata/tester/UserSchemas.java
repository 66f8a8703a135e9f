package dev.strata.tester;

import dev.strata.engine.state.StateSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schemas a project owns in a database: everything but PostgreSQL's own and Strata's state and backups. */
final class UserSchemas {

    private UserSchemas() {
    }

    static List<String> of(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                     + " AND nspname NOT IN ('information_schema', 'strata', '" + StateSchema.BACKUP_SCHEMA + "')"
                     + " ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
