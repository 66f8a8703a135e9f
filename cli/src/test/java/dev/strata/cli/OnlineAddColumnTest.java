package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.plan.Json;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column added with a volatile default ({@code gen_random_uuid()}, {@code clock_timestamp()}) to a table with rows
 * goes online: added without the default, the default set for new rows, the rows already there filled by a backfill
 * in batches, NOT NULL set from a validated helper check. A writer inserts and updates throughout and no write fails;
 * every row gets its own value, the table's trigger does not fire for the backfill, the new facade version that
 * reads the column comes after the backfill; a rollback keeps the values and applying again gives each row its
 * value back. Real database, end to end.
 */
class OnlineAddColumnTest {

    private static final String AFTER = PurchaseWriter.SOURCES
            .replace("touched_at  timestamptz not null default '2000-01-01'\n", """
                    touched_at  timestamptz not null default '2000-01-01'
                        token       uuid not null default gen_random_uuid()
                        seen_at     timestamptz default clock_timestamp()
                    """)
            + """
            facade shop_api version 2 {
              view purchases (id integer not null, amount integer not null, token uuid not null) key (id) as $$
                select id, amount, token from core.purchase
              $$
            }
            """;

    private static final String TOKENS = "SELECT md5(string_agg(id || ':' || token || ':' || seen_at, ',' ORDER BY id))"
            + " FROM core.purchase";

    @TempDir
    Path work;

    @Test
    void aVolatileDefaultIsFilledOnlineUnderAWriterAndComesBackAfterARollback() throws Exception {
        Path project = Run.project(work, "online-add");
        String url = PurchaseWriter.appliedWithRows(project, "online_add");

        Files.writeString(project.resolve("schema/core.strata"), AFTER);
        var plan = Run.strata("plan", "--name", "token", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        Path dir = onlyPlan(project, "token");
        JsonNode steps = Json.mapper().readTree(Files.readString(dir.resolve("plan.json"))).get("steps");
        var changes = new ArrayList<String>();
        steps.forEach(step -> changes.add(step.get("change").asText() + " " + step.get("object").asText()
                + (step.get("transactional").asBoolean() ? "" : " (outside)")));
        assertThat(changes).as("the new version reads the column once it is filled").containsExactly(
                "add facade version shop_api_v2",
                "add column core.purchase.seen_at", "add column core.purchase.token",
                "backfill column core.purchase.seen_at (outside)", "backfill column core.purchase.token (outside)",
                "add view shop_api_v2.purchases",
                "validate not null check core.purchase_token_strata_nn (outside)",
                "set not null core.purchase.token (outside)",
                "drop not null check core.purchase_token_strata_nn (outside)");
        assertThat(steps.findValues("backfill")).hasSize(2);
        assertThat(steps.get(0).get("rewritesTable").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("REVIEW.md"))).contains("Online ADD COLUMN with a volatile default");

        var writer = PurchaseWriter.start(url);
        var apply = Run.strata("apply", "--url", url, "--backfill-batch", "500", project.toString());
        int written = writer.stop();
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out() + apply.err()).contains("backfill of core.purchase.token done")
                .contains("backfill of core.purchase.seen_at done");

