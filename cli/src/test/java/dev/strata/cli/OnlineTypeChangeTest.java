package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.plan.Json;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type change that rewrites the table goes online (expand, backfill, validate, switch), with a backup at the switch
 * when its conversion may change values:
 * a writer keeps inserting and updating while the apply runs, and no write fails or is lost; the table's own trigger
 * does not fire for the backfill; the facade view that reads the column is rebuilt in the switch and keeps its
 * interface; a value that does
 * not convert stops the backfill, which resumes after the last batch once the row is fixed; a rollback from the
 * failed backfill and from the finished change leaves every value as it was. Real database, end to end.
 */
class OnlineTypeChangeTest {

    private static final String SUM = "SELECT count(*) || ' ' || sum(amount) || ' ' || max(touched_at)::date"
            + " FROM core.purchase WHERE id <= 20000";

    @TempDir
    Path work;

    @Test
    void integerToBigintGoesOnlineUnderAWriterAndRollsBackWithEveryValue() throws Exception {
        Path project = Run.project(work, "online-bigint");
        String url = PurchaseWriter.appliedWithRows(project, "online_bigint");

        Files.writeString(project.resolve("schema/core.strata"), PurchaseWriter.SOURCES
                .replace("amount      integer not null", "amount      bigint not null"));
        var plan = Run.strata("plan", "--name", "amount-bigint", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        JsonNode steps = Json.mapper().readTree(Files.readString(onlyPlan(project, "amount-bigint")
                .resolve("plan.json"))).get("steps");
        var changes = new ArrayList<String>();
        steps.forEach(step -> changes.add(step.get("change").asText() + (step.get("transactional").asBoolean()
                ? "" : " (outside)")));
        assertThat(changes).containsExactly("expand column type", "backfill column (outside)",
                "validate not null check (outside)", "rebuild view", "change column type", "set default",
                "rebuild view");
        assertThat(steps.findValues("backfill")).hasSize(1);
        assertThat(Files.readString(onlyPlan(project, "amount-bigint").resolve("REVIEW.md")))
                .contains("Online type change");

        // a writer inserts new rows and updates old ones all through the apply
        var writer = PurchaseWriter.start(url);
        var apply = Run.strata("apply", "--url", url, "--backfill-batch", "500", project.toString());
        int written = writer.stop();
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out() + apply.err()).contains("backfill of core.purchase.strata_new_amount done");

        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) || ' ' || attnotnull FROM"
                + " pg_attribute WHERE attrelid = 'core.purchase'::regclass AND attname = 'amount'"))
                .containsExactly("bigint true");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attnum > 0 AND NOT attisdropped")).containsExactly("3");
        assertThat(TestDatabases.query(url, "SELECT tgname FROM pg_trigger WHERE tgrelid = 'core.purchase'::regclass"
                + " AND NOT tgisinternal")).containsExactly("purchase_touch");
        // every row the writer did not touch holds its old value, and the trigger never fired for the backfill
        assertThat(TestDatabases.query(url, SUM.replace("id <= 20000", "id <= 20000 AND id % 7 <> 0")))
                .containsExactly(TestDatabases.query(url, "SELECT count(*) || ' ' || sum(i % 1000) || ' 2000-01-01'"
                        + " FROM generate_series(1, 20000) AS i WHERE i % 7 <> 0").get(0));
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE id > 100000 AND amount <> id"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM shop_api_v1.purchases WHERE amount IS NULL"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT pg_typeof(amount)::text FROM shop_api_v1.purchases LIMIT 1"))
                .as("the released version keeps its interface").containsExactly("integer");
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) VALUES (30000000, 5000000000)");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        TestDatabases.execute(url, "DELETE FROM core.purchase WHERE id >= 30000000");
        String afterApply = TestDatabases.query(url, "SELECT md5(string_agg(id || ':' || amount, ',' ORDER BY id))"
                + " FROM core.purchase").get(0);
        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'amount'")).containsExactly("integer");
        assertThat(TestDatabases.query(url, "SELECT md5(string_agg(id || ':' || amount, ',' ORDER BY id))"
                + " FROM core.purchase")).containsExactly(afterApply);
        assertThat(TestDatabases.query(url, "SELECT pg_typeof(amount)::text FROM shop_api_v1.purchases LIMIT 1"))
                .containsExactly("integer");
    }

    @Test
    void aValueThatDoesNotFitStopsTheBackfillWhichResumesAfterItsLastBatch() throws Exception {
        Path project = Run.project(work, "online-smallint");
        String url = TestDatabases.newDatabase("online_smallint");
        Run.plan(project, PurchaseWriter.SOURCES, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, CASE WHEN i = 3500 THEN 100000"
                + " ELSE i % 1000 END FROM generate_series(1, 5000) AS i");
        TestDatabases.execute(url, "ANALYZE core.purchase");
        Files.writeString(project.resolve("schema/core.strata"), PurchaseWriter.SOURCES
                .replace("amount      integer not null", "amount      smallint not null"));
        var plan = Run.strata("plan", "--name", "amount-smallint", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);

        var failed = Run.strata("apply", "--url", url, "--backfill-batch", "1000", project.toString());
        assertThat(failed.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(failed.out() + failed.err()).contains("backfill column").contains("smallint out of range")
                .contains("run apply again to resume here");
        assertThat(TestDatabases.query(url, "SELECT rows_done || ' ' || last_key::text FROM strata.backfill"))
                .containsExactly("3000 {3000}");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("backfill:     "
                + " core.purchase.strata_new_amount (plan 0002_amount-smallint, step 2): 3000 of about 5000 rows, up"
                + " to key 3000");
        // new rows are converted by the trigger meanwhile, and one that does not fit is refused at once
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) VALUES (6000, 6)");
        assertThat(TestDatabases.query(url, "SELECT strata_new_amount FROM core.purchase WHERE id = 6000"))
                .containsExactly("6");

        TestDatabases.execute(url, "UPDATE core.purchase SET amount = 35 WHERE id = 3500");
        var resumed = Run.strata("apply", "--url", url, "--backfill-batch", "1000", project.toString());
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out() + resumed.err()).contains("resuming plan").contains("resuming after 3000 rows");
        assertThat(TestDatabases.query(url, "SELECT rows_done || ' ' || (finished_at IS NOT NULL) FROM"
                + " strata.backfill")).containsExactly("5001 true");
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'amount'")).containsExactly("smallint");
        assertThat(TestDatabases.query(url, "SELECT amount FROM core.purchase WHERE id IN (3500, 4999, 6000) ORDER"
                + " BY id")).containsExactly("35", "999", "6");
    }

    @Test
    void aRollbackAfterAFailedBackfillDropsWhatTheExpandAdded() throws Exception {
        Path project = Run.project(work, "online-smallint-back");
        String url = TestDatabases.newDatabase("online_smallint_back");
        Run.plan(project, PurchaseWriter.SOURCES, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) VALUES (1, 1), (2, 100000)");
        Files.writeString(project.resolve("schema/core.strata"), PurchaseWriter.SOURCES
                .replace("amount      integer not null", "amount      smallint not null"));
        assertThat(Run.strata("plan", "--name", "amount-smallint", project.toString()).code())
                .isEqualTo(ExitCode.OK);
        assertThat(Run.strata("apply", "--url", url, project.toString()).code()).isEqualTo(ExitCode.DATABASE);

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
                .containsExactly("id", "amount", "touched_at");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'zz_strata_sync%'"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT id || ' ' || amount FROM core.purchase ORDER BY id"))
                .containsExactly("1 1", "2 100000");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");
    }

    /**
     * text to integer with a conversion that changes values ('00042' becomes 42) goes online too: the switch backs
     * the old text up before it drops the old column, and a rollback gives every row the writer left alone its exact
     * old text back, while the rows written since keep theirs converted back.
     */
    @Test
    void aConversionThatChangesValuesGoesOnlineAndARollbackGivesTheOldTextBack() throws Exception {
        Path project = Run.project(work, "online-text-int");
        String url = TestDatabases.newDatabase("online_text_int");
        String before = "core { table reading { id integer primary key\n value text not null } }";
        Run.plan(project, before, "readings");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.reading SELECT i, lpad(i::text, 5, '0') FROM"
                + " generate_series(1, 5000) AS i");
        Files.writeString(project.resolve("schema/core.strata"), before.replace("value text not null",
                "value integer not null using (value::integer) reverse (value::text)"));
        // the generated rows of the plan's verification are words ("value-31"), which no conversion to integer takes
        var plan = Run.strata("plan", "--name", "value-integer", "--no-verify", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        JsonNode steps = Json.mapper().readTree(Files.readString(onlyPlan(project, "value-integer")
                .resolve("plan.json"))).get("steps");
        var changes = new ArrayList<String>();
        steps.forEach(step -> changes.add(step.get("change").asText() + (step.get("transactional").asBoolean()
                ? "" : " (outside)")));
        assertThat(changes).containsExactly("expand column type", "backfill column (outside)",
                "validate not null check (outside)", "change column type");
        assertThat(steps.get(3).get("backup")).as("the switch backs the old text up").isNotNull();
        assertThat(steps.get(3).get("rewritesTable").asBoolean()).isFalse();

        // a writer inserts rows and rewrites the rows whose id is a multiple of 7, with literals that read as text
        // before the switch and as integers after it
        var stop = new AtomicBoolean();
        var failures = new AtomicReference<Throwable>();
        var written = new AtomicInteger();
        var writer = CompletableFuture.runAsync(() -> {
            try (Connection connection = TestDatabases.connect(url); var statement = connection.createStatement()) {
                int next = 100_001;
                int seven = 7;
                while (!stop.get()) {
                    statement.executeUpdate("INSERT INTO core.reading (id, value) VALUES (" + next + ", '0" + next
                            + "')");
                    statement.executeUpdate("UPDATE core.reading SET value = '0" + seven + "' WHERE id = " + seven);
                    next++;
                    seven = seven >= 5000 - 7 ? 7 : seven + 7;
                    written.incrementAndGet();
                }
            } catch (SQLException | RuntimeException e) {
                failures.set(e);
            }
        });
        var apply = Run.strata("apply", "--url", url, "--backfill-batch", "500", project.toString());
        stop.set(true);
        writer.get();
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(failures.get()).as("a write failed").isNull();
        assertThat(written.get()).isPositive();
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) || ' ' || attnotnull FROM"
                + " pg_attribute WHERE attrelid = 'core.reading'::regclass AND attname = 'value'"))
                .containsExactly("integer true");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE value <> id"))
                .containsExactly("0");
        int rows = 5000 + written.get();
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading"))
                .containsExactly(String.valueOf(rows));

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.reading'::regclass AND attname = 'value'")).containsExactly("text");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE id <= 5000 AND id % 7 <> 0"
                + " AND value = lpad(id::text, 5, '0')")).as("the rows nobody wrote have their exact old text")
                .containsExactly(String.valueOf(5000 - 5000 / 7));
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading WHERE value::integer <> id"))
                .containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.reading"))
                .containsExactly(String.valueOf(rows));
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_attribute WHERE attrelid ="
                + " 'core.reading'::regclass AND attnum > 0 AND NOT attisdropped")).containsExactly("2");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");
    }

    private static Path onlyPlan(Path project, String name) throws Exception {
        try (var plans = Files.list(project.resolve("migrations"))) {
            return plans.filter(p -> p.getFileName().toString().endsWith(name)).findFirst().orElseThrow();
        }
    }
}
