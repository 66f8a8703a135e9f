package dev.strata.engine;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers: a fresh database, a runner on it, and quick SQL reads. */
public final class TestSupport {

    private TestSupport() {
    }

    public static Database freshDatabase(String prefix) {
        return Database.connect(newTarget(prefix), RunnerIdentity.current(), Duration.ofSeconds(10));
    }

    /** A fresh database on the JVM's shared scratch server. */
    public static Target newTarget(String prefix) {
        try {
            return ScratchServer.shared().newDatabase(prefix);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database " + prefix + "_…", e);
        }
    }

    public static Connection connect(Target target) throws SQLException {
        return ScratchServer.connect(target);
    }

    public static Runner runner(Database database) {
        return new Runner(database, RunnerIdentity.current(), Reporter.silent());
    }

    /** Fast options for tests: short lock waits and backoff. */
    public static ApplyOptions options() {
        return ApplyOptions.defaults().withLockWait(Duration.ofSeconds(5))
                .withLockTimeout(Duration.ofSeconds(2), 2, Duration.ofMillis(100));
    }

    public static List<List<String>> rows(Database database, String sql) {
        try (Connection c = database.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String value(Database database, String sql) {
        List<List<String>> rows = rows(database, sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public static void execute(Database database, String sql) {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips nothing: fails when the suite is meant to run on a given PostgreSQL major and the server is another. */
    public static void checkExpectedServerVersion() {
        String expected = System.getProperty("strata.test.pg.major");
        if (expected != null && !expected.isBlank()) {
            int actual;
            try {
                actual = ScratchServer.shared().majorVersion();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (actual != Integer.parseInt(expected)) {
                throw new IllegalStateException("expected PostgreSQL " + expected + " but the test server is "
                        + actual);
            }
        }
    }
}
