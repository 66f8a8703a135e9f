package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameWithinAFewEdits() {
        var names = List.of("customer", "purchase", "customer_address");

        assertThat(Suggestions.closest("custmer", names)).contains("customer");
        assertThat(Suggestions.closest("cutsomer", names)).contains("customer");
        assertThat(Suggestions.closest("invoice", names)).isEmpty();
        assertThat(Suggestions.closest("x", List.of("y", "z"))).contains("y");
    }

    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("abc", "acb")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
