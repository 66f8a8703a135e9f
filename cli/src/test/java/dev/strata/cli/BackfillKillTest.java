package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata apply} killed with SIGKILL in the middle of an online type change's backfill: the database keeps the
 * expanded column, the sync trigger and the backfill's progress; rows written after the kill are kept right by the
 * trigger; the next apply resumes after the last committed batch instead of starting over, finishes the change with
 * every value, and a rollback then gives the old column type back with the same rows. The runner is a real
 * {@code strata} process in its own JVM, killed the way a node loss or an OOM killer would. The same for a NOT NULL
 * column added with a volatile default, rolled back from the stopped backfill.
 */
class BackfillKillTest {

    private static final int ROWS = 20_000;
    private static final String SOURCE = """
            core {
              table purchase {
                id      integer primary key
                amount  integer not null default 0
              }
            }
            """;
    private static final String CHECKSUM = "SELECT count(*) || ' ' || md5(string_agg(id || ':' || amount, ',' ORDER BY"
            + " id)) FROM core.purchase";

    @TempDir
    Path work;

    @Test
    void aRunnerKilledMidBackfillIsResumedAfterItsLastBatchAndRolledBackWithEveryRow() throws Exception {
        Path project = Run.project(work, "backfill-kill");
        String url = TestDatabases.newDatabase("backfill_kill");
        Run.plan(project, SOURCE, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM"
                + " generate_series(1, " + ROWS + ") AS i; ANALYZE core.purchase");
        Files.writeString(project.resolve("schema/core.strata"), SOURCE.replace("amount  integer", "amount  bigint"));
        var plan = Run.strata("plan", "--name", "amount-bigint", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);

        long killedAt = applyKilledMidBackfill(url, project);
        String walked = TestDatabases.query(url, "SELECT rows_done FROM strata.backfill WHERE finished_at IS NULL")
                .get(0);
        assertThat(Long.parseLong(walked)).isBetween(killedAt, (long) ROWS - 1);
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE strata_new_amount IS NULL"))
                .as("the walk stopped midway").isNotEqualTo(List.of("0"));

        // the application keeps writing while no runner is there: the sync trigger fills the new column
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, 7 FROM generate_series(" + (ROWS
                + 1) + ", " + (ROWS + 100) + ") AS i; UPDATE core.purchase SET amount = amount + 1 WHERE id % 97 = 0;"
                + " DELETE FROM core.purchase WHERE id % 101 = 0");
        String beforeResume = TestDatabases.query(url, CHECKSUM).get(0);

