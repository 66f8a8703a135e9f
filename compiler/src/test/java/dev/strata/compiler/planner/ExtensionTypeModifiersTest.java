package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.check.SemanticChecker;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.plan.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A column of an extension's type with modifiers, numbers ({@code vector(3)}) or words ({@code geometry(Point,
 * 4326)}): parsed, printed back, checked and planned. The embedded servers have neither pgvector nor PostGIS (nor
 * any extension whose type takes word modifiers), so this stops at the SQL; {@code GoldenPlansOnPostgresTest}
 * cannot apply it.
 */
class ExtensionTypeModifiersTest {

    private static final String SOURCE = """
            core {
              extension postgis
              extension vector

              table place {
                id        bigint primary key
                location  geometry(Point, 4326) not null
                area      geometry("MultiPolygon",4326)
                embedding vector(3)
              }
            }
            """;

    @Test
    void modifiersAreParsedPrintedCheckedAndPlanned() {
        var model = model(SOURCE);
        var place = model.core().table("place").orElseThrow();
        assertThat(place.columns()).extracting(c -> c.type().modifiers()).containsExactly(List.of(),
                List.of("point", "4326"), List.of("MultiPolygon", "4326"), List.of("3"));
        assertThat(SemanticChecker.check(model)).isEmpty();

        String printed = SchemaPrinter.print(model);
        assertThat(printed).contains("location   geometry(point,4326)           not null",
                "area       geometry(\"MultiPolygon\",4326)", "embedding  vector(3)");
        assertThat(model(printed).core().table("place").orElseThrow().columns()).extracting(c -> c.type().modifiers())
                .isEqualTo(place.columns().stream().map(c -> c.type().modifiers()).toList());

        var plan = Planner.plan(new PlanRequest(Model.EMPTY, model, "core", "0001_init", false, false));
        assertThat(plan.diagnostics()).isEmpty();
        assertThat(plan.steps()).extracting(Step::sql).anySatisfy(sql -> assertThat(sql).contains(
                "\"location\" \"core\".\"geometry\"(\"point\",4326) NOT NULL",
                "\"area\" \"core\".\"geometry\"(\"MultiPolygon\",4326)",
                "\"embedding\" \"core\".\"vector\"(3)"));
    }

    /**
     * What import writes of a table (PostgreSQL's spelling: {@code geometry("Point",4326)}, {@code not null} on the
     * key and identity columns, the index's default name) means the table the sources wrote: no change between the
     * two (a word's case is not even in the fingerprint), so {@code plan --check} of imported sources against the
     * project's plans passes ({@code PostgisTest} shows it on a server with PostGIS).
     */
    @Test
    void theTableAsImportWritesItIsTheTableAsTheSourcesWroteIt() {
        var written = model("""
                core {
                  extension postgis
                  table place {
                    id       bigint generated always as identity primary key
                    location geometry(Point, 4326) not null
                    index using gist (location)
                  }
                }
                """);
        var imported = model("""
                core {
                  extension postgis
                  table place {
                    id        bigint                    generated always as identity not null primary key
                    location  geometry("Point",4326)    not null
                    index place_location_idx using gist (location)
                  }
                }
                """);
        assertThat(dev.strata.compiler.diff.SchemaDiff.between(written, imported)).isEmpty();
        assertThat(dev.strata.compiler.diff.SchemaDiff.between(imported, written)).isEmpty();
        String quoted = "core {\n  extension postgis\n  table t {\n    id bigint primary key\n"
                + "    at geometry(%s,4326)\n  }\n}\n";
        assertThat(ModelFingerprint.of(model(quoted.formatted("\"Point\""))))
                .isEqualTo(ModelFingerprint.of(model(quoted.formatted("Point"))))
                .isNotEqualTo(ModelFingerprint.of(model(quoted.formatted("LineString"))));
    }

    @Test
    void aWordAmongTheModifiersOfABuiltInTypeIsReported() {
        var model = model("""
                core {
                  table t {
                    id    bigint primary key
                    price numeric(precise, 2)
                  }
                }
                """);
        assertThat(SemanticChecker.check(model)).extracting(d -> d.code() + " " + d.message())
                .containsExactly("S1728 type numeric in column 't.price' has the modifier 'precise'");
        assertThat(new TypeRef("numeric", List.of("12", "2"), 0, null).sql()).isEqualTo("numeric(12,2)");
    }

    private static Model model(String text) {
        var result = new StrataParser().parse("schema.strata", text);
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
