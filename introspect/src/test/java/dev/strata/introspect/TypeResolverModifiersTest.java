package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.catalog.TypeQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The modifiers of an extension's type as {@code format_type} prints them. No extension of the embedded servers has a
 * type whose modifiers are words (PostGIS's {@code geometry(Point,4326)} is the common one), so the rows here are the
 * ones the catalog query returns for such a type, written out: words are kept as printed, numbers too; a type the
 * schema declares itself (an enum, a domain) or one whose modifiers are not plain words stays refused.
 */
class TypeResolverModifiersTest {

    private static TypeQuery.Row type(long oid, String name, String kind, boolean extensionMember) {
        return new TypeQuery.Row(oid, "core", name, kind, "U", 0, 0, null, name, true, extensionMember, List.of(), 0,
                -1, null, 0, false, null, null, null);
    }

    private final TypeResolver resolver = new TypeResolver(Map.of(
            1L, type(1, "geometry", "b", true),
            2L, type(2, "vector", "b", true),
            3L, type(3, "mood", "e", false)), "core");

    @Test
    void wordsAndNumbersOfAnExtensionsTypeAreKeptAsPrinted() {
        var geometry = resolver.resolve(1, "geometry(Point,4326)", 0);
        assertThat(geometry.problem()).isNull();
        assertThat(geometry.type().name()).isEqualTo("geometry");
        assertThat(geometry.type().modifiers()).containsExactly("Point", "4326");

        assertThat(resolver.resolve(2, "vector(3)", 0).type().modifiers()).containsExactly("3");
    }

    @Test
    void modifiersThatAreNotWordsOrNumbersAreRefused() {
        assertThat(resolver.resolve(1, "geometry('a b',4326)", 0).problem())
                .isEqualTo("type geometry('a b',4326) has modifiers Strata cannot write");
        assertThat(resolver.resolve(3, "mood(x)", 0).problem())
                .isEqualTo("type mood(x) has modifiers Strata cannot write");
    }
}