        // every row its own token and time, NOT NULL set, no helper left, the trigger never fired for the backfill
        assertThat(TestDatabases.query(url, "SELECT count(*) = count(DISTINCT token) AND count(token) = count(*)"
                + " AND count(seen_at) = count(*) FROM core.purchase")).containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT count(DISTINCT seen_at) > 1 FROM core.purchase WHERE id <= 20000"))
                .as("clock_timestamp() is read per row").containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT attnotnull FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attname = 'token'")).containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_constraint WHERE conrelid ="
                + " 'core.purchase'::regclass AND conname LIKE '%strata_nn'")).containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE id <= 20000 AND id % 7 <> 0"
                + " AND touched_at <> '2000-01-01'")).containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM shop_api_v2.purchases WHERE id > 100000"))
                .containsExactly(String.valueOf(written));
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        String applied = TestDatabases.query(url, TOKENS).get(0);
        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
                .containsExactly("id", "amount", "touched_at");
        assertThat(Run.strata("backups", "list", "--url", url, project.toString()).out()).contains("core.purchase");

        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, TOKENS)).as("each row has its token and time back").containsExactly(applied);
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");
    }

    @Test
    void anExpansionIsFilledOnlineUnderAWriterAndKeepsBothColumnsInStep() throws Exception {
        Path project = Run.project(work, "online-expand");
        String url = PurchaseWriter.appliedWithRows(project, "online_expand");
        Files.writeString(project.resolve("schema/core.strata"), PurchaseWriter.SOURCES.replace(
                "touched_at  timestamptz not null default '2000-01-01'\n", """
                        touched_at  timestamptz not null default '2000-01-01'
                            amount_big  bigint not null expands amount
                        """));
        var plan = Run.strata("plan", "--name", "amount-big", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        JsonNode steps = Json.mapper().readTree(Files.readString(onlyPlan(project, "amount-big")
                .resolve("plan.json"))).get("steps");
        assertThat(steps.findValues("backfill")).hasSize(1);
        assertThat(steps.get(0).get("rewritesTable").asBoolean()).isFalse();

        var writer = PurchaseWriter.start(url);
        var apply = Run.strata("apply", "--url", url, "--backfill-batch", "500", project.toString());
        int written = writer.stop();
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(written).isPositive();
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE amount_big IS DISTINCT FROM"
                + " amount")).as("rows the writer inserted and bumped during the backfill too").containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE id <= 20000 AND id % 7 <> 0"
                + " AND touched_at <> '2000-01-01'")).as("the table's trigger did not fire for the backfill")
                .containsExactly("0");
        TestDatabases.execute(url, "UPDATE core.purchase SET amount = 17 WHERE id = 2");
        TestDatabases.execute(url, "UPDATE core.purchase SET amount_big = 42 WHERE id = 3");
        assertThat(TestDatabases.query(url, "SELECT amount || ' ' || amount_big FROM core.purchase WHERE id IN (2, 3)"
                + " ORDER BY id")).containsExactly("17 17", "42 42");
        assertThatThrownBy(() -> TestDatabases.execute(url, "UPDATE core.purchase SET amount_big = 5000000000"
                + " WHERE id = 1")).as("a value the old column cannot hold fails the write").hasMessageContaining(
                "out of range");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");
    }

    @Test
    void anIdentityColumnIsNumberedOnlineUnderAWriterWithoutARewrite() throws Exception {
        Path project = Run.project(work, "online-identity");
        String url = PurchaseWriter.appliedWithRows(project, "online_identity");
        String file = TestDatabases.query(url, "SELECT relfilenode FROM pg_class WHERE oid = 'core.purchase'::regclass")
                .get(0);
        Files.writeString(project.resolve("schema/core.strata"), PurchaseWriter.SOURCES.replace(
                "touched_at  timestamptz not null default '2000-01-01'\n", """
                        touched_at  timestamptz not null default '2000-01-01'
                            serial_no   bigint generated always as identity (start 1000)
                        """));
        var plan = Run.strata("plan", "--name", "serial-no", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        JsonNode steps = Json.mapper().readTree(Files.readString(onlyPlan(project, "serial-no")
                .resolve("plan.json"))).get("steps");
        assertThat(steps.findValues("backfill")).hasSize(1);
        assertThat(steps.get(steps.size() - 1).get("change").asText()).isEqualTo("add identity");

        var writer = PurchaseWriter.start(url);
        var apply = Run.strata("apply", "--url", url, "--backfill-batch", "500", project.toString());
        int written = writer.stop();
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(written).isPositive();
        assertThat(TestDatabases.query(url, "SELECT count(*) - count(DISTINCT serial_no) || ' ' || count(*) -"
                + " count(serial_no) || ' ' || (min(serial_no) >= 1000) FROM core.purchase"))
                .as("no duplicate, no NULL, numbered from the identity's start").containsExactly("0 0 true");
        assertThat(TestDatabases.query(url, "SELECT attidentity::text || ' ' || attnotnull FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'serial_no'")).containsExactly("a true");
        assertThat(TestDatabases.query(url, "SELECT relfilenode FROM pg_class WHERE oid = 'core.purchase'::regclass"))
                .as("no rewrite").containsExactly(file);
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_class WHERE relname LIKE '%strata_seq'"))
                .containsExactly("0");
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) VALUES (999999, 1)");
        assertThat(TestDatabases.query(url, "SELECT (SELECT serial_no FROM core.purchase WHERE id = 999999) >"
                + " (SELECT max(serial_no) FROM core.purchase WHERE id <> 999999)")).as("the identity continues")
                .containsExactly("t");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM core.purchase WHERE id <= 20000 AND id % 7 <> 0"
                + " AND touched_at <> '2000-01-01'")).as("the table's trigger did not fire for the backfill")
                .containsExactly("0");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_attribute WHERE attrelid ="
                + " 'core.purchase'::regclass AND attname = 'serial_no' AND NOT attisdropped")).containsExactly("0");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT count(*) = count(DISTINCT serial_no) FROM core.purchase"))
                .containsExactly("t");
    }

    @Test
    void aTableWithoutAKeyTakesTheOfflineFormAndSaysWhy() throws Exception {
        Path project = Run.project(work, "offline-add");
        String url = TestDatabases.newDatabase("offline_add");
        Run.plan(project, "core { table log_line { message text not null } }", "log");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.log_line SELECT 'line ' || i FROM generate_series(1, 100) AS i");
        Files.writeString(project.resolve("schema/core.strata"),
                "core { table log_line { message text not null\n line_id uuid not null default gen_random_uuid() } }");
        var plan = Run.strata("plan", "--name", "line-id", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        Path dir = onlyPlan(project, "line-id");
        JsonNode steps = Json.mapper().readTree(Files.readString(dir.resolve("plan.json"))).get("steps");
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).get("rewritesTable").asBoolean()).isTrue();
        assertThat(steps.get(0).get("note").asText()).contains("Offline").contains("no primary key");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT count(DISTINCT line_id) FROM core.log_line"))
                .containsExactly("100");
    }

    private static Path onlyPlan(Path project, String name) throws Exception {
        try (var plans = Files.list(project.resolve("migrations"))) {
            return plans.filter(p -> p.getFileName().toString().endsWith(name)).findFirst().orElseThrow();
        }
    }
}
