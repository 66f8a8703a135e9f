package dev.strata.tester;

import dev.strata.plan.Plan;
import dev.strata.plan.SqlScripts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's {@code fixtures/*.sql}. A file named after a plan number ({@code 0003_orders.sql}) loads as soon as
 * plan 0003 has been applied, so it can use that plan's schema; a file without a number loads after the first plan.
 * Files load in name order, each in one transaction, with {@code search_path} set to the core schema then public.
 * Loaded data stays, so it is part of the state every later plan is tested with.
 */
final class Fixtures {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{4})[_-].*");

    private final List<Path> files;

    private Fixtures(List<Path> files) {
        this.files = files;
    }

    static Fixtures in(Path dir) {
        return new Fixtures(SqlFiles.list(dir));
    }

    boolean anyAfter(Plan plan, boolean first) {
        return files.stream().anyMatch(f -> due(f, plan, first));
    }

    /** Loads the fixtures that belong right after {@code plan}. */
    void loadAfter(Connection connection, Plan plan, boolean first) throws SQLException {
        for (Path file : files) {
            if (due(file, plan, first)) {
                load(connection, file, plan);
            }
        }
    }

    private static boolean due(Path file, Plan plan, boolean first) {
        var matcher = NUMBERED.matcher(file.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) == plan.sequence() : first;
    }

    private static void load(Connection connection, Path file, Plan plan) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlScripts.searchPathSql(plan.coreSchema(), true));
            }
            String failure = SqlFiles.run(connection, file);
            if (failure != null) {
                connection.rollback();
                throw new FixtureFailure("fixture " + failure + " (loading after plan " + plan.id() + ")");
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
