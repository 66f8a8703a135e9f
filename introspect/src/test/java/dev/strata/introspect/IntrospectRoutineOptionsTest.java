package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RoutineOptions.Parallel;
import dev.strata.compiler.model.RoutineOptions.Setting;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Routine options read from a live database: cost, rows, parallel safety, leak-proofness and settings (a list
 * setting with a quoted element among them) are imported, and so are unnamed parameters ({@code $1}); nothing about
 * them is reported, the sources print and parse back to the same model, and planning that model from nothing on
 * a fresh database gives the same pg_proc rows.
 */
@Tag("introspection")
class IntrospectRoutineOptionsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE item (id bigint PRIMARY KEY, label text NOT NULL);
            CREATE FUNCTION label_of(item_id bigint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE COST 2.5
                SET work_mem = '8MB' SET search_path = core, "$user", pg_temp
                AS 'SELECT label FROM core.item WHERE id = item_id';
            CREATE FUNCTION item_ids() RETURNS SETOF bigint LANGUAGE sql STABLE ROWS 40 PARALLEL RESTRICTED
                AS 'SELECT id FROM core.item';
            CREATE FUNCTION same_label(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE LEAKPROOF
                AS 'SELECT lower(a) = lower(b)';
            CREATE PROCEDURE forget(item_id bigint) LANGUAGE sql SET lock_timeout = '2s'
                AS 'DELETE FROM core.item WHERE id = item_id';
            CREATE FUNCTION plain(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
            CREATE FUNCTION clamp(integer, lo integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
                AS 'SELECT greatest(lo, least($1, $3))';
            """;

    @Test
    void optionsAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("routine_options", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var core = result.model().core();

        assertThat(result.unsupported()).isEmpty();
        assertThat(core.routines()).extracting(r -> r.name())
                .containsExactly("clamp", "forget", "item_ids", "label_of", "plain", "same_label");
        assertThat(core.routines().get(0).parameters()).extracting(p -> p.name())
                .containsExactly(null, "lo", null);
        assertThat(core.routines().get(1).options()).isEqualTo(new RoutineOptions(null, null, null, false,
                List.of(new Setting("lock_timeout", List.of("2s"), false))));
        assertThat(core.routines().get(2).options()).isEqualTo(new RoutineOptions(null, 40f, Parallel.RESTRICTED,
                false, List.of()));
        assertThat(core.routines().get(3).options()).isEqualTo(new RoutineOptions(2.5f, null, Parallel.SAFE, false,
                List.of(new Setting("work_mem", List.of("8MB"), false),
                        new Setting("search_path", List.of("core", "$user", "pg_temp"), false))));
        assertThat(core.routines().get(4).options()).isEqualTo(RoutineOptions.NONE);
        assertThat(core.routines().get(5).options().leakproof()).isTrue();

        var sources = new StringBuilder();
        ImportLayout.files(result.model()).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("stable parallel safe cost 2.5 set work_mem = '8MB' set search_path ="
                + " core, '$user', pg_temp", "stable parallel restricted rows 40", "immutable leakproof",
                "set lock_timeout = '2s'", "function clamp($1 integer, lo integer, $3 integer)");
        assertThat(LiveDatabase.printedAndParsed(result.model())).isEqualTo(core);

        String fresh = LiveDatabase.plannedFromNothing(result.model(), "routine_options_planned");
        assertThat(procRows(fresh)).isEqualTo(procRows(url)).hasSize(6);
    }

    @Test
    void theSearchPathTheRuntimePinsOnAFacadeDefinerRoutineIsNotASettingOfTheSources() throws Exception {
        String url = LiveDatabase.create("routine_options_facade", """
                CREATE SCHEMA core;
                CREATE TABLE core.item (id bigint PRIMARY KEY, label text NOT NULL);
                CREATE SCHEMA shop_api_v1;
                CREATE FUNCTION shop_api_v1.label_of(item_id bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
                    SET work_mem = '4MB' AS 'SELECT label FROM core.item WHERE id = item_id';
                ALTER FUNCTION shop_api_v1.label_of(bigint) SET search_path = shop_api_v1, core, pg_temp;
                CREATE FUNCTION shop_api_v1.own_path() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
                    SET search_path = core AS 'SELECT current_setting(''search_path'')';
                REVOKE ALL ON FUNCTION shop_api_v1.label_of(bigint), shop_api_v1.own_path() FROM PUBLIC;
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core",
                FacadeSchema.parse("shop_api_v1")));

        assertThat(result.unsupported()).isEmpty();
        var routines = result.model().facades().get(0).routines();
        assertThat(routines).extracting(r -> r.name()).containsExactly("label_of", "own_path");
        assertThat(routines.get(0).options().settings())
                .containsExactly(new Setting("work_mem", List.of("4MB"), false));
        assertThat(routines.get(1).options().settings())
                .containsExactly(new Setting("search_path", List.of("core"), false));
    }

    private static List<String> procRows(String url) throws SQLException {
        var rows = new ArrayList<String>();
        String sql = """
                SELECT p.proname || '(' || pg_get_function_arguments(p.oid) || ') ' || p.procost || ' '
                       || p.prorows || ' ' || p.proparallel::text || ' '
                       || p.proleakproof || ' ' || coalesce(array_to_string(p.proconfig, ';'), '-')
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'core' ORDER BY 1
                """;
        try (Connection c = TestDatabases.connect(url); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
