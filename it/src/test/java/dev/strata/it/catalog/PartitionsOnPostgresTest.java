package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A plan that creates a partitioned table with two partitions, on real PostgreSQL: rows go to the partition of
 * their bound; a partition detached by hand, attached with another bound, or created by hand, and a partitioned
 * table's key, show in the catalog facts drift detection compares; attached back as it was, nothing shows.
 */
class PartitionsOnPostgresTest {

    private static final String SOURCES = """
            core {
              table measurement partition by range (logdate) {
                city_id  integer not null
                logdate  date not null
                primary key (city_id, logdate)
              }
              partition measurement_y2025 of measurement for values from ('2025-01-01') to ('2026-01-01')
              partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
            }
            """;

    @Test
    void rowsGoToTheirPartitionAndPartitionsAttachedOrDetachedByHandAreDrift() throws Exception {
        Model model = PlanRunner.parse("after.strata", SOURCES);
        var schemas = PlanRunner.schemas(Model.EMPTY, model);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("partition_drift"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, model, "0001_start", true).steps());
            run(c, "INSERT INTO core.measurement VALUES (1, '2025-05-01'), (2, '2026-05-01')");
            assertThat(count(c, "core.measurement_y2025")).isEqualTo(1);
            assertThat(count(c, "core.measurement_y2026")).isEqualTo(1);
            var applied = CatalogFacts.capture(c, schemas);
            assertThat(applied.diff(CatalogFacts.capture(c, schemas))).isEmpty();

            run(c, "ALTER TABLE core.measurement DETACH PARTITION core.measurement_y2025");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a partition detached by hand")
                    .isNotEmpty().anyMatch(line -> line.contains("measurement_y2025"));
            run(c, "ALTER TABLE core.measurement ATTACH PARTITION core.measurement_y2025"
                    + " FOR VALUES FROM ('2025-01-01') TO ('2025-12-31')");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("attached with another bound")
                    .isNotEmpty().anyMatch(line -> line.contains("2025-12-31"));
            run(c, "ALTER TABLE core.measurement DETACH PARTITION core.measurement_y2025");
            run(c, "ALTER TABLE core.measurement ATTACH PARTITION core.measurement_y2025"
                    + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("attached back as it was").isEmpty();

            run(c, "CREATE TABLE core.measurement_y2027 PARTITION OF core.measurement"
                    + " FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a partition created by hand")
                    .isNotEmpty().anyMatch(line -> line.contains("measurement_y2027"));
            assertThat(applied.diff(CatalogFacts.capture(c, schemas))).isNotEmpty();
            run(c, "DROP TABLE core.measurement_y2027");
            assertThat(String.join("\n", applied.diff(CatalogFacts.capture(c, schemas)))).isEmpty();
        }
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("partition_key_drift"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, model, "0001_start", true).steps());
            var applied = CatalogFacts.capture(c, schemas);
            run(c, "DROP TABLE core.measurement");
            run(c, "CREATE TABLE core.measurement (city_id integer NOT NULL, logdate date NOT NULL,"
                    + " PRIMARY KEY (city_id, logdate)) PARTITION BY RANGE (city_id, logdate)");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("another partition key")
                    .anyMatch(line -> line.contains("partition by RANGE (city_id, logdate)"));
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
