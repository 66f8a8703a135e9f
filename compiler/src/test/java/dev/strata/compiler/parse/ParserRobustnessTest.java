package dev.strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.format.SchemaPrinter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, parsing ends with a model or with diagnostics, never with an exception, and a syntax error
 * is one diagnostic with a parser code and a position inside the file.
 */
class ParserRobustnessTest {

    private static final List<String> PIECES = List.of("core", "facade", "version", "1", "{", "}", "(", ")", "table",
            "t", "id", "bigint", "text", "not", "null", "default", "'x'", "check", "primary", "key", "unique", "index",
            "references", "on", "delete", "cascade", "view", "as", "$$ select 1 $$", "$$", "function", "returns",
            "grant", "select", "to", ",", ".", "::", "[", "]", ";", "-- c\n", "/*", "*/", "\"Q\"", "\"", "'", "E'\\'",
            "trigger", "before", "insert", "execute", "enum", "domain", "sequence", "start", "with", "-", "12.5", "\n");

    @Property(tries = 400)
    void anySequenceOfPiecesIsParsedOrReported(@ForAll("soup") String input) {
        var result = new StrataParser().parse("soup.strata", input);
        if (!result.hasErrors()) {
            readsBackAfterPrinting(result);
            return;
        }
        var syntax = result.diagnostics().stream().filter(d -> d.code().startsWith("S01")).toList();
        assertThat(syntax.size()).isLessThanOrEqualTo(1);
        for (var d : result.diagnostics()) {
            assertThat(d.span().start()).isBetween(0, input.length());
            assertThat(d.span().end()).isBetween(d.span().start(), input.length());
            assertThat(d.message()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void anyTextAtAllIsParsedOrReported(@ForAll String input) {
        var result = new StrataParser().parse("any.strata", input);
        if (!result.hasErrors()) {
            readsBackAfterPrinting(result);
            return;
        }
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isNotEmpty().allSatisfy(d -> {
            assertThat(d.code()).matches("S0[0-9]{3}");
            assertThat(d.span().file()).isEqualTo("any.strata");
            assertThat(d.span().start()).isBetween(0, input.length());
            assertThat(d.span().end()).isBetween(d.span().start(), input.length());
            assertThat(d.message()).isNotBlank();
        });
    }

    @Property(tries = 50)
    void brokenPiecesOfARealSchemaAreReportedAtTheirLine(@ForAll("cut") int cut) {
        String text = SHOP.substring(0, cut) + " )( " + SHOP.substring(cut);
        var result = new StrataParser().parse("shop.strata", text);
        assertThat(result.hasErrors()).isTrue();
        var first = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        int line = (int) SHOP.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        assertThat(first.span().line()).isGreaterThanOrEqualTo(Math.min(line, 2) - 1).isLessThanOrEqualTo(line + 2);
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(SHOP.indexOf('{') + 1, SHOP.lastIndexOf('}') - 1)
                .filter(i -> SHOP.charAt(i - 1) == '\n');
    }

    private static final String SHOP = """
            core {
              table customer {
                id bigint generated always as identity primary key
                email text not null unique
                note text
              }
            }
            """;

    /** An accepted text prints and reads back as the same schema (positions aside), and prints the same again. */
    private static void readsBackAfterPrinting(ParseResult result) {
        String printed = SchemaPrinter.print(result.unit());
        var again = new StrataParser().parse("printed.strata", printed);
        assertThat(again.diagnostics()).filteredOn(Diagnostic::isError).as(printed).isEmpty();
        assertThat(again.unit().blocks()).isEqualTo(result.unit().blocks());
        assertThat(SchemaPrinter.print(again.unit())).isEqualTo(printed);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join(" ", pieces));
    }
}
