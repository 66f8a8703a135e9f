package dev.strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(result.unit()).isNotNull();
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join(" ", pieces));
    }
}
