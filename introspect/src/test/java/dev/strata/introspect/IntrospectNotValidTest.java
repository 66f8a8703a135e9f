package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.plan.SqlScripts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * NOT VALID checks and foreign keys read from a live database whose rows break them: imported not valid (no
 * finding), printed with {@code not valid}, parsed back to the same model, and planned from nothing on a fresh
 * database to the same pg_constraint rows (convalidated included). A domain's NOT VALID check stays reported.
 */
@Tag("introspection")
class IntrospectNotValidTest {

    private static final String SCHEMA = """
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
            CREATE DOMAIN positive AS integer;
            ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;
            """;

    @Test
    void notValidConstraintsAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("not_valid", SCHEMA);
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

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("check (age >= 0) not valid",
                "references team (id) on delete cascade not valid");
        assertThat(printedAndParsed(model)).isEqualTo(model.core());

        String fresh = TestDatabases.newDatabase("not_valid_planned");
        var plan = Planner.plan(new PlanRequest(Model.EMPTY, model, "core", "0001_import", true, false));
        assertThat(plan.diagnostics()).isEmpty();
        try (Connection c = TestDatabases.connect(fresh); var s = c.createStatement()) {
            s.execute(SqlScripts.searchPathSql("core"));
            for (var step : plan.steps()) {
                s.execute(step.sql());
            }
        }
        assertThat(constraintRows(fresh)).isEqualTo(constraintRows(url)).contains(
                "member member_age_check true false CHECK ((age >= 0)) NOT VALID",
                "member member_team true false FOREIGN KEY (team_id) REFERENCES core.team(id) ON DELETE CASCADE NOT VALID",
                "member member_age_small true true CHECK ((age < 200))");
    }

    private static Core printedAndParsed(Model model) {
        var units = new ArrayList<SourceUnit>();
        ImportLayout.files(model).forEach((file, unit) -> {
            var parsed = new StrataParser().parse(file, SchemaPrinter.print(unit));
            assertThat(parsed.diagnostics()).as("parse " + file).isEmpty();
            units.add(parsed.unit());
        });
        return ModelAssembler.assemble(units).core();
    }

    /** Table constraints with conislocal (always true here) and convalidated, then the definition. */
    private static List<String> constraintRows(String url) throws SQLException {
        var rows = new ArrayList<String>();
        String sql = """
                SELECT c.relname || ' ' || con.conname || ' ' || con.conislocal || ' ' || con.convalidated || ' '
                       || pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype IN ('c', 'f') ORDER BY 1
                """;
        try (Connection c = TestDatabases.connect(url); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
