package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * apply estimates, from the live table sizes, how long each pending plan keeps tables locked against writes, and
 * refuses before running anything when that is longer than --max-lock (strata.toml [database] max_lock): a type
 * change that rewrites a table of 200,000 rows (offline: an index covers the column), with a column added to a small
 * table in the same plan (locked until the commit, so for the rewrite's time too). Real database, end to end.
 */
class LongLocksTest {

    private static final String BEFORE = """
            core {
              table event {
                id     bigint primary key
                amount integer
                index event_amount (amount)
              }
              table note { id integer primary key }
            }
            """;

    private static final String AFTER = """
            core {
              table event {
                id     bigint primary key
                amount bigint
                index event_amount (amount)
              }
              table note {
                id   integer primary key
                body text
              }
            }
            """;

    private static final String AMOUNT_TYPE = "SELECT data_type FROM information_schema.columns"
            + " WHERE table_schema = 'core' AND table_name = 'event' AND column_name = 'amount'";

    @TempDir
    Path work;

    @Test
    void aPlanThatWouldLockABigTableLongerThanAllowedIsRefusedUntilAllowed() throws Exception {
        Path project = project("long-locks", "");
        String url = TestDatabases.newDatabase("long_locks");
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.event SELECT g, g FROM generate_series(1, 200000) g;"
                + " INSERT INTO core.note VALUES (1); ANALYZE core.event");
        Run.plan(project, AFTER, "wider");

        var dryRun = Run.strata("apply", "--dry-run", "--max-lock", "50ms", "--url", url, project.toString());
        assertThat(dryRun.code()).as(dryRun.out() + dryRun.err()).isEqualTo(ExitCode.OK);
        // the rewrite, and the small table locked by step 1 stays locked until the commit, through the rewrite
        assertThat(dryRun.err()).contains("apply would refuse: plan 0002_wider: core.event under ACCESS EXCLUSIVE"
                + " (no reads or writes) for about ").contains(", from step 2 to the commit; the table holds 8 MB,"
                + " about 200000 rows; most of it: step 2 rewrites core.event (change column type core.event.amount)")
                .contains("apply would refuse: plan 0002_wider: core.note under ACCESS EXCLUSIVE (no reads or writes)"
                        + " for about ")
                .contains(", from step 1 to the commit; the table holds 8 kB; most of it: step 2 rewrites core.event");

        var review = Run.strata("review", "--url", url, project.toString());
        assertThat(review.code()).as(review.out() + review.err()).isEqualTo(ExitCode.OK);
        assertThat(review.out()).contains("(estimated from its live table sizes; `strata apply` refuses holds over"
                + " 5 s): \n\n| table | lock | held for about | from step | table size | most of the time |")
                .contains("| core.event | ACCESS EXCLUSIVE | ").contains(" | 2 | 8 MB, about 200000 rows | step 2"
                        + " rewrites core.event (change column type core.event.amount) |")
                .contains("| core.note | ACCESS EXCLUSIVE | ");

        var refused = Run.strata("apply", "--max-lock", "50ms", "--url", url, project.toString());
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(ExitCode.VALIDATION);
        assertThat(refused.err()).contains("A pending plan would lock a table longer than the 50 ms allowed")
                .contains("nothing was run")
                .contains("plan 0002_wider: core.event under ACCESS EXCLUSIVE")
                .contains("--allow-long-locks");
        assertThat(TestDatabases.query(url, AMOUNT_TYPE)).containsExactly("integer");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM strata.history WHERE plan_id LIKE '0002%'"))
                .containsExactly("0");

        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n[database]\nmax_lock = \"50ms\"\n");
        var fromFile = Run.strata("apply", "--url", url, project.toString());
        assertThat(fromFile.code()).as("strata.toml's max_lock").isEqualTo(ExitCode.VALIDATION);

        var allowed = Run.strata("apply", "--allow-long-locks", "--url", url, project.toString());
        assertThat(allowed.code()).as(allowed.out() + allowed.err()).isEqualTo(ExitCode.OK);
        assertThat(TestDatabases.query(url, AMOUNT_TYPE)).containsExactly("bigint");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.event")).containsExactly("200000");
        assertThat(Run.strata("review", "--url", url, project.toString()).out())
                .contains("none: the target has applied `0002_wider` already.");
    }

    @Test
    void aPlanThatLocksOnlyEmptyOrSmallTablesRunsUnderTheDefault() throws Exception {
        Path project = project("short-locks", "");
        String url = TestDatabases.newDatabase("short_locks");
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.event SELECT g, g FROM generate_series(1, 1000) g");
        Run.plan(project, AFTER, "wider");
        var applied = Run.strata("apply", "--url", url, project.toString());
        assertThat(applied.code()).as(applied.out() + applied.err()).isEqualTo(ExitCode.OK);
        assertThat(TestDatabases.query(url, AMOUNT_TYPE)).containsExactly("bigint");
    }

    @Test
    void aMalformedLimitInStrataTomlIsAUsageError() throws Exception {
        Path project = project("bad-limit", "[database]\nmax_lock = \"soon\"\n");
        String url = TestDatabases.newDatabase("bad_limit");
        Run.plan(project, BEFORE, "tables");
        var run = Run.strata("apply", "--url", url, project.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[database] max_lock in strata.toml expects a duration such as 30s");
        var both = Run.strata("apply", "--allow-long-locks", "--max-lock", "1s", "--url", url, project.toString());
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("give one of them");
    }

    private Path project(String name, String more) throws Exception {
        Path project = work.resolve(name);
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n" + more);
        return project;
    }
}
