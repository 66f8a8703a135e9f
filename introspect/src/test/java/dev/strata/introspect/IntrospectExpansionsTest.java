package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database holding an expansion Strata made (a column that {@code expands} another, written out as a core function
 * and two triggers) reads back as the column's {@code expands}, with its {@code using} and {@code reverse} only when
 * they are not the default casts; a function and triggers that only look like one stay what they are.
 */
@Tag("introspection")
class IntrospectExpansionsTest {

    private static final String SOURCES = """
            core {
              table account {
                id     bigint primary key
                email  text not null
                login  varchar(320) not null expands email
                total        integer not null default 0
                total_cents  bigint not null expands total using (total::bigint * 100) reverse ((total_cents / 100)::integer)
              }
              table lookalike {
                id    bigint primary key
                a     integer
                b     integer
                trigger zz_strata_expand_lookalike_b before insert for each row execute zz_strata_expand_lookalike_b()
              }
              function zz_strata_expand_lookalike_b() returns trigger language plpgsql as $$
                begin
                  new.b := new.a;
                  return new;
                end
              $$
            }
            """;

    @Test
    void anExpansionReadsBackAsExpandsAndALookalikeStaysAFunctionAndATrigger() throws Exception {
        var parsed = new StrataParser().parse("schema.strata", SOURCES);
        assertThat(parsed.diagnostics()).isEmpty();
        var model = ModelAssembler.assemble(List.of(parsed.unit()));
        String url = LiveDatabase.plannedFromNothing(model, "expansions");

        var imported = LiveDatabase.introspect(url, IntrospectionRequest.of("core")).model();
        Table account = imported.core().table("account").orElseThrow();
        assertThat(account.triggers()).isEmpty();
        assertThat(account.column("login").map(Column::typeChange)).contains(
                new TypeChange(null, null, false, false, "email", account.column("login").get().span()));
        TypeChange cents = account.column("total_cents").orElseThrow().typeChange();
        assertThat(cents.expands()).isEqualTo("total");
        assertThat(cents.using()).isEqualTo("total::bigint * 100");
        assertThat(cents.reverse()).isEqualTo("(total_cents / 100)::integer");
        assertThat(imported.core().routines()).extracting(Routine::name)
                .containsExactly("zz_strata_expand_lookalike_b");
        assertThat(imported.core().table("lookalike").orElseThrow().triggers()).extracting(Trigger::name)
                .containsExactly("zz_strata_expand_lookalike_b");

        // planned again from nothing, the imported model makes the same triggers and functions
        String again = LiveDatabase.plannedFromNothing(imported, "expansions_again");
        String triggers = "SELECT c.relname || ' ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal ORDER BY 1";
        String functions = "SELECT proname || ' ' || md5(prosrc) || ' ' || coalesce(array_to_string(proconfig, ','),"
                + " '') FROM pg_proc WHERE pronamespace = 'core'::regnamespace ORDER BY 1";
        assertThat(LiveDatabase.rows(again, triggers)).isEqualTo(LiveDatabase.rows(url, triggers)).hasSize(5);
        assertThat(LiveDatabase.rows(again, functions)).isEqualTo(LiveDatabase.rows(url, functions)).hasSize(3);
        assertThat(LiveDatabase.printedAndParsed(imported).table("account").orElseThrow().column("total_cents")
                .orElseThrow().typeChange().expands()).isEqualTo("total");
    }
}
