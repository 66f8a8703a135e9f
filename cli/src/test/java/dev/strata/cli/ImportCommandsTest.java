package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata import}, {@code baseline}, {@code diff} and {@code plan --from/--to} end to end: real databases,
 * the written project, exit codes and output, and the commands that follow an import.
 */
class ImportCommandsTest {

    private static final String SHOP = """
            DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'import_app') THEN
              CREATE ROLE import_app; END IF; END $$;
            CREATE SCHEMA core;
            CREATE TYPE core.status AS ENUM ('placed', 'paid');
            CREATE TABLE core.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE core.purchase (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES core.customer,
                                        status core.status NOT NULL DEFAULT 'placed', total numeric(12,2) CHECK (total >= 0));
            CREATE INDEX purchase_by_customer ON core.purchase (customer_id, id DESC);
            CREATE TABLE core.log (at timestamptz NOT NULL, line text) PARTITION BY RANGE (at);
            CREATE TABLE core.log_2026 PARTITION OF core.log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
                PARTITION BY LIST (line);
            CREATE SCHEMA shop_api_v1;
            CREATE VIEW shop_api_v1.orders AS SELECT id, customer_id, total FROM core.purchase;
            GRANT SELECT ON shop_api_v1.orders TO import_app;
            """;

    @TempDir
    Path work;

