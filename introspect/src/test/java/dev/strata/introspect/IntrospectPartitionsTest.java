package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.Table;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Declarative partitioning read from a live database: range, list and hash partitioned tables with their
 * partitions (a default one among them), a key and an index on a partitioned table and a foreign key to one are
 * imported as {@code partition by} tables and {@code partition … of …} declarations, without repeating what the
 * partitions got from their parents; the sources print and parse back to the same model, and planning that model
 * from nothing on a fresh database gives the same pg_class, pg_inherits and bound rows. A sub-partitioned
 * partition and a partition's own index are reported, not imported.
 */
@Tag("introspection")
class IntrospectPartitionsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE measurement (city_id integer NOT NULL, logdate date NOT NULL, peak_temp integer,
                                      PRIMARY KEY (city_id, logdate)) PARTITION BY RANGE (logdate);
            CREATE INDEX measurement_peak ON measurement (peak_temp);
            CREATE TABLE measurement_y2025 PARTITION OF measurement
                FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
            CREATE TABLE measurement_y2026 PARTITION OF measurement
                FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE TABLE measurement_other PARTITION OF measurement DEFAULT;
            COMMENT ON TABLE measurement_other IS 'any other year';
            CREATE TABLE city (id bigint NOT NULL PRIMARY KEY, name text NOT NULL) PARTITION BY HASH (id);
            CREATE TABLE city_0 PARTITION OF city FOR VALUES WITH (MODULUS 2, REMAINDER 0);
            CREATE TABLE city_1 PARTITION OF city FOR VALUES WITH (MODULUS 2, REMAINDER 1);
            CREATE TABLE visit (id bigint PRIMARY KEY, city_id bigint NOT NULL REFERENCES city);
            CREATE TABLE event (id bigint NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
            CREATE TABLE event_fair PARTITION OF event FOR VALUES IN ('fair', 'market');
            CREATE INDEX event_fair_id ON event_fair (id);
            CREATE TABLE event_rest PARTITION OF event DEFAULT PARTITION BY RANGE (id);
            CREATE TABLE event_rest_low PARTITION OF event_rest FOR VALUES FROM (MINVALUE) TO (1000);
            """;

    @Test
    void partitionedTablesAndPartitionsAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("partitions", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var measurement = model.core().table("measurement").orElseThrow();
        assertThat(measurement.partitionBy().method()).isEqualTo("range");
        assertThat(measurement.partitionBy().key()).isEqualTo("logdate");
        assertThat(measurement.primaryKey().columns()).containsExactly("city_id", "logdate");
        assertThat(measurement.indexes()).hasSize(1);
        var other = model.core().table("measurement_other").orElseThrow();
        assertThat(other.partitionOf().parent()).isEqualTo("measurement");
        assertThat(other.partitionOf().bound().kind()).isEqualTo(PartitionOf.Kind.DEFAULT);
        assertThat(other.comment()).isEqualTo("any other year");
        var partitions = model.core().tables().stream().filter(Table::partition).toList();
        assertThat(partitions).allSatisfy(p -> {
            assertThat(p.columns()).isEmpty();
            assertThat(p.primaryKey()).isNull();
            assertThat(p.indexes()).isEmpty();
        });
        assertThat(partitions).extracting(Table::name).containsExactly("city_0", "city_1", "event_fair",
                "measurement_other", "measurement_y2025", "measurement_y2026");
        assertThat(model.core().table("visit").orElseThrow().foreignKeys()).hasSize(1);

        assertThat(result.unsupported()).extracting(u -> u.kind() + " " + u.name()).contains(
                "partitioned table core.event_rest", "partition core.event_rest_low", "index core.event_fair_id");
        assertThat(result.unsupported()).filteredOn(u -> u.name().equals("core.event_rest")).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("sub-partitioning"));
        assertThat(result.unsupported()).extracting(Unsupported::name)
                .noneMatch(n -> n.startsWith("core.measurement") || n.startsWith("core.city"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "table measurement partition by range (logdate) {",
                "partition measurement_y2025 of measurement for values from ('2025-01-01') to ('2026-01-01')",
                "partition measurement_other of measurement default comment 'any other year'",
                "partition city_0 of city for values with (modulus 2, remainder 0)",
                "partition event_fair of event for values in ('fair', 'market')");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "partitions_planned");
        // the fresh database lacks what was not imported (event_rest and its partition, event_fair_id)
        List<String> expected = relations(url).stream()
                .filter(r -> !r.startsWith("event_rest") && !r.startsWith("event_fair_id")).toList();
        assertThat(relations(fresh)).isEqualTo(expected).contains(
                "measurement p false   RANGE (logdate)",
                "measurement_other r true measurement DEFAULT ",
                "city_0 r true city FOR VALUES WITH (modulus 2, remainder 0) ");
        assertThat(constraints(fresh)).isEqualTo(constraints(url));
    }

    /** Every table and index: relkind, relispartition, parent (pg_inherits), bound and key. */
    private static List<String> relations(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || c.relkind::text || ' ' || c.relispartition || ' '
                       || coalesce((SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                                    WHERE i.inhrelid = c.oid), '') || ' '
                       || coalesce(pg_get_expr(c.relpartbound, c.oid), '') || ' '
                       || coalesce(CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND c.relkind IN ('r', 'p', 'i', 'I') ORDER BY 1
                """);
    }

    private static List<String> constraints(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || con.contype::text || ' ' || pg_get_constraintdef(con.oid)
                       || ' ' || (con.conparentid <> 0)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype IN ('p', 'u', 'f', 'c')
                ORDER BY 1
                """);
    }
}
