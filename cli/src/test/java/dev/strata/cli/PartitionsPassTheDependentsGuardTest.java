package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partitions the sources declare are the plans' own objects, and their rows survive: a plan drops a partition
 * holding rows (detached, dropped, its rows backed up), its rollback gives every row back, applying it again drops
 * it again, a plan then drops the partitioned table with its partitions (the runtime's dependents guard lets it),
 * and rolling both back gives every row back in its partition. Real database, end to end.
 */
class PartitionsPassTheDependentsGuardTest {

    private static final String TWO_YEARS = """
            core {
              table city {
                id bigint primary key
              }
              table measurement partition by range (logdate) {
                city_id    bigint not null references city
                logdate    date not null
                peak_temp  integer
                primary key (city_id, logdate)
              }
              partition measurement_y2025 of measurement for values from ('2025-01-01') to ('2026-01-01')
              partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
            }
            """;

    private static final String ONE_YEAR = """
            core {
              table city {
                id bigint primary key
              }
              table measurement partition by range (logdate) {
                city_id    bigint not null references city
                logdate    date not null
                peak_temp  integer
                primary key (city_id, logdate)
              }
              partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
            }
            """;

    private static final String NO_MEASUREMENTS = """
            core {
              table city {
                id bigint primary key
              }
            }
            """;

    private static final List<String> ALL_ROWS = List.of("core.measurement_y2025 1 2025-03-01 12",
            "core.measurement_y2025 2 2025-07-14 31", "core.measurement_y2026 1 2026-01-02 -3");

    @TempDir
    Path work;

    @Test
    void rowsOfADroppedPartitionAndOfADroppedPartitionedTableComeBackOnRollback() throws Exception {
        Path project = work.resolve("weather");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"weather\"\n");
        Run.plan(project, TWO_YEARS, "two-years");
        String url = TestDatabases.newDatabase("guard_partitions");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.city VALUES (1), (2)");
        TestDatabases.execute(url, "INSERT INTO core.measurement VALUES (1, '2025-03-01', 12), (2, '2025-07-14', 31),"
                + " (1, '2026-01-02', -3)");
        assertThat(rows(url)).isEqualTo(ALL_ROWS);

        Run.plan(project, ONE_YEAR, "one-year");
        Run.succeeds(url, "apply", null, project);
        assertThat(rows(url)).containsExactly("core.measurement_y2026 1 2026-01-02 -3");
        assertThat(partitions(url)).containsExactly("measurement_y2026");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(rows(url)).as("the dropped partition's rows, back in it").isEqualTo(ALL_ROWS);
        assertThat(partitions(url)).containsExactly("measurement_y2025", "measurement_y2026");

        Run.succeeds(url, "apply", null, project);
        Run.plan(project, NO_MEASUREMENTS, "no-measurements");
        Run.succeeds(url, "apply", null, project);
        assertThat(partitions(url)).isEmpty();

        Run.succeeds(url, "rollback", "2", project);
        assertThat(rows(url)).as("every row, back in its partition").isEqualTo(ALL_ROWS);
    }

    private static List<String> rows(String url) throws Exception {
        return TestDatabases.query(url, "SELECT tableoid::regclass::text || ' ' || city_id || ' ' || logdate || ' ' || peak_temp"
                + " FROM core.measurement ORDER BY 1");
    }

    private static List<String> partitions(String url) throws Exception {
        return TestDatabases.query(url, "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'measurement' ORDER BY 1");
    }
}
