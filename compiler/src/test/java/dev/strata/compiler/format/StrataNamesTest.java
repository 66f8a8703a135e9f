package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrataNamesTest {

    @Test
    void reservedWordsAreExactlyTheGrammarsKeyWordsOutsideNonReserved() {
        assertThat(GrammarKeywords.all()).hasSizeGreaterThan(100);
        assertThat(StrataNames.RESERVED).containsExactlyInAnyOrderElementsOf(GrammarKeywords.reserved());
    }

    @Test
    void everyReservedWordIsQuotedAndEveryOtherKeyWordIsBare() {
        for (var keyword : GrammarKeywords.all()) {
            var expected = StrataNames.RESERVED.contains(keyword) || !dev.strata.plan.sql.Identifiers.isPlain(keyword)
                    ? "\"" + keyword + "\"" : keyword;
            assertThat(StrataNames.name(keyword)).as(keyword).isEqualTo(expected);
        }
    }

    @Test
    void quotesWhatTheParserWouldReadDifferently() {
        assertThat(StrataNames.name("order_lines")).isEqualTo("order_lines");
        assertThat(StrataNames.name("Order")).isEqualTo("\"Order\"");
        assertThat(StrataNames.name("two words")).isEqualTo("\"two words\"");
        assertThat(StrataNames.name("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(StrataNames.name("größe")).isEqualTo("\"größe\"");
        assertThat(StrataNames.name("1st")).isEqualTo("\"1st\"");
        assertThat(StrataNames.name("generated")).isEqualTo("\"generated\"");
        assertThat(StrataNames.parameterName("out")).isEqualTo("\"out\"");
        assertThat(StrataNames.name("out")).isEqualTo("out");
    }
}
