package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata apply --offline}, for a maintenance window: a plan whose changes would go online (an integer to
 * bigint change with its backfill, a check validated outside the transaction, an index built concurrently) runs whole
 * in one transaction, and a failure anywhere in it leaves nothing of the plan, where the online apply keeps its
 * committed first transaction and resumes. Real database, end to end.
 */
class ApplyOfflineTest {

    private static final String BEFORE = """
            core {
              table reading {
                id     integer primary key
                value  integer not null
                label  text not null
                code   text not null default '0'
              }
            }
            """;

    private static final String AFTER = """
            core {
              table reading {
                id     integer primary key
                value  bigint not null
                label  text not null check (length(label) > 0)
                code   text not null default '0'
                index reading_by_label (label)
              }
            }
            """;

    @TempDir
    Path work;

    @Test
    void anOnlinePlanRunsWholeInOneTransactionAndRollsBackAsUsual() throws Exception {
        Path project = Run.project(work, "offline");
        String url = TestDatabases.newDatabase("apply_offline");
        Run.plan(project, BEFORE, "readings");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.reading (id, value, label) SELECT i, i * 3, 'r' || i FROM"
                + " generate_series(1, 5000) AS i");
        Run.plan(project, AFTER, "bigger");

        var dry = Run.strata("apply", "--url", url, "--dry-run", "--offline", project.toString());
        assertThat(dry.code()).as(dry.out() + dry.err()).isEqualTo(ExitCode.OK);
        assertThat(dry.out()).contains("CREATE INDEX \"reading_by_label\"").doesNotContain("CONCURRENTLY")
                .doesNotContain("(outside a transaction)");
        assertThat(dry.out().split("BEGIN;", -1)).as("one transaction").hasSize(2);
        var online = Run.strata("apply", "--url", url, "--dry-run", project.toString());
        assertThat(online.out()).contains("CREATE INDEX CONCURRENTLY").contains("(outside a transaction)");

        var apply = Run.strata("apply", "--url", url, "--offline", project.toString());
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out() + apply.err()).contains("--offline: every step in this one transaction")
                .doesNotContain("outside a transaction").doesNotContain("backfill of");
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.reading'::regclass AND attname = 'value'")).containsExactly("bigint");
        assertThat(TestDatabases.query(url, "SELECT indisvalid FROM pg_index WHERE indexrelid ="
                + " 'core.reading_by_label'::regclass")).containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT convalidated FROM pg_constraint WHERE conrelid ="
                + " 'core.reading'::regclass AND contype = 'c' AND conname NOT LIKE '%strata%'"))
                .containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE value = id * 3"))
                .containsExactly("5000");
        assertThat(TestDatabases.query(url, "SELECT outcome FROM strata.history WHERE plan_id LIKE '0002%'"))
                .containsExactly("applied");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM strata.deferred_step")).containsExactly("0");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.reading'::regclass AND attname = 'value'")).containsExactly("integer");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_class WHERE relname = 'reading_by_label'"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE value = id * 3"))
                .containsExactly("5000");
    }

    @Test
    void aFailingBackfillLeavesNothingOfThePlanWhereTheOnlineApplyKeepsItsFirstTransaction() throws Exception {
        Path project = Run.project(work, "offline-fails");
        String url = TestDatabases.newDatabase("apply_offline_fails");
        Run.plan(project, BEFORE, "readings");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.reading (id, value, label, code) SELECT i, i, 'r', i::text FROM"
                + " generate_series(1, 3000) AS i; UPDATE core.reading SET code = 'abc' WHERE id = 2999");
        Run.plan(project, AFTER.replace("code   text not null default '0'",
                "code   integer not null default 0 using (code::integer) reverse (code::text)"), "code-number");

        var offline = Run.strata("apply", "--url", url, "--offline", project.toString());
        assertThat(offline.code()).as(offline.out() + offline.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(offline.err()).contains("invalid input syntax for type integer").contains("Nothing of this plan"
                + " remains");
        assertThat(columns(url)).as("not even the expand step's new columns").containsExactly("id", "value", "label",
                "code");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_class WHERE relname = 'reading_by_label'"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT outcome FROM strata.history WHERE plan_id LIKE '0002%'"))
                .containsExactly("failed");

        var resumable = Run.strata("apply", "--url", url, project.toString());
        assertThat(resumable.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(TestDatabases.query(url, "SELECT outcome FROM strata.history WHERE plan_id LIKE '0002%' ORDER BY"
                + " id")).as("online, the first transaction stays, the backfill's failure on a row of its own")
                .containsExactly("failed", "incomplete", "failed");
        assertThat(columns(url)).contains("strata_new_code");

        TestDatabases.execute(url, "UPDATE core.reading SET code = '2999' WHERE id = 2999");
        var again = Run.strata("apply", "--url", url, "--offline", project.toString());
        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.out() + again.err()).contains("--offline applies to plans not started yet");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE code = id"))
                .containsExactly("3000");
    }

    @Test
    void offlineFillsWithOneUpdateSoBatchOptionsAreAUsageError() throws Exception {
        Path project = Run.project(work, "offline-usage");
        Files.createDirectories(project.resolve("migrations"));
        var run = Run.strata("apply", "--url", "postgresql://localhost:1/none", "--offline", "--backfill-batch", "10",
                project.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--offline fills a backfill's rows with one UPDATE");
    }

    private static java.util.List<String> columns(String url) throws Exception {
        return TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid = 'core.reading'::regclass"
                + " AND attnum > 0 AND NOT attisdropped ORDER BY attnum");
    }
}
