package dev.strata.spring;

import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * What every application connection runs first: {@code SET search_path TO "shop_api_v3";} for a pinned facade
 * version and {@code SET ROLE "shop_app";} for a role, and the check, on one connection at start-up, that they took
 * (the session runs as the role and the version's schema is on its effective search_path, which leaves out schemas
 * the role may not use).
 */
record ConnectionSettings(FacadePin pin, String role) {

    static ConnectionSettings of(StrataProperties properties) {
        String role = properties.role() == null || properties.role().isBlank() ? null : properties.role().strip();
        return new ConnectionSettings(properties.pin(), role);
    }

    boolean changesNothing() {
        return pin == null && role == null;
    }

    /** The statements, in one text (HikariCP's {@code connectionInitSql} runs one). */
    String sql() {
        List<String> statements = new ArrayList<>();
        if (pin != null) {
            statements.add(Sql.searchPath(List.of(pin.schema()), false));
        }
        if (role != null) {
            statements.add(Sql.of("SET ROLE").id(role).build());
        }
        return String.join(" ", statements);
    }

    void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql());
        }
    }

    /** Borrows one connection from {@code dataSource} and checks that the settings took. */
    void verify(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT current_user, pg_catalog.current_schemas(false)");
             ResultSet row = query.executeQuery()) {
            row.next();
            String user = row.getString(1);
            Array schemas = row.getArray(2);
            List<String> path = Arrays.asList((String[]) schemas.getArray());
            if (role != null && !role.equals(user)) {
                throw new StrataStartupException("The application's connections run as " + user + ", not as"
                        + " spring.strata.role=" + role + ".", "Check that nothing else sets the role"
                        + " (spring.datasource.hikari.connection-init-sql runs after Strata's settings).");
            }
            if (pin != null && !path.contains(pin.schema())) {
                throw new StrataStartupException("The application's connections (as " + user + ") cannot use"
                        + " schema " + pin.schema() + " of spring.strata.facade=" + pin + ": it is missing from"
                        + " their effective search_path " + path + ".", "Grant the role access to the version"
                        + " (a grant in the facade, applied by a plan), or set spring.strata.role to a role that has"
                        + " it.");
            }
        } catch (SQLException e) {
            throw new StrataStartupException("The application's connections cannot run Strata's settings ("
                    + sql() + "): " + e.getMessage(), role == null ? "Check the DataSource's URL and credentials."
                    : "The login user must be a member of " + role + " to SET ROLE: GRANT " + role
                    + " TO the login user, or leave spring.strata.role unset.", e);
        }
    }
}
