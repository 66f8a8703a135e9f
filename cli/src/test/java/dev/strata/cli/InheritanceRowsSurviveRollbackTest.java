package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of a parent and of its inheritance child live in each table, and each comes back where it was: a plan drops
 * a column the child inherits (PostgreSQL drops it from both; one backup keeps each table's values apart, keyed
 * by each table's own key although both hold id 1), its rollback gives every value back in its table, applying it
 * again drops it again, a plan then drops both tables (the child first, the parent's backup of its own rows only),
 * and rolling both back gives exactly the rows there were, none twice. Real database, end to end.
 */
class InheritanceRowsSurviveRollbackTest {

    private static final String WITH_COUNTRY = """
            core {
              table cities {
                id       integer primary key
                name     text not null
                country  text
              }
              table capitals inherits (cities) {
                state  text not null
                primary key (id)
              }
            }
            """;

    private static final String WITHOUT_COUNTRY = """
            core {
              table cities {
                id       integer primary key
                name     text not null
              }
              table capitals inherits (cities) {
                state  text not null
                primary key (id)
              }
            }
            """;

    private static final List<String> ALL_ROWS = List.of("core.capitals 1 Paris FR", "core.capitals 3 Lisbon PT",
            "core.cities 1 Lyon FR", "core.cities 2 Porto PT");

    @TempDir
    Path work;

    @Test
    void valuesOfADroppedInheritedColumnAndRowsOfDroppedParentAndChildComeBackInTheirTables() throws Exception {
        Path project = work.resolve("atlas");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"atlas\"\n");
        Run.plan(project, WITH_COUNTRY, "cities");
        String url = TestDatabases.newDatabase("inherit_rows");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.cities VALUES (1, 'Lyon', 'FR'), (2, 'Porto', 'PT')");
        TestDatabases.execute(url, "INSERT INTO core.capitals VALUES (1, 'Paris', 'FR', 'IDF'), (3, 'Lisbon', 'PT', 'LX')");
        assertThat(rows(url)).isEqualTo(ALL_ROWS);

        Run.plan(project, WITHOUT_COUNTRY, "no-country");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT attrelid::regclass::text FROM pg_attribute WHERE attname = 'country'"
                + " AND attrelid IN ('core.cities'::regclass, 'core.capitals'::regclass)")).isEmpty();

        Run.succeeds(url, "rollback", "1", project);
        assertThat(rows(url)).as("each table's values, back in it").isEqualTo(ALL_ROWS);
        assertThat(count(url, "ONLY core.cities")).isEqualTo("2");
        assertThat(count(url, "core.capitals")).isEqualTo("2");

        Run.succeeds(url, "apply", null, project);
        Run.plan(project, "core {\n}\n", "no-cities");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT relname FROM pg_class WHERE relname IN ('cities', 'capitals')")).isEmpty();

        Run.succeeds(url, "rollback", "2", project);
        assertThat(rows(url)).as("every row, back in its table, none twice").isEqualTo(ALL_ROWS);
        assertThat(count(url, "ONLY core.cities")).isEqualTo("2");
        assertThat(count(url, "core.capitals")).isEqualTo("2");
        assertThat(TestDatabases.query(url, "SELECT inhrelid::regclass::text || ' ' || inhparent::regclass::text"
                + " FROM pg_inherits")).containsExactly("core.capitals core.cities");
    }

    /**
     * The child declares the column too (PostgreSQL merges it with the parent's and keeps it when the parent drops
     * it): the parent's backup and restore read and write the parent's own rows only, so the child's values, under
     * the same ids, stay its own.
     */
    @Test
    void aParentsDroppedColumnComesBackInTheParentOnlyWhenTheChildKeepsItsOwn() throws Exception {
        Path project = work.resolve("atlas-merged");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"atlas\"\n");
        Run.plan(project, merged(WITH_COUNTRY), "cities");
        String url = TestDatabases.newDatabase("inherit_merged");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.cities VALUES (1, 'Lyon', 'FR'), (2, 'Porto', 'PT')");
        TestDatabases.execute(url, "INSERT INTO core.capitals VALUES (1, 'Lisbon', 'PT', 'LX'), (3, 'Paris', 'FR', 'IDF')");
        var before = rows(url);
        assertThat(before).containsExactly("core.capitals 1 Lisbon PT", "core.capitals 3 Paris FR",
                "core.cities 1 Lyon FR", "core.cities 2 Porto PT");

        Run.plan(project, merged(WITHOUT_COUNTRY), "no-country");
        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT id || ' ' || country FROM core.capitals ORDER BY id"))
                .as("the child keeps its own column").containsExactly("1 PT", "3 FR");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(rows(url)).as("the parent's values back in the parent only").isEqualTo(before);
    }

    /** The sources with capitals declaring country itself. */
    private static String merged(String sources) {
        return sources.replace("    state  text not null", "    country  text\n    state  text not null");
    }

    /** Every row of the hierarchy with the table it lives in (PostgreSQL's tableoid), the country included. */
    private static List<String> rows(String url) throws Exception {
        return TestDatabases.query(url, "SELECT tableoid::regclass::text || ' ' || id || ' ' || name || ' ' || country"
                + " FROM core.cities ORDER BY 1");
    }

    private static String count(String url, String from) throws Exception {
        return TestDatabases.query(url, "SELECT count(*) FROM " + from).get(0);
    }
}
