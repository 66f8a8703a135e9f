package dev.strata.fleet;

import dev.strata.engine.database.Target;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Many databases on the test kit's one server, the fleet file over them, and what their histories hold. */
final class FleetDatabases {

    private FleetDatabases() {
    }

    private static final List<Target> CREATED = new ArrayList<>();

    /** Creates {@code count} empty databases named {@code prefix_<pid>_<n>}; returns them in name order. */
    static List<Target> create(String prefix, int count) throws SQLException {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Target target = TestDatabases.server().newDatabase(prefix);
            targets.add(target);
            synchronized (CREATED) {
                CREATED.add(target);
            }
        }
        return targets.stream().sorted((a, b) -> a.database().compareTo(b.database())).toList();
    }

    /**
     * Drops every database {@link #create} made: a test's fleet is gone before the next test, so the server's data
     * directory stays small and stopping it at the end of the run stays quick.
     */
    static void dropAll() throws SQLException {
        List<Target> targets;
        synchronized (CREATED) {
            targets = List.copyOf(CREATED);
            CREATED.clear();
        }
        for (Target target : targets) {
            TestDatabases.server().drop(target);
        }
    }

    /** The URL of the test server's {@code postgres} database, with its user. */
    static String serverUrl() {
        Target admin = TestDatabases.server().admin();
        return "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/postgres?user=postgres";
    }

    /** The database pattern matching every database {@link #create} made with {@code prefix} in this JVM. */
    static String pattern(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_*";
    }

    /** Writes {@code fleet.toml} into {@code directory}: the server's databases by pattern, then {@code rings}. */
    static Path write(Path directory, String prefix, String rings) throws Exception {
        Path file = directory.resolve(FleetFile.FILE_NAME);
        Files.writeString(file, "[databases]\nserver = \"" + serverUrl() + "\"\npattern = \"" + pattern(prefix)
                + "\"\n\n" + rings);
        return file;
    }

    /** The outcomes of the apply rows of {@code plan} in the target's history, oldest first. */
    static List<String> applies(Target target, String plan) throws SQLException {
        if (!hasState(target)) {
            return List.of();
        }
        return TestDatabases.query(target.jdbcUrl(), "SELECT outcome FROM strata.history WHERE action = 'apply'"
                + " AND plan_id = '" + plan + "' ORDER BY id");
    }

    /** Whether anything of Strata's state exists in the database. */
    static boolean hasState(Target target) throws SQLException {
        return !TestDatabases.query(target.jdbcUrl(), "SELECT 1 FROM pg_namespace WHERE nspname = 'strata'")
                .isEmpty();
    }

    /** When the database's apply of {@code plan} finished, as epoch milliseconds. */
    static long finished(Target target, String plan) throws SQLException {
        return Long.parseLong(TestDatabases.query(target.jdbcUrl(), "SELECT (extract(epoch FROM finished_at) * 1000)"
                + "::bigint FROM strata.history WHERE action = 'apply' AND outcome = 'applied' AND plan_id = '"
                + plan + "'").get(0));
    }

    /** When the database's apply of {@code plan} started, as epoch milliseconds. */
    static long started(Target target, String plan) throws SQLException {
        return Long.parseLong(TestDatabases.query(target.jdbcUrl(), "SELECT (extract(epoch FROM started_at) * 1000)"
                + "::bigint FROM strata.history WHERE action = 'apply' AND outcome = 'applied' AND plan_id = '"
                + plan + "'").get(0));
    }
}
