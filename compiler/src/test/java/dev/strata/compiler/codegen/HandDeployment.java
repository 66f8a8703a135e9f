package dev.strata.compiler.codegen;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * Deploys a facade by running hand-written DDL from the test resources. Used until plans can deploy the sample;
 * the DDL mirrors the .strata sources it is named after.
 */
final class HandDeployment {

    private HandDeployment() {
    }

    static void run(String jdbcUrl, String resource) throws IOException, SQLException {
        try (var connection = TestDatabases.connect(jdbcUrl); var statement = connection.createStatement()) {
            statement.execute(resource(resource));
        }
    }

    static void sql(String jdbcUrl, String sql) throws SQLException {
        try (var connection = TestDatabases.connect(jdbcUrl); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = HandDeployment.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
