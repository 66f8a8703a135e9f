package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.ModelAssembler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inheritance children: what the parser makes of {@code inherits (…)}, the columns the model gives a child (its
 * parents' first, in parent order, then its own; an identity column comes without its identity), and the
 * formatter's canonical form, which prints only the child's own columns, parses back to the same model and
 * formats to itself.
 */
class InheritanceSyntaxTest {

    private static final String SOURCE = """
            core {
              TABLE Tourist_Capitals INHERITS ( capitals,landmarks ) renamed from tourist_spots {
                visitors bigint default 0
                id integer not null /* merged with the parent's */
                primary key (id)
              }
              table capitals inherits (cities) { state text not null }
              table cities { id integer generated always as identity primary key  name text not null }
              table landmarks { landmark text  name text not null }
            }
            """;

    private static final String CANONICAL = """
            core {
              table tourist_capitals inherits (capitals, landmarks) renamed from tourist_spots {
                visitors  bigint   default 0
                id        integer  not null primary key /* merged with the parent's */
              }

              table capitals inherits (cities) {
                state  text  not null
              }

              table cities {
                id    integer  generated always as identity primary key
                name  text     not null
              }

              table landmarks {
                landmark  text
                name      text  not null
              }
            }
            """;

    @Test
    void aChildHasItsParentsColumnsBeforeItsOwn() {
        var core = ModelAssembler.assemble(List.of(RoundTrip.parsed(SOURCE))).core();
        var tourist = core.table("tourist_capitals").orElseThrow();
        assertThat(tourist.parents()).containsExactly("capitals", "landmarks");
        assertThat(tourist.columns()).extracting(Column::name)
                .containsExactly("name", "state", "landmark", "visitors", "id");
        assertThat(tourist.inherits().inherited()).containsExactly("name", "state", "landmark");
        assertThat(Inheritance.own(tourist)).extracting(Column::name).containsExactly("visitors", "id");
        var capitals = core.table("capitals").orElseThrow();
        var id = capitals.column("id").orElseThrow();
        assertThat(id.identity()).as("PostgreSQL does not inherit identity").isNull();
        assertThat(id.notNull()).isTrue();
        assertThat(Inheritance.children(core, "cities")).extracting(t -> t.name()).containsExactly("capitals");
        assertThat(Inheritance.descendants(core, "cities")).extracting(t -> t.name())
                .containsExactly("capitals", "tourist_capitals");
    }

    @Test
    void theCanonicalFormParsesBackToTheSameModelAndFormatsToItself() {
        RoundTrip.assertCanonical(SOURCE, CANONICAL);
    }
}