    private static String database(String prefix, String sql) throws Exception {
        String url = TestDatabases.newDatabase(prefix);
        try (Connection connection = TestDatabases.connect(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return url;
    }

    @Test
    void importWritesAProjectWhoseBaselineIsRecordedSoTheNextPlanStartsFromTheDatabase() throws Exception {
        String url = database("import", SHOP);
        Path project = work.resolve("shop");

        var run = strata("import", "--url", url, "--out", project.toString(), "--facade", "shop_api_v1");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("3 tables", "1 facade versions")
                .contains("Recorded 0001_baseline as applied (no step was run)");
        assertThat(run.err()).contains("warning[S4001]: 1 object was not imported")
                .contains("partitioned table core.log_2026: partition of core.log that is itself partitioned"
                        + " (LIST (line)): the Strata language has no sub-partitioning");
        assertThat(project.resolve("strata.toml")).content().contains("core_schema = \"core\"");
        assertThat(project.resolve("schema/tables.strata")).content()
                .contains("table purchase {", "index purchase_by_customer (customer_id, id desc)");
        assertThat(project.resolve("schema/shop_api_v1.strata")).content()
                .contains("facade shop_api version 1 {", "grant select on orders to import_app");
        assertThat(project.resolve("migrations/0001_baseline/plan.json")).exists();

        var status = strata("status", "--url", url, project.toString());
        assertThat(status.out()).contains("current plan:  0001_baseline", "pending plans: none", "drift:         no");
        assertThat(strata("plan", "--name", "nothing", project.toString()).out())
                .contains("Nothing to plan: the sources match the last plan.");
        assertThat(strata("diff", url, project.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void importRefusesADirectoryThatIsNotEmptyAndADatabaseWithoutTheCoreSchema() throws Exception {
        String url = database("refuse", "CREATE SCHEMA app; CREATE TABLE app.t (id integer PRIMARY KEY);");
        Files.writeString(work.resolve("keep.txt"), "mine");

        assertThat(strata("import", "--url", url, "--out", work.resolve("p").toString()).err())
                .contains("the database has no schema 'core'");
        var notEmpty = strata("import", "--url", url, "--out", work.toString(), "--core-schema", "app");
        assertThat(notEmpty.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(notEmpty.err()).contains("is not empty");
        assertThat(work.resolve("keep.txt")).content().isEqualTo("mine");
    }

    @Test
    void importAsJsonWithoutRecordingTheBaselineThenBaselineRecordsItOnce() throws Exception {
        String url = database("baseline", SHOP);
        Path project = work.resolve("shop");

        var run = strata("import", "--url", url, "--out", project.toString(), "--no-baseline", "--json");
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("baselinePlan").asText()).isEqualTo("0001_baseline");
        assertThat(json.path("recordedAsApplied")).isEmpty();
        assertThat(json.path("unsupported").get(0).path("name").asText()).isEqualTo("core.log_2026");
        assertThat(strata("status", "--url", url, project.toString()).out()).contains("current plan:  none");

        var baseline = strata("baseline", "--url", url, project.toString());
        assertThat(baseline.code()).as(baseline.err()).isEqualTo(ExitCode.OK);
        assertThat(baseline.out()).contains("Recorded 0001_baseline as applied");
        var again = strata("baseline", "--url", url, project.toString());
        assertThat(again.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(again.err()).contains("already has plans applied");
    }

    @Test
    void baselineRefusesADatabaseWhoseSchemaIsNotThePlansTarget() throws Exception {
        String source = database("source", SHOP);
        Path project = work.resolve("shop");
        strata("import", "--url", source, "--out", project.toString(), "--no-baseline");
        String other = database("other", SHOP + "ALTER TABLE core.customer ADD COLUMN phone text;");

        var run = strata("baseline", "--url", other, project.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(run.err()).contains("is not the target of plan 0001_baseline")
                .contains("drop column customer.phone");
    }

    @Test
    void diffBetweenTwoDatabasesAPlanAndSources() throws Exception {
        String a = database("diff_a", SHOP);
        String b = database("diff_b", SHOP + """
                ALTER TABLE core.customer ADD COLUMN phone text;
                ALTER TYPE core.status ADD VALUE 'shipped';
                DROP INDEX core.purchase_by_customer;
                """);

        var same = strata("diff", a, a, "--facade", "shop_api_v1");
        assertThat(same.code()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("No differences.");

        var run = strata("diff", a, b);
        assertThat(run.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(run.out()).contains("3 differences:", "+ add column customer.phone",
                "+ add enum value status 'shipped': after 'paid'", "- drop index purchase.purchase_by_customer");

        var json = new ObjectMapper().readTree(strata("diff", a, b, "--json").out());
        assertThat(json.path("differences")).hasSize(3);
        assertThat(json.path("differences").get(0).path("kind").asText()).isNotEmpty();

        Path project = work.resolve("shop");
        strata("import", "--url", a, "--out", project.toString(), "--facade", "shop_api_v1", "--no-baseline");
        assertThat(strata("diff", project.resolve("migrations/0001_baseline").toString(), a).code())
                .isEqualTo(ExitCode.OK);
        var fromSources = strata("diff", project.toString(), b);
        assertThat(fromSources.out()).as("the live side is read with the project's core and facades")
                .contains("to database", "3 differences:", "+ add column customer.phone")
                .doesNotContain("facade");
    }

    @Test
    void planFromOneLiveDatabaseToAnotherThenBaselineAndApplyMakeThemEqual() throws Exception {
        String a = database("from", SHOP);
        String b = database("to", SHOP + """
                ALTER TABLE core.customer ADD COLUMN phone text;
                CREATE TABLE core.coupon (code text PRIMARY KEY, percent integer NOT NULL CHECK (percent BETWEEN 1 AND 90));
                """);
        Path project = work.resolve("align");

        var plan = strata("plan", "--from", a, "--to", b, "--name", "align", project.toString());
        assertThat(plan.code()).as(plan.err()).isEqualTo(ExitCode.OK);
        assertThat(plan.out()).contains("Wrote migrations/0001_baseline", "Wrote migrations/0002_align");
        assertThat(project.resolve("strata.toml")).exists();

        assertThat(strata("baseline", "--url", a, project.toString()).out()).contains("Recorded 0001_baseline");
        var apply = strata("apply", "--url", a, project.toString());
        assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCode.OK);
        assertThat(strata("diff", a, b).out()).contains("No differences.");
    }

    private static final String HAND_WRITTEN = """
            core {
              enum status ('placed', 'paid')
              table purchase {
                id bigint generated always as identity primary key
                status status not null default 'placed'
                total numeric(12,2) not null default 0 check (total >= 0)
                tags text[] not null default '{}'
                index purchase_by_status (status) where (total > 0)
              }
              view big_purchases (id bigint, total numeric(12,2)) as $$ select id, total from purchase where total > 100 $$
            }
            """;

    private Path handWrittenProject() throws Exception {
        Path project = work.resolve("hand");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"hand\"\n");
        Files.writeString(project.resolve("schema/shop.strata"), HAND_WRITTEN);
        assertThat(strata("plan", "--name", "init", project.toString()).code()).isEqualTo(ExitCode.OK);
        return project;
    }

    @Test
    void diffReadsHandWrittenSourcesBackThroughAScratchDatabaseSoOnlyRealDifferencesShow() throws Exception {
        Path project = handWrittenProject();
        String url = TestDatabases.newDatabase("hand");
        var apply = strata("apply", "--url", url, project.toString());
        assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCode.OK);

        var normalized = strata("diff", project.toString(), url);
        assertThat(normalized.code()).as(normalized.out() + normalized.err()).isEqualTo(ExitCode.OK);
        assertThat(normalized.out()).contains("(as PostgreSQL reads it back)", "No differences.");

        var asWritten = strata("diff", project.toString(), url, "--no-normalize");
        assertThat(asWritten.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(asWritten.out()).contains("set default purchase.status: 'placed' → 'placed'::status");
    }

    @Test
    void diffAndBaselineReadBackOnTheScratchServerTheyAreGiven() throws Exception {
        Path project = handWrittenProject();
        String url = TestDatabases.newDatabase("hand_scratch");
        assertThat(strata("apply", "--url", url, project.toString()).code()).isEqualTo(ExitCode.OK);
        String scratchHome = TestDatabases.newDatabase("scratch_home");

        var onServer = strata("diff", "--scratch-url", scratchHome, project.toString(), url);
        assertThat(onServer.code()).as(onServer.out() + onServer.err()).isEqualTo(ExitCode.OK);
        assertThat(onServer.out()).contains("(as PostgreSQL reads it back)", "No differences.");
        assertThat(scratchDatabasesLeft()).isZero();

        var unreachable = strata("diff", "--scratch-url", "postgresql://127.0.0.1:1/none", project.toString(), url);
        assertThat(unreachable.code()).as(unreachable.err()).isNotEqualTo(ExitCode.OK);
        assertThat(unreachable.err()).contains("127.0.0.1");
        assertThat(strata("diff", "--scratch-url", "", project.toString(), url).code()).isEqualTo(ExitCode.USAGE);
        var badPort = strata("diff", "--scratch-url", "postgresql://u@127.0.0.1:99999/x", project.toString(), url);
        assertThat(badPort.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badPort.err()).contains("--scratch-url").doesNotContain("from --url");

        String byHand = database("by_hand_scratch", """
                CREATE SCHEMA core;
                CREATE TYPE core.status AS ENUM ('placed', 'paid');
                CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    status core.status NOT NULL DEFAULT 'placed', total numeric(12,2) NOT NULL DEFAULT 0
                    CHECK (total >= 0), tags text[] NOT NULL DEFAULT '{}');
                CREATE INDEX purchase_by_status ON core.purchase (status) WHERE total > 0;
                CREATE VIEW core.big_purchases AS SELECT id, total FROM core.purchase WHERE total > 100;
                """);
        var noScratch = strata("baseline", "--scratch-url", "postgresql://127.0.0.1:1/none", "--url", byHand,
                project.toString());
        assertThat(noScratch.code()).isEqualTo(ExitCode.CONNECTION);
        assertThat(noScratch.err()).contains("could not be read back on the scratch server",
                "127.0.0.1:1/none (from --scratch-url)",
                "--scratch-url");
        var baseline = strata("baseline", "--scratch-url", scratchHome, "--url", byHand, project.toString());
        assertThat(baseline.code()).as(baseline.err()).isEqualTo(ExitCode.OK);
        assertThat(baseline.out()).contains("Recorded 0001_init as applied");
        assertThat(scratchDatabasesLeft()).isZero();
    }

    private static int scratchDatabasesLeft() throws Exception {
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase("count"));
             var statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_scratch%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void baselineAcceptsADatabaseBuiltByHandWhoseSchemaIsWhatHandWrittenSourcesSay() throws Exception {
        Path project = handWrittenProject();
        String url = database("by_hand", """
                CREATE SCHEMA core;
                CREATE TYPE core.status AS ENUM ('placed', 'paid');
                CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    status core.status NOT NULL DEFAULT 'placed', total numeric(12,2) NOT NULL DEFAULT 0
                    CHECK (total >= 0), tags text[] NOT NULL DEFAULT '{}');
                CREATE INDEX purchase_by_status ON core.purchase (status) WHERE total > 0;
                CREATE VIEW core.big_purchases AS SELECT id, total FROM core.purchase WHERE total > 100;
                """);

        var run = strata("baseline", "--url", url, project.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Recorded 0001_init as applied");
        assertThat(strata("status", "--url", url, project.toString()).out()).contains("drift:         no");
    }

    @Test
    void aDatabaseStrataManagesImportsWithNothingLeftOut() throws Exception {
        Path project = work.resolve("managed");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"managed\"\n");
        Files.writeString(project.resolve("schema/shop.strata"), HAND_WRITTEN + """
                facade shop_api version 1 {
                  view purchases (id bigint, total numeric(12,2)) as $$ select id, total from core.purchase $$
                  function purchase_count() returns bigint language sql stable security definer as $$
                    select count(*) from core.purchase
                  $$
                  grant select on purchases to import_app
                  grant execute on purchase_count to import_app
                }
                """);
        database("roles", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'import_app') THEN"
                + " CREATE ROLE import_app; END IF; END $$;");
        assertThat(strata("plan", "--name", "init", project.toString()).code()).isEqualTo(ExitCode.OK);
        String url = TestDatabases.newDatabase("managed");
        assertThat(strata("apply", "--url", url, project.toString()).code()).isEqualTo(ExitCode.OK);

        var run = strata("import", "--url", url, "--out", work.resolve("again").toString(), "--facade", "shop_api_v1",
                "--no-baseline");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).as("the owner role's grants and pinned search paths are the runtime's work")
                .doesNotContain("S4001");
        assertThat(strata("diff", url, work.resolve("again").toString()).out()).contains("No differences.");
    }
}
