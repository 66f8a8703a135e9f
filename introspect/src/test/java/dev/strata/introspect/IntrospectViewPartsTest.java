package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Trigger;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Indexes on a materialized view and INSTEAD OF triggers on a view, read from a live database: imported with
 * their views (a statement trigger on a view is reported instead), their sources print and parse back to the
 * same model, and planning that model from nothing on a fresh database gives the same pg_index and pg_trigger
 * rows.
 */
@Tag("introspection")
class IntrospectViewPartsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE film (id bigint PRIMARY KEY, title text NOT NULL, category text NOT NULL,
                               deleted boolean NOT NULL DEFAULT false);
            CREATE MATERIALIZED VIEW film_count AS
                SELECT category, count(*) AS films FROM film GROUP BY category;
            CREATE UNIQUE INDEX film_count_category ON film_count (category);
            CREATE INDEX film_count_films ON film_count (films DESC) WHERE films > 1;
            CREATE VIEW current_film AS SELECT id, title FROM film WHERE NOT deleted;
            CREATE FUNCTION hide_film() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE core.film SET deleted = true WHERE id = OLD.id; RETURN OLD; END $$;
            CREATE FUNCTION add_film() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO core.film VALUES (NEW.id, NEW.title, 'new'); RETURN NEW; END $$;
            CREATE FUNCTION noted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
            CREATE TRIGGER current_film_delete INSTEAD OF DELETE ON current_film
                FOR EACH ROW EXECUTE FUNCTION hide_film();
            CREATE TRIGGER current_film_insert INSTEAD OF INSERT OR UPDATE ON current_film
                FOR EACH ROW EXECUTE FUNCTION add_film('a', 'b');
            CREATE TRIGGER current_film_noted AFTER INSERT ON current_film
                FOR EACH STATEMENT EXECUTE FUNCTION noted();
            """;

    @Test
    void viewIndexesAndInsteadOfTriggersAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("viewparts", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var count = model.core().views().stream().filter(v -> v.name().equals("film_count")).findFirst()
                .orElseThrow();
        assertThat(count.indexes()).extracting(i -> i.name() + " " + i.unique() + " " + i.where())
                .containsExactlyInAnyOrder("film_count_category true null", "film_count_films false films > 1");
        var current = model.core().views().stream().filter(v -> v.name().equals("current_film")).findFirst()
                .orElseThrow();
        assertThat(current.triggers()).extracting(Trigger::name)
                .containsExactly("current_film_delete", "current_film_insert");
        assertThat(current.triggers()).allMatch(t -> t.timing() == Trigger.Timing.INSTEAD_OF && t.forEachRow());
        assertThat(result.unsupported()).singleElement().satisfies(u -> {
            assertThat(u.object()).isEqualTo("trigger core.current_film.current_film_noted");
            assertThat(u.reason()).isEqualTo("only 'instead of … for each row' triggers on views are in the Strata"
                    + " language");
            assertThat(u.definition()).contains("AFTER INSERT", "FOR EACH STATEMENT");
        });

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "unique index film_count_category (category)",
                "index film_count_films (films desc) where (films > 1)",
                "trigger current_film_delete instead of delete for each row execute hide_film()",
                "trigger current_film_insert instead of insert or update for each row execute"
                        + " add_film('a', 'b')");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "viewparts_planned");
        assertThat(indexRows(fresh)).isEqualTo(indexRows(url)).hasSize(2);
        assertThat(triggerRows(fresh)).containsExactlyElementsOf(
                triggerRows(url).stream().filter(r -> !r.contains("current_film_noted")).toList()).hasSize(2);
    }

    private static List<String> indexRows(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                WHERE c.relkind = 'm' ORDER BY 1
                """);
    }

    private static List<String> triggerRows(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE c.relkind = 'v' AND NOT t.tgisinternal ORDER BY 1
                """);
    }
}
