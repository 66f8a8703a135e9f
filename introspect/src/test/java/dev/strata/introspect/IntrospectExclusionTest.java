package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Exclusion;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exclusion constraints read from a live database: unnamed and named, on a column and on an expression, with an
 * included column, a predicate and a deferral. Each is imported (no finding), printed, parsed back to the same model,
 * and planned from nothing on a fresh database to the same pg_constraint rows.
 */
@Tag("introspection")
class IntrospectExclusionTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE booking (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL,
                                  cancelled boolean NOT NULL DEFAULT false,
                                  EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled),
                                  CONSTRAINT booking_room_busy EXCLUDE USING gist
                                      ((int4range(room, room, '[]')) WITH &&, during WITH &&)
                                      DEFERRABLE INITIALLY DEFERRED);
            CREATE TABLE shift (id integer PRIMARY KEY, hours tstzrange NOT NULL,
                                EXCLUDE USING gist (hours WITH &&) INCLUDE (id));
            """;

    @Test
    void exclusionConstraintsAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("exclusions", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var booking = model.core().table("booking").orElseThrow();
        assertThat(booking.exclusions()).extracting(Exclusion::name, Exclusion::method, Exclusion::where,
                        Exclusion::deferrable, Exclusion::initiallyDeferred)
                .containsExactlyInAnyOrder(Tuple.tuple(null, "gist", "NOT cancelled", false, false),
                        Tuple.tuple("booking_room_busy", "gist", null, true, true));
        assertThat(booking.indexes()).isEmpty();
        var shift = model.core().table("shift").orElseThrow();
        assertThat(shift.exclusions()).extracting(Exclusion::include).containsExactly(List.of("id"));
        assertThat(result.unsupported()).noneMatch(u -> u.kind().contains("exclusion")
                || u.kind().contains("index"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("exclude using gist (during with &&) where (NOT cancelled)",
                "constraint booking_room_busy exclude using gist ((int4range(room, room, '[]'::text)) with &&,"
                        + " during with &&) deferrable initially deferred",
                "exclude using gist (hours with &&) include (id)");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "exclusions_planned");
        assertThat(constraintRows(fresh)).isEqualTo(constraintRows(url)).contains(
                "booking booking_during_excl false false EXCLUDE USING gist (during WITH &&) WHERE ((NOT cancelled))",
                "booking booking_room_busy true true EXCLUDE USING gist (int4range(room, room, '[]'::text) WITH &&,"
                        + " during WITH &&) DEFERRABLE INITIALLY DEFERRED",
                "shift shift_hours_id_excl false false EXCLUDE USING gist (hours WITH &&) INCLUDE (id)");
    }

    /** Exclusion constraints with condeferrable and condeferred, then the definition. */
    private static List<String> constraintRows(String url) throws SQLException {
        var rows = new ArrayList<String>();
        String sql = """
                SELECT c.relname || ' ' || con.conname || ' ' || con.condeferrable || ' ' || con.condeferred || ' '
                       || pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype = 'x' ORDER BY 1
                """;
        try (Connection c = TestDatabases.connect(url); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
