package dev.strata.engine.facade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Target;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Roles belong to the whole server, so two applies on two databases of one server can both find a role missing and
 * both create it. The second one waits for the first to commit; without the exception handler it then failed with a
 * unique violation on {@code pg_authid_rolname_index} (seen when golden plans ran in parallel on one server).
 */
class EnsureRoleRaceTest {

    private static final AtomicInteger ROLES = new AtomicInteger();

    @Test
    void twoSessionsCreatingOneRoleAtOnceBothSucceed() throws Exception {
        Target first = TestSupport.newTarget("role_race_a");
        Target second = TestSupport.newTarget("role_race_b");
        String role = "race_role_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        try (Connection a = TestSupport.connect(first); Connection b = TestSupport.connect(second)) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            execute(a, Sql.ensureRole(role));
            // b finds no committed role, inserts, and waits on a's uncommitted row in pg_authid
            CompletableFuture<Void> secondRun = CompletableFuture.runAsync(() -> {
                try {
                    execute(b, Sql.ensureRole(role));
                    b.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            waitUntilBlocked(a, role);
            a.commit();
            secondRun.get(30, TimeUnit.SECONDS);
            // and once it exists, the statement is a no-op
            execute(b, Sql.ensureRole(role));
            b.commit();
            assertThat(count(a, role)).isEqualTo(1);
        } finally {
            try (Connection admin = TestSupport.connect(first); Statement statement = admin.createStatement()) {
                statement.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    /** Until the second session waits on a lock held by the first (its insert of the same role name). */
    private static void waitUntilBlocked(Connection holder, String role) throws Exception {
        int holderPid;
        try (Statement statement = holder.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            holderPid = rs.getInt(1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = TestSupport.connect(TestSupport.newTarget("role_race_watch"));
                Statement statement = watcher.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE "
                        + holderPid + " = ANY (pg_catalog.pg_blocking_pids(pid))")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the second session never waited on the first's CREATE ROLE " + role);
    }

    private static int count(Connection connection, String role) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = " + Sql.literal(role))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
