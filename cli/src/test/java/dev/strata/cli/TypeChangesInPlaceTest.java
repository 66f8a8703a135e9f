package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary-coercible type changes (varchar(n) to a longer varchar or to text, numeric(p,s) to a larger precision with
 * the same scale, cidr to inet) are planned as the plain ALTER COLUMN TYPE, which PostgreSQL runs without rewriting
 * the table: the table keeps its file (pg_class.relfilenode) and the plan says "No rewrite" (the one backup is for
 * the way back of cidr to inet, which may not fit an inet written since). A
 * change of scale is not binary coercible: it goes through the online form (a new column filled beside the old one,
 * then switched), and the column that ends up there is a new one (a new attnum).
 */
class TypeChangesInPlaceTest {

    private static final String BEFORE = """
            core {
              table item {
                id     integer primary key
                code   varchar(10)
                label  varchar(20)
                amount numeric(8, 2)
                net    cidr
              }
            }
            """;

    private static final String WIDER = """
            core {
              table item {
                id     integer primary key
                code   varchar(20)
                label  text
                amount numeric(12, 2)
                net    inet
              }
            }
            """;

    private static final String NEW_SCALE = """
            core {
              table item {
                id     integer primary key
                code   varchar(20)
                label  text
                amount numeric(12, 3)
                net    inet
              }
            }
            """;

    private static final String FILE = "SELECT relfilenode::text FROM pg_class WHERE oid = 'core.item'::regclass";

    @TempDir
    Path work;

    @Test
    void binaryCoercibleChangesKeepTheTablesFileAndAScaleChangeRewritesIt() throws Exception {
        Path project = work.resolve("in-place");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        String url = TestDatabases.newDatabase("in_place");
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.item VALUES (1, 'A-1', 'first', 12.5, '10.0.0.0/8'),"
                + " (2, 'B-2', 'second', 3, '192.168.1.0/24')");
        String before = TestDatabases.query(url, FILE).get(0);

        Run.plan(project, WIDER, "wider");
        String plan = Files.readString(planDir(project, "wider").resolve("plan.json"));
        assertThat(plan).doesNotContain("\"rewritesTable\" : true");
        // one backup, for the way back of cidr to inet (an inet written since may not be a cidr), step 4 (net)
        assertThat(plan.split("\"backup\" : \\{", -1)).hasSize(2);
        assertThat(plan).contains("\"table\" : \"0002_wider_4\"");
        assertThat(Files.readString(planDir(project, "wider").resolve("REVIEW.md")))
                .contains("No rewrite: varchar(10) to varchar(20) is binary coercible")
                .contains("No rewrite: varchar(20) to text").contains("No rewrite: numeric(")
                .contains("No rewrite: cidr to inet").doesNotContain("Table rewrite");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, FILE)).as("the table keeps its file").containsExactly(before);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'core.item'::regclass AND attnum > 1 ORDER BY attnum"))
                .containsExactly("character varying(20)", "text", "numeric(12,2)", "inet");

        Run.plan(project, NEW_SCALE, "new-scale");
        String attnum = "SELECT attnum FROM pg_attribute WHERE attrelid = 'core.item'::regclass AND attname = 'amount'";
        String oldColumn = TestDatabases.query(url, attnum).get(0);
        assertThat(Files.readString(planDir(project, "new-scale").resolve("plan.json")))
                .contains("\"change\" : \"expand column type\"").doesNotContain("\"rewritesTable\" : true");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, attnum)).as("a new scale is a new column").doesNotContain(oldColumn);
        assertThat(TestDatabases.query(url, "SELECT amount::text FROM core.item ORDER BY id"))
                .containsExactly("12.500", "3.000");
    }

    private static Path planDir(Path project, String name) throws Exception {
        try (Stream<Path> plans = Files.list(project.resolve("migrations"))) {
            return plans.filter(p -> p.getFileName().toString().endsWith("_" + name)).findFirst().orElseThrow();
        }
    }
}
