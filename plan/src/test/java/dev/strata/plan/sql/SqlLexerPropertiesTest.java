package dev.strata.plan.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.plan.sql.SqlLexer.Kind;
import dev.strata.plan.sql.SqlLexer.Token;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lexer on random text, and on what the builder quotes: it reads back exactly what was written. */
class SqlLexerPropertiesTest {

    /** Text made mostly of the characters that matter to a lexer, so quotes, tags and comments meet often. */
    @Provide
    Arbitrary<String> sqlish() {
        return Arbitraries.strings().withChars("'\"$-/*\\eEuU&_ab1;.\n ()").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().all().ofMaxLength(30);
    }

    @Property(tries = 3000)
    void theTokensCoverTheTextWithoutGapOrOverlap(@ForAll("sqlish") String sql) {
        List<Token> tokens = SqlLexer.tokenize(sql);
        var joined = new StringBuilder();
        int line = 1;
        for (Token token : tokens) {
            assertThat(token.text()).isNotEmpty();
            assertThat(token.start()).isEqualTo(joined.length());
            assertThat(token.line()).isEqualTo(line);
            joined.append(token.text());
            line += (int) token.text().chars().filter(c -> c == '\n').count();
        }
        assertThat(joined.toString()).isEqualTo(sql);
    }

    @Property(tries = 1000)
    void anyTextTokenizes(@ForAll("anything") String sql) {
        assertThat(String.join("", SqlLexer.tokenize(sql).stream().map(Token::text).toList())).isEqualTo(sql);
    }

    @Property(tries = 2000)
    void aLiteralOfTheBuilderIsOneStringWithItsValue(@ForAll("sqlish") String value) {
        String sql = Sql.literal(value);
        List<Token> tokens = SqlLexer.tokenize(sql + " x");
        assertThat(tokens.get(0).kind()).isEqualTo(Kind.STRING);
        assertThat(tokens.get(0).text()).isEqualTo(sql);
        assertThat(tokens.get(0).value()).isEqualTo(value);
    }

    @Property(tries = 2000)
    void aQuotedNameOfTheBuilderIsOneIdentifierWithItsName(@ForAll("sqlish") String name) {
        String sql = Identifiers.quote(name);
        List<Token> tokens = SqlLexer.tokenize(sql + " x");
        assertThat(tokens.get(0).kind()).isEqualTo(Kind.QUOTED_IDENTIFIER);
        assertThat(tokens.get(0).text()).isEqualTo(sql);
        assertThat(tokens.get(0).value()).isEqualTo(name);
    }

    @Property(tries = 2000)
    void aDollarQuotedBodyOfTheBuilderIsOneStringWithItsBody(@ForAll("sqlish") String body) {
        for (String quoted : List.of(Sql.dollarQuoted(body), Sql.bodyQuoted(body))) {
            List<Token> tokens = SqlLexer.tokenize(quoted + " x");
            assertThat(tokens.get(0).kind()).isEqualTo(Kind.DOLLAR_STRING);
            assertThat(tokens.get(0).text()).isEqualTo(quoted);
            assertThat(tokens.get(0).value()).isEqualTo(body);
        }
    }

    @Property(tries = 1000)
    void quotedPiecesKeepTheirSemicolons(@ForAll("sqlish") String a, @ForAll("sqlish") String b) {
        String sql = Sql.of("SELECT").lit(a).comma().id(b).comma().dollar(a + ";" + b).build();
        long semicolons = SqlLexer.significant(sql).stream().filter(t -> t.is(";")).count();
        assertThat(semicolons).isEqualTo(1);
    }
}
