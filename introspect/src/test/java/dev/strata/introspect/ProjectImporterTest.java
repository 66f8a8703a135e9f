package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing an imported model as a project: the files read back as exactly the imported model (the importer checks
 * it and fails otherwise), even for names and SQL that need quoting or parentheses.
 */
class ProjectImporterTest {

    @TempDir
    Path work;

    @Test
    void awkwardNamesCommentsAndSqlReadBackAsTheImportedModel() throws Exception {
        String url = LiveDatabase.create("awkward", """
                CREATE SCHEMA "Core Data";
                SET search_path = "Core Data";
                CREATE TYPE "Mood" AS ENUM ('it''s fine', 'naïve', 'end');
                CREATE DOMAIN "select" AS text DEFAULT 'x' CHECK (VALUE <> '');
                CREATE SEQUENCE "order" START 10;
                CREATE TABLE "Order Lines" (
                  "id" integer PRIMARY KEY,
                  "from" text DEFAULT CASE WHEN now() > '2000-01-01' THEN 'late' ELSE 'early' END,
                  "Mood" "Mood" DEFAULT 'it''s fine',
                  "out" "select",
                  n integer DEFAULT nextval('"order"'),
                  "naïve" text COLLATE "C" CHECK ("naïve" ~ '^[a-z)(]*$')
                );
                COMMENT ON TABLE "Order Lines" IS 'Lines of an order: "quoted", it''s
                multi-line';
                CREATE INDEX "Order Lines by from" ON "Order Lines" (lower("from") DESC) WHERE ("out" IS NOT NULL);
                CREATE FUNCTION "touch"() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN RETURN NEW; END $body$;
                CREATE TRIGGER "t" BEFORE UPDATE ON "Order Lines" FOR EACH ROW EXECUTE FUNCTION "touch"('it''s', '$1');
                CREATE VIEW "all" AS SELECT "id", "from" FROM "Order Lines";
                CREATE SCHEMA "api_v1";
                CREATE VIEW api_v1.lines AS SELECT "id", "Mood" FROM "Core Data"."Order Lines";
                ALTER VIEW api_v1.lines ALTER COLUMN "Mood" SET DEFAULT 'end';
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("Core Data", FacadeSchema.parse("api_v1")));
        Path project = work.resolve("awkward");

        var written = ProjectImporter.write(result.model(), new ProjectImporter.Request(project, "awk\"ward\\",
                "Core Data"));

        assertThat(written.sourceFiles()).containsExactly("schema/api_v1.strata", "schema/routines.strata",
                "schema/tables.strata", "schema/types.strata", "schema/views.strata");
        assertThat(written.baseline().status()).isEqualTo(PlanMaker.Status.PLANNED);
        var loaded = ProjectLoader.load(project);
        assertThat(loaded.config().name()).isEqualTo("awk\"ward\\");
        assertThat(loaded.config().coreSchema()).isEqualTo("Core Data");
        assertThat(loaded.model()).isEqualTo(ImportLayout.inFileOrder(result.model()));
        assertThat(MigrationChain.load(project.resolve("migrations"), "migrations").lastModel())
                .isEqualTo(loaded.model());
        assertThat(project.resolve("schema/tables.strata")).content()
                .contains("\"from\"   text      default (CASE\n", "trigger t before update for each row execute"
                        + " touch('it''s', '$1')");
    }

    /**
     * The baseline is planned from the imported model while the written sources are read back; it must be the plan
     * {@code strata plan} makes of those sources, byte for byte (the same files, the snapshot included).
     */
    @Test
    void theBaselineIsThePlanStrataPlanMakesOfTheWrittenSources() throws Exception {
        String url = LiveDatabase.create("samebaseline", """
                CREATE SCHEMA core;
                CREATE TABLE core.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
                CREATE TABLE core.orders (id bigint PRIMARY KEY, customer bigint REFERENCES core.customer (id),
                  total numeric(12,2) DEFAULT 0 CHECK (total >= 0));
                CREATE INDEX orders_by_customer ON core.orders (customer);
                CREATE VIEW core.big_orders AS SELECT id, total FROM core.orders WHERE total > 100;
                DO $$ BEGIN CREATE ROLE samebaseline_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                CREATE SCHEMA shop_api_v1;
                CREATE VIEW shop_api_v1.customers AS SELECT id, name FROM core.customer;
                CREATE VIEW shop_api_v1.orders AS SELECT id, customer FROM core.orders;
                GRANT SELECT ON shop_api_v1.customers, shop_api_v1.orders TO samebaseline_reader;
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core",
                FacadeSchema.parse("shop_api_v1")));
        Path project = work.resolve("imported");

        var written = ProjectImporter.write(result.model(), new ProjectImporter.Request(project, "shop", "core"));

        Path again = work.resolve("again");
        Files.createDirectories(again.resolve("schema"));
        Files.copy(project.resolve("strata.toml"), again.resolve("strata.toml"));
        for (String file : written.sourceFiles()) {
            Files.copy(project.resolve(file), again.resolve(file));
        }
        var compiled = dev.strata.compiler.Compiler.compile(again);
        var planned = PlanMaker.make(compiled.project(), compiled.chain(), ProjectImporter.BASELINE, false);
        assertThat(planned.status()).isEqualTo(PlanMaker.Status.PLANNED);
        assertThat(written.baseline().files().keySet()).containsExactlyElementsOf(planned.files().keySet());
        assertThat(written.baseline().files()).isEqualTo(planned.files());
        assertThat(written.baseline().plan().steps()).extracting(s -> s.sql())
                .anyMatch(sql -> sql.contains("GRANT SELECT") && sql.contains("samebaseline_reader"));
    }

    @Test
    void anEmptyCoreSchemaGivesAProjectWithAnEmptyCoreWhoseBaselineCreatesTheSchema() throws Exception {
        String url = LiveDatabase.create("emptycore", "CREATE SCHEMA core;");
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));

        var written = ProjectImporter.write(result.model(), new ProjectImporter.Request(work.resolve("p"), "p", "core"));

        assertThat(written.sourceFiles()).containsExactly("schema/tables.strata");
        assertThat(ProjectLoader.load(work.resolve("p")).model()).isEqualTo(dev.strata.compiler.model.Model.EMPTY);
        assertThat(written.baseline().plan().steps()).extracting(s -> s.sql()).containsExactly("CREATE SCHEMA \"core\";");
        assertThat(work.resolve("p/strata.toml")).exists();
    }

    @Test
    void refusesADirectoryThatIsNotEmpty() throws Exception {
        Files.writeString(work.resolve("keep"), "x");
        assertThatThrownBy(() -> ProjectImporter.write(dev.strata.compiler.model.Model.EMPTY,
                new ProjectImporter.Request(work, "p", "core")))
                .isInstanceOf(ProjectImporter.ImportFailure.class).hasMessageContaining("is not empty");
    }
}
