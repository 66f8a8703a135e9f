package dev.strata.compiler.planner;

import dev.strata.plan.sql.SqlLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identifiers of a piece of verbatim SQL, found lexically: unquoted words folded to lower case, quoted
 * identifiers as written, string literals and comments skipped, read with the one SQL lexer ({@link SqlLexer}). The
 * compiler does not parse SQL bodies; this is enough to find which core tables and columns a body mentions, erring
 * on the side of seeing too much.
 */
final class BodyScanner {

    /** The identifiers, plus {@code "*"} when the text has a star (select *, t.*), which reads every column. */
    static Set<String> identifiers(String sql) {
        var words = new HashSet<String>();
        for (Token token : tokens(sql)) {
            if (token.word() || token.text().equals("*")) {
                words.add(token.text());
            }
        }
        return words;
    }

    /**
     * The routines a piece of SQL calls: each identifier followed by an opening parenthesis, as {@code name}, or
     * as {@code schema.name} when it is qualified. A name that is only mentioned ({@code from core.sample}) is no
     * call: a table may share its name with a facade's function.
     */
    static Set<String> calls(String sql) {
        var calls = new HashSet<String>();
        List<Token> tokens = tokens(sql);
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token name = tokens.get(i);
            if (!name.word() || !tokens.get(i + 1).text().equals("(")) {
                continue;
            }
            boolean qualified = i >= 2 && tokens.get(i - 1).text().equals(".") && tokens.get(i - 2).word();
            calls.add(qualified ? tokens.get(i - 2).text() + "." + name.text() : name.text());
        }
        return calls;
    }

    /** An identifier (unquoted ones folded to lower case, quoted ones as written), or one other character. */
    private record Token(String text, boolean word) {
    }

    /**
     * The tokens of a piece of SQL, read with the one SQL lexer: string literals, comments and white space are left
     * out, operators come one character at a time, and a dollar-quoted string is read as SQL too (it is a body: a
     * {@code DO} block, an {@code EXECUTE}d statement), between two tokens for its tags.
     */
    private static List<Token> tokens(String sql) {
        var tokens = new ArrayList<Token>();
        if (sql != null) {
            collect(sql, tokens);
        }
        return tokens;
    }

    private static void collect(String sql, List<Token> tokens) {
        for (SqlLexer.Token token : SqlLexer.significant(sql)) {
            switch (token.kind()) {
                case STRING -> {
                }
                case WORD -> tokens.add(new Token(token.text().toLowerCase(Locale.ROOT), true));
                case QUOTED_IDENTIFIER -> tokens.add(new Token(token.value(), true));
                case DOLLAR_STRING -> {
                    tokens.add(new Token(token.dollarTag(), false));
                    collect(token.value(), tokens);
                    tokens.add(new Token(token.dollarTag(), false));
                }
                case OPERATOR -> token.text().chars()
                        .forEach(c -> tokens.add(new Token(String.valueOf((char) c), false)));
                default -> tokens.add(new Token(token.text(), false));
            }
        }
    }

    /**
     * The string literals of a piece of SQL, unescaped, those inside dollar-quoted bodies included; used to see
     * whether a new enum label is used.
     */
    static Set<String> literals(String sql) {
        var literals = new HashSet<String>();
        if (sql != null) {
            collectLiterals(sql, literals);
        }
        return literals;
    }

    private static void collectLiterals(String sql, Set<String> literals) {
        for (SqlLexer.Token token : SqlLexer.significant(sql)) {
            if (token.kind() == SqlLexer.Kind.STRING) {
                literals.add(token.value());
            } else if (token.kind() == SqlLexer.Kind.DOLLAR_STRING) {
                collectLiterals(token.value(), literals);
            }
        }
    }

    private BodyScanner() {
    }
}
