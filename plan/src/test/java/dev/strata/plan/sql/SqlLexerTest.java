package dev.strata.plan.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.plan.sql.SqlLexer.Kind;
import dev.strata.plan.sql.SqlLexer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<String> texts(String sql) {
        return SqlLexer.tokenize(sql).stream().map(Token::text).toList();
    }

    private static List<Kind> kinds(String sql) {
        return SqlLexer.significant(sql).stream().map(Token::kind).toList();
    }

    private static Token only(String sql) {
        List<Token> tokens = SqlLexer.tokenize(sql);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void aStatementInTokens() {
        assertThat(texts("SELECT a.b, \"C\"(1) FROM t WHERE x >= $1;"))
                .containsExactly("SELECT", " ", "a", ".", "b", ",", " ", "\"C\"", "(", "1", ")", " ", "FROM", " ", "t",
                        " ", "WHERE", " ", "x", " ", ">=", " ", "$1", ";");
        assertThat(kinds("SELECT a.b, \"C\"(1) FROM t WHERE x >= $1;")).containsExactly(Kind.WORD, Kind.WORD,
                Kind.PUNCTUATION, Kind.WORD, Kind.PUNCTUATION, Kind.QUOTED_IDENTIFIER, Kind.PUNCTUATION, Kind.NUMBER,
                Kind.PUNCTUATION, Kind.WORD, Kind.WORD, Kind.WORD, Kind.WORD, Kind.OPERATOR, Kind.PARAMETER,
                Kind.PUNCTUATION);
    }

    @Test
    void lineCommentsEndAtTheEndOfTheLine() {
        assertThat(texts("a -- b; 'c\nd")).containsExactly("a", " ", "-- b; 'c", "\n", "d");
        assertThat(SqlLexer.tokenize("a -- b; 'c\nd").get(4).line()).isEqualTo(2);
        assertThat(texts("-- only")).containsExactly("-- only");
    }

    @Test
    void blockCommentsNest() {
        assertThat(texts("a /* b /* c */ d; */ e")).containsExactly("a", " ", "/* b /* c */ d; */", " ", "e");
        assertThat(only("/* never closed /* */").kind()).isEqualTo(Kind.BLOCK_COMMENT);
    }

    @Test
    void stringsKeepDoubledQuotesAndEscapeStringsBackslashes() {
        assertThat(only("'it''s; fine'").value()).isEqualTo("it's; fine");
        assertThat(only("E'it\\'s'").value()).isEqualTo("it's");
        assertThat(only("e'a\\\\b\\n\\t\\x41\\101\\u00e9'").value()).isEqualTo("a\\b\n\tAA\u00e9");
        assertThat(only("'a\\'").value()).as("a backslash escapes nothing in a standard string").isEqualTo("a\\");
        assertThat(only("U&'d\\0061t\\+000061'").value()).isEqualTo("data");
        assertThat(only("X'1F'").kind()).isEqualTo(Kind.STRING);
        assertThat(only("N'x'").value()).isEqualTo("x");
        assertThat(only("'never closed; ").value()).isEqualTo("never closed; ");
        assertThat(texts("xe'a'")).as("a word that ends in e is no prefix").containsExactly("xe", "'a'");
    }

    @Test
    void dollarQuotedStringsWithAndWithoutTags() {
        Token plain = only("$$ a; 'b $$");
        assertThat(plain.kind()).isEqualTo(Kind.DOLLAR_STRING);
        assertThat(plain.value()).isEqualTo(" a; 'b ");
        assertThat(plain.dollarTag()).isEqualTo("$$");
        Token tagged = only("$body$ $$ inner $$ $body$");
        assertThat(tagged.value()).isEqualTo(" $$ inner $$ ");
        assertThat(tagged.dollarTag()).isEqualTo("$body$");
        assertThat(texts("$a$x$b$y$a$;")).containsExactly("$a$x$b$y$a$", ";");
        assertThat(only("$t$ unterminated").value()).isEqualTo(" unterminated");
    }

    @Test
    void aDollarSignIsAParameterOrPartOfAWordOrPunctuation() {
        assertThat(texts("$1$")).containsExactly("$1", "$");
        assertThat(texts("a$b$ c")).as("a dollar inside a word").containsExactly("a$b$", " ", "c");
        assertThat(texts("$1 $")).containsExactly("$1", " ", "$");
        assertThat(SqlLexer.tokenize("$12").get(0).kind()).isEqualTo(Kind.PARAMETER);
    }

    @Test
    void quotedIdentifiers() {
        assertThat(only("\"Full \"\"Name\"\"\"").value()).isEqualTo("Full \"Name\"");
        assertThat(only("U&\"d\\0061t\"").value()).isEqualTo("dat");
        assertThat(only("\"odd)name").kind()).isEqualTo(Kind.QUOTED_IDENTIFIER);
    }

    @Test
    void wordsFoldToLowerCaseAsPostgresqlFoldsThem() {
        assertThat(only("Customer_ID$2").value()).isEqualTo("customer_id$2");
        assertThat(only("Über").value()).isEqualTo("Über");
        assertThat(only("SELECT").isWord("select")).isTrue();
    }

    @Test
    void numbers() {
        assertThat(texts("1 1.5 .5 1e10 2.5E-3 1_000 0x1F 0o17 0b101 1.")).filteredOn(t -> !t.isBlank())
                .containsExactly("1", "1.5", ".5", "1e10", "2.5E-3", "1_000", "0x1F", "0o17", "0b101", "1.");
        assertThat(texts("1..10")).as("as PostgreSQL reads it").containsExactly("1", ".", ".10");
        assertThat(texts("1e")).containsExactly("1", "e");
    }

    @Test
    void operatorsSplitTheWayPostgresqlSplitsThem() {
        assertThat(texts("a*-1")).containsExactly("a", "*", "-", "1");
        assertThat(texts("a@-1")).as("a non-math operator keeps its minus").containsExactly("a", "@-", "1");
        assertThat(texts("a<>b||c")).containsExactly("a", "<>", "b", "||", "c");
        assertThat(texts("a+--b\nc")).containsExactly("a", "+", "--b", "\n", "c");
        assertThat(texts("a*/*c*/b")).containsExactly("a", "*", "/*c*/", "b");
        assertThat(texts("x::int := t.*")).containsExactly("x", "::", "int", " ", ":=", " ", "t", ".", "*");
    }

    @Test
    void tokensKnowWhereTheyStartAndOnWhichLine() {
        List<Token> tokens = SqlLexer.tokenize("a\n'b\nc'\nd");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 1, 2, 3, 4);
        assertThat(tokens).extracting(Token::start).containsExactly(0, 1, 2, 7, 8);
        assertThat(tokens.get(2).end()).isEqualTo(7);
    }

    @Test
    void nothingForNothing() {
        assertThat(SqlLexer.tokenize("")).isEmpty();
        assertThat(SqlLexer.tokenize(null)).isEmpty();
    }
}
