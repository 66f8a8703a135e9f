package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.UniqueConstraint;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Constraint options read from a live database: NOT VALID checks and foreign keys whose rows break them, a NO
 * INHERIT check, a MATCH FULL foreign key, and deferrable primary keys and unique constraints. Each is imported
 * with its option (no finding), printed, parsed back to the same model, and planned from nothing on a fresh
 * database to the same pg_constraint rows
 * (convalidated, condeferrable and condeferred included). A domain's NOT VALID check stays reported.
 */
@Tag("introspection")
class IntrospectConstraintOptionsTest {

    private static final String NOT_VALID = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE team (id integer PRIMARY KEY);
            CREATE TABLE member (id integer PRIMARY KEY, team_id integer, age integer,
                                 CONSTRAINT member_age_small CHECK (age < 200));
            INSERT INTO team VALUES (1);
            INSERT INTO member VALUES (1, 1, 30), (2, 99, -1);
            ALTER TABLE member ADD CHECK (age >= 0) NOT VALID;
            ALTER TABLE member ADD CONSTRAINT member_team FOREIGN KEY (team_id) REFERENCES team (id)
                ON DELETE CASCADE NOT VALID;
            CREATE TABLE region (code text, zone text, PRIMARY KEY (code, zone));
            CREATE TABLE shop (id integer PRIMARY KEY, code text, zone text,
                               stock integer CHECK (stock >= 0) NO INHERIT,
                               FOREIGN KEY (code, zone) REFERENCES region MATCH FULL);
            CREATE DOMAIN positive AS integer;
            ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;
            """;

    @Test
    void notValidNoInheritAndMatchFullAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("not_valid", NOT_VALID);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var member = model.core().table("member").orElseThrow();
        assertThat(member.checks()).extracting(Check::name, Check::column, Check::notValid)
                .containsExactlyInAnyOrder(Tuple.tuple("member_age_small", null, false),
                        Tuple.tuple(null, "age", true));
        assertThat(member.foreignKeys()).extracting(ForeignKey::name, ForeignKey::notValid)
                .containsExactly(Tuple.tuple("member_team", true));
        assertThat(result.unsupported()).filteredOn(u -> u.reason().contains("NOT VALID"))
                .extracting(Unsupported::name).containsExactly("core.positive.positive_check");
        var shop = model.core().table("shop").orElseThrow();
        assertThat(shop.checks()).extracting(Check::noInherit).containsExactly(true);
        assertThat(shop.foreignKeys()).extracting(ForeignKey::matchFull).containsExactly(true);
        assertThat(result.unsupported()).noneMatch(u -> u.reason().contains("NO INHERIT")
                || u.reason().contains("MATCH"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("check (age >= 0) not valid",
                "references team (id) on delete cascade not valid", "check (stock >= 0) no inherit",
                "references region (code, zone) match full");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "not_valid_planned");
        assertThat(constraintRows(fresh)).isEqualTo(constraintRows(url)).contains(
                "member member_age_check true false CHECK ((age >= 0)) NOT VALID",
                "member member_team true false FOREIGN KEY (team_id) REFERENCES core.team(id) ON DELETE CASCADE"
                        + " NOT VALID",
                "member member_age_small true true CHECK ((age < 200))",
                "shop shop_stock_check true true CHECK ((stock >= 0)) NO INHERIT",
                "shop shop_code_zone_fkey true true FOREIGN KEY (code, zone) REFERENCES core.region(code, zone)"
                        + " MATCH FULL");
    }

    private static final String DEFERRABLE = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE seat (id integer PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, code text UNIQUE DEFERRABLE,
                               seat_row integer, seat_pos integer,
                               CONSTRAINT seat_place UNIQUE (seat_row, seat_pos) DEFERRABLE INITIALLY IMMEDIATE);
            CREATE TABLE ticket (id integer, number integer NOT NULL UNIQUE, PRIMARY KEY (id) NOT DEFERRABLE);
            """;

    @Test
    void deferrableKeysAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("deferrable_keys", DEFERRABLE);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var seat = model.core().table("seat").orElseThrow();
        assertThat(seat.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id"), true, true, Span.NONE));
        assertThat(seat.uniques()).containsExactlyInAnyOrder(
                new UniqueConstraint(null, List.of("code"), false, true, false, Span.NONE),
                new UniqueConstraint("seat_place", List.of("seat_row", "seat_pos"), false, true, false, Span.NONE));
        var ticket = model.core().table("ticket").orElseThrow();
        assertThat(ticket.primaryKey().deferrable()).isFalse();
        assertThat(result.unsupported()).noneMatch(u -> u.reason().contains("DEFERRABLE"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("primary key deferrable initially deferred", "unique deferrable",
                "constraint seat_place unique (seat_row, seat_pos) deferrable");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "deferrable_keys_planned");
        String keys = """
                SELECT c.relname || ' ' || con.conname || ' ' || con.condeferrable || ' ' || con.condeferred || ' '
                       || pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype IN ('p', 'u') ORDER BY 1
                """;
        assertThat(LiveDatabase.rows(fresh, keys)).isEqualTo(LiveDatabase.rows(url, keys)).contains(
                "seat seat_pkey true true PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED",
                "seat seat_place true false UNIQUE (seat_row, seat_pos) DEFERRABLE",
                "ticket ticket_pkey false false PRIMARY KEY (id)");
    }

    /** Table constraints with conislocal (always true here) and convalidated, then the definition. */
    private static List<String> constraintRows(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || con.conname || ' ' || con.conislocal || ' ' || con.convalidated || ' '
                       || pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype IN ('c', 'f') ORDER BY 1
                """);
    }
}
