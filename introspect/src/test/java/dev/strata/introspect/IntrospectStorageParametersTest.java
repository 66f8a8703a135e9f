package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.StorageParameter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Storage parameters of tables and indexes read from a live database (pg_class.reloptions): imported, printed as
 * {@code with (…)}, parsed back to the same model and planned from nothing to the same reloptions (compared in
 * name order: Strata writes them sorted). A parameter of a partition, or of an index behind a constraint, stays
 * reported, not imported.
 */
@Tag("introspection")
class IntrospectStorageParametersTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE event (id bigint PRIMARY KEY, payload text, seen timestamptz, tags text[])
                WITH (fillfactor = 70, autovacuum_enabled = off, autovacuum_vacuum_scale_factor = 0.05);
            CREATE INDEX event_seen ON event USING brin (seen) WITH (pages_per_range = 16, autosummarize = on);
            CREATE INDEX event_payload ON event (payload) WITH (fillfactor = 80, deduplicate_items = off);
            CREATE INDEX event_tags ON event USING gin (tags) WITH (fastupdate = false);
            CREATE TABLE plain (id bigint PRIMARY KEY);
            CREATE TABLE booking (id bigint, during tsrange,
                                  CONSTRAINT booking_pkey PRIMARY KEY (id) WITH (fillfactor = 90),
                                  CONSTRAINT booking_during EXCLUDE USING gist (during WITH &&) WITH (fillfactor = 80));
            CREATE TABLE stay (id bigint, night date, PRIMARY KEY (id, night)) PARTITION BY RANGE (night);
            CREATE TABLE stay_2026 PARTITION OF stay FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
                WITH (fillfactor = 60);
            """;

    private static final String RELOPTIONS = """
            SELECT c.relname || ' '
                   || coalesce(nullif(array_to_string(ARRAY(SELECT unnest(c.reloptions) ORDER BY 1), ','), ''), '-')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'core' AND c.relkind IN ('r', 'i') AND c.relname NOT IN ('stay_2026', 'booking_pkey',
                                                                                     'booking_during')
            ORDER BY 1
            """;

    @Test
    void storageParametersAreImportedPrintedAndPlannedBackToTheSameReloptions() throws Exception {
        String url = LiveDatabase.create("storage", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var event = model.core().table("event").orElseThrow();
        assertThat(event.storage()).extracting(StorageParameter::option).containsExactly("autovacuum_enabled=off",
                "autovacuum_vacuum_scale_factor=0.05", "fillfactor=70");
        assertThat(model.core().table("plain").orElseThrow().storage()).isEmpty();
        assertThat(result.unsupported()).noneMatch(u -> u.reason().contains("storage parameter")
                && !u.name().contains("stay_2026"));
        assertThat(result.unsupported()).anyMatch(u -> u.name().contains("stay_2026")
                && u.reason().contains("fillfactor=60"));
        assertThat(result.unsupported()).filteredOn(u -> u.kind().equals("constraint option"))
                .extracting(Unsupported::name).containsExactlyInAnyOrder("core.booking.booking_pkey",
                        "core.booking.booking_during");

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "table event with (autovacuum_enabled = off, autovacuum_vacuum_scale_factor = 0.05, fillfactor = 70) {",
                "index event_payload (payload) with (deduplicate_items = off, fillfactor = 80)",
                "index event_seen using brin (seen) with (autosummarize = 'on', pages_per_range = 16)",
                "index event_tags using gin (tags) with (fastupdate = 'false')");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "storage_planned");
        assertThat(LiveDatabase.rows(fresh, RELOPTIONS)).isEqualTo(LiveDatabase.rows(url, RELOPTIONS)).contains(
                "event autovacuum_enabled=off,autovacuum_vacuum_scale_factor=0.05,fillfactor=70",
                "event_payload deduplicate_items=off,fillfactor=80",
                "event_seen autosummarize=on,pages_per_range=16",
                "event_tags fastupdate=false",
                "plain -");
    }
}
