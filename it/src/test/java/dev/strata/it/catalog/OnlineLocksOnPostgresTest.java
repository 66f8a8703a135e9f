package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Step;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lock each step of the online strategies claims in plan.json, measured with pg_locks on the server the test
 * runs on (18, and 13 in the {@code oldest-postgresql} execution): SET NOT NULL through a validated helper check, a
 * primary key and a unique constraint built concurrently and taken over with USING INDEX, an index dropped
 * concurrently. A step that can run in a transaction block runs in one, and the locks its backend holds on the table
 * before the commit are read; a concurrent build or drop waits for a writer's open transaction, and the locks it
 * holds meanwhile are read, while another writer's insert goes through. SET NOT NULL after the validation reports
 * that it needs no scan (PostgreSQL's DEBUG1 message).
 */
@Tag("crossversion")
class OnlineLocksOnPostgresTest {

    private static final String BEFORE = """
            core {
              table visit {
                id   bigint
                code text
                at   timestamptz
                index visit_by_at (at)
              }
            }
            """;

    private static final String AFTER = """
            core {
              table visit {
                id   bigint primary key
                code text unique
                at   timestamptz
              }
            }
            """;

    private static final String LOCKS = "SELECT mode FROM pg_locks WHERE locktype = 'relation'"
            + " AND relation = 'core.visit'::regclass AND pid = ?";

    @Test
    void eachOnlineStepTakesTheLockItsPlanClaims() throws Exception {
        Model before = PlanRunner.parse("before.strata", BEFORE);
        Model after = PlanRunner.parse("after.strata", AFTER);
        List<Step> steps = PlanRunner.plan(before, after, "0002_online", false).steps();
        assertThat(steps).extracting(Step::change).containsExactly("add not null check", "drop index",
                "validate not null check", "set not null", "drop not null check", "add key index",
                "add unique constraint", "add key index", "add primary key");
        String url = TestDatabases.newDatabase("online_locks");
        try (Connection c = TestDatabases.connect(url)) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
            execute(c, "INSERT INTO core.visit SELECT g, 'c' || g, now() FROM generate_series(1, 1000) g");
            var measured = new ArrayList<String>();
            for (Step step : steps) {
                LockLevel lock = step.sql().contains("CONCURRENTLY") ? beside(url, step) : inTransaction(c, step);
                measured.add(step.number() + " " + lock);
                assertThat(lock).as("step " + step.number() + " " + step.change()).isEqualTo(step.lock());
            }
            assertThat(measured).containsExactly("1 ACCESS_EXCLUSIVE", "2 SHARE_UPDATE_EXCLUSIVE",
                    "3 SHARE_UPDATE_EXCLUSIVE", "4 ACCESS_EXCLUSIVE", "5 ACCESS_EXCLUSIVE",
                    "6 SHARE_UPDATE_EXCLUSIVE", "7 ACCESS_EXCLUSIVE", "8 SHARE_UPDATE_EXCLUSIVE",
                    "9 ACCESS_EXCLUSIVE");
            assertThat(TestDatabases.query(url, "SELECT conname || ' ' || contype::text FROM pg_constraint"
                    + " WHERE conrelid = 'core.visit'::regclass AND contype IN ('c', 'p', 'u') ORDER BY conname"))
                    .containsExactly("visit_code_key u", "visit_pkey p");
            assertThat(TestDatabases.query(url, "SELECT indexrelid::regclass::text FROM pg_index"
                    + " WHERE indrelid = 'core.visit'::regclass ORDER BY 1"))
                    .containsExactly("core.visit_code_key", "core.visit_pkey");
        }
    }

    /**
     * Runs {@code step} in a transaction block and returns the strongest lock its backend holds on the table before
     * the commit. SET NOT NULL runs with DEBUG1 messages on and must report that the constraints prove it.
     */
    private static LockLevel inTransaction(Connection c, Step step) throws SQLException {
        c.setAutoCommit(false);
        try (Statement statement = c.createStatement()) {
            boolean setNotNull = step.change().equals("set not null");
            if (setNotNull) {
                statement.execute("SET LOCAL client_min_messages = debug1");
            }
            statement.execute(step.sql());
            if (setNotNull) {
                assertThat(messages(statement.getWarnings())).as("SET NOT NULL scans nothing")
                        .contains("are sufficient to prove that it does not contain nulls");
            }
            LockLevel strongest = strongest(c, backend(c));
            c.commit();
            return strongest;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Runs a concurrent build or drop while a writer's transaction is open on the table (PostgreSQL makes it wait for
     * that transaction): reads the locks it holds meanwhile, checks that another writer's insert goes through within
     * a second, then ends the open transaction and lets the step finish.
     */
    private static LockLevel beside(String url, Step step) throws Exception {
        try (Connection open = TestDatabases.connect(url); Connection ddl = TestDatabases.connect(url);
             Connection writer = TestDatabases.connect(url)) {
            open.setAutoCommit(false);
            execute(open, "INSERT INTO core.visit VALUES (-" + step.number() + ", 'open " + step.number() + "', now())");
            int pid = backend(ddl);
            var running = CompletableFuture.runAsync(() -> {
                try (Statement statement = ddl.createStatement()) {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            LockLevel held = LockLevel.NONE;
            for (int i = 0; i < 200 && held == LockLevel.NONE; i++) {
                Thread.sleep(25);
                held = strongest(writer, pid);
            }
            assertThat(running).as("it waits for the open transaction").isNotDone();
            execute(writer, "SET lock_timeout = '1s'");
            execute(writer, "INSERT INTO core.visit VALUES (" + (10000 + step.number()) + ", 'meanwhile "
                    + step.number() + "', now())");
            open.commit();
            running.get(30, TimeUnit.SECONDS);
            return held;
        }
    }

    private static LockLevel strongest(Connection c, int pid) throws SQLException {
        LockLevel strongest = LockLevel.NONE;
        try (PreparedStatement ps = c.prepareStatement(LOCKS)) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LockLevel level = level(rs.getString(1));
                    strongest = level.compareTo(strongest) > 0 ? level : strongest;
                }
            }
        }
        return strongest;
    }

    /** {@code ShareUpdateExclusiveLock} as {@link LockLevel#SHARE_UPDATE_EXCLUSIVE}. */
    private static LockLevel level(String mode) {
        String words = mode.replaceAll("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2");
        return LockLevel.valueOf(words.toUpperCase(Locale.ROOT));
    }

    private static int backend(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String messages(SQLWarning warning) {
        var text = new StringBuilder();
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            text.append(w.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
