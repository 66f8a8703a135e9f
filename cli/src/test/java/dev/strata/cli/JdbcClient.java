package dev.strata.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** An application in a process of its own: connects to the JDBC URL {@code args[0]} and prints {@code select 1}. */
public final class JdbcClient {

    private JdbcClient() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0]);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            System.out.println(rows.getString(1));
        }
    }
}
