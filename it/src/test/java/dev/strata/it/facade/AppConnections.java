package dev.strata.it.facade;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/** Connections as an application role (made able to log in), the way an application build would connect. */
final class AppConnections {

    private AppConnections() {
    }

    /** A role name no other test uses: roles are cluster-wide. */
    static String uniqueRole(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Connection as(String jdbcUrl, String role) throws SQLException {
        String url = jdbcUrl.replace("user=postgres", "user=" + URLEncoder.encode(role, StandardCharsets.UTF_8));
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", "");
        return DriverManager.getConnection(url, properties);
    }
}