        var resumed = Run.strata("apply", "--url", url, "--lock-wait", "30s", project.toString());
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out() + resumed.err()).contains("resuming plan").contains("resuming after " + walked
                + " rows");
        // every key walked once: 20,100 keys, less those of the 199 deleted rows the walk had not reached at the kill
        assertThat(TestDatabases.query(url, "SELECT (rows_done BETWEEN " + (ROWS + 100 - 199) + " AND " + (ROWS + 100)
                + ") || ' ' || (finished_at IS NOT NULL) FROM strata.backfill")).containsExactly("true true");
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'amount'")).containsExactly("bigint");
        assertThat(TestDatabases.query(url, CHECKSUM)).containsExactly(beforeResume);
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'amount'")).containsExactly("integer");
        assertThat(TestDatabases.query(url, CHECKSUM)).containsExactly(beforeResume);
        assertThat(TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
                .containsExactly("id", "amount");
    }

    /**
     * The same kill in the backfill of a NOT NULL column added with {@code gen_random_uuid()}: while no runner is
     * there, the application inserts (the default gives each row its token) and updates rows the walk has not
     * reached (the fill trigger gives them theirs, so the helper check lets the update through); a rollback from
     * this phase drops the half-filled column and leaves every row as it was; applying again fills every row.
     */
    @Test
    void aRunnerKilledMidBackfillOfAnAddedColumnLeavesATableTheApplicationCanWriteAndARollbackCanUndo()
            throws Exception {
        Path project = Run.project(work, "backfill-kill-add");
        String url = TestDatabases.newDatabase("backfill_kill_add");
        Run.plan(project, SOURCE, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM"
                + " generate_series(1, " + ROWS + ") AS i; ANALYZE core.purchase");
        Files.writeString(project.resolve("schema/core.strata"), SOURCE.replace("amount  integer not null default 0",
                "amount  integer not null default 0\n    token   uuid not null default gen_random_uuid()"));
        var plan = Run.strata("plan", "--name", "token", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);

        applyKilledMidBackfill(url, project);
        assertThat(TestDatabases.query(url, "SELECT count(*) > 0 FROM core.purchase WHERE token IS NULL"))
                .as("the walk stopped midway").containsExactly("t");

        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, 7 FROM generate_series(" + (ROWS
                + 1) + ", " + (ROWS + 100) + ") AS i; UPDATE core.purchase SET amount = amount + 1 WHERE id > "
                + (ROWS - 500) + " AND id <= " + ROWS);
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE id > " + (ROWS - 500)
                + " AND token IS NULL")).as("the rows written since have their token").containsExactly("0");
        assertThatThrownBy(() -> TestDatabases.execute(url, "INSERT INTO core.purchase (id, token) VALUES (-1,"
                + " NULL)")).as("the helper check refuses a NULL").hasMessageContaining("purchase_token_strata_nn");
        String beforeRollback = TestDatabases.query(url, CHECKSUM).get(0);
        String filled = "SELECT count(*) || ' ' || md5(string_agg(id || ':' || token, ',' ORDER BY id)) FROM"
                + " core.purchase WHERE id IN (%s)";
        String filledIds = "SELECT id FROM core.purchase WHERE token IS NOT NULL";
        String tokensKept = TestDatabases.query(url, filled.formatted(filledIds)).get(0);
        List<String> ids = TestDatabases.query(url, filledIds);

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
                .containsExactly("id", "amount");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_trigger WHERE tgrelid ="
                + " 'core.purchase'::regclass AND NOT tgisinternal")).containsExactly("0");
        assertThat(TestDatabases.query(url, CHECKSUM)).containsExactly(beforeRollback);
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT count(DISTINCT token) = count(*) FROM core.purchase"))
                .containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT attnotnull FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attname = 'token'")).containsExactly("t");
        assertThat(TestDatabases.query(url, CHECKSUM)).containsExactly(beforeRollback);
        assertThat(TestDatabases.query(url, filled.formatted(String.join(",", ids))))
                .as("the rows that had a token before the rollback have the same one again").containsExactly(tokensKept);
    }

    /**
     * Runs {@code strata apply} in a JVM of its own, 40 batches of 500 rows 100 ms apart, and kills it with SIGKILL
     * once its backfill has committed 2,000 rows: the kill lands in the middle of the walk. Returns the rows done
     * seen just before the kill.
     */
    private long applyKilledMidBackfill(String url, Path project) throws Exception {
        Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "apply", "--url", url,
                "--backfill-batch", "500", "--backfill-delay", "100ms", project.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("runner.out").toFile()).start();
        long killedAt;
        try {
            killedAt = waitForRowsDone(url, runner, 2_000);
        } finally {
            runner.destroyForcibly();
            assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runner.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        return killedAt;
    }

    /** Waits until the runner's backfill has committed at least {@code rows} rows; returns the count seen. */
    private long waitForRowsDone(String url, Process runner, long rows) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(runner.isAlive()).as("the runner ended before the kill: "
                    + Files.readString(work.resolve("runner.out"))).isTrue();
            List<String> done = TestDatabases.query(url, "SELECT coalesce((SELECT rows_done FROM strata.backfill"
                    + " WHERE finished_at IS NULL), -1) FROM (SELECT to_regclass('strata.backfill')) AS t(r)"
                    + " WHERE r IS NOT NULL");
            if (!done.isEmpty() && Long.parseLong(done.get(0)) >= rows) {
                return Long.parseLong(done.get(0));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the backfill did not reach " + rows + " rows in 60 s: "
                + Files.readString(work.resolve("runner.out")));
    }
}
