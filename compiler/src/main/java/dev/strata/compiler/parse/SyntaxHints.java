package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.COMMA;
import static dev.strata.grammar.StrataParser.CORE;
import static dev.strata.grammar.StrataParser.DOMAIN;
import static dev.strata.grammar.StrataParser.COLLATION;
import static dev.strata.grammar.StrataParser.ENUM;
import static dev.strata.grammar.StrataParser.EQUALS;
import static dev.strata.grammar.StrataParser.EXTENSION;
import static dev.strata.grammar.StrataParser.IDENTIFIER;
import static dev.strata.grammar.StrataParser.LPAREN;
import static dev.strata.grammar.StrataParser.MINUS;
import static dev.strata.grammar.StrataParser.OTHER;
import static dev.strata.grammar.StrataParser.SEQUENCE;
import static dev.strata.grammar.StrataParser.STRING;
import static dev.strata.grammar.StrataParser.TABLE;

import dev.strata.grammar.StrataParser.TermContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/** Hints for common slips behind an unexpected token: what the author probably meant, and how to write it. */
final class SyntaxHints {

    private static final Set<Integer> CORE_ONLY = Set.of(TABLE, ENUM, DOMAIN, SEQUENCE, EXTENSION, COLLATION);

    private static final Set<String> SQL_STATEMENTS = Set.of("create", "alter", "drop", "insert", "update",
            "delete", "select", "begin", "commit");

    private final VisibleTokens tokens;

    SyntaxHints(VisibleTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A hint for finding {@code at} where {@code expected} was expected: a likely slip if one is recognised,
     * otherwise how the construct around it is written.
     */
    String forUnexpected(Token at, List<Expected> expected, RuleContext context) {
        var texts = expected.stream().map(Expected::text).collect(Collectors.toSet());
        var suggestion = Spelling.closest(at.getText(), texts);
        if (suggestion != null) {
            return "did you mean " + suggestion + "?";
        }
        if (texts.contains("'core'") && SQL_STATEMENTS.contains(at.getText().toLowerCase(Locale.ROOT))) {
            return "Strata declares what the schema is rather than how to change it: write table NAME { … } "
                    + "inside core { … } instead of SQL statements";
        }
        if (texts.contains("'core'") && at.getType() != CORE) {
            return "declarations go inside a block: core { … } or facade NAME version N { … }";
        }
        if (texts.contains("a column name") && CORE_ONLY.contains(at.getType())) {
            return "is a '}' missing before it? The table above is not closed";
        }
        if (texts.contains("'grant'") && CORE_ONLY.contains(at.getType())) {
            return "a facade holds views, functions, procedures and grants; declare "
                    + at.getText().toLowerCase(Locale.ROOT) + "s in core { … }";
        }
        if (at.getType() == LPAREN && texts.contains("an operator class")) {
            return "an expression in an index goes in its own parentheses, for example index ((lower(email)))";
        }
        if (at.getType() == COMMA && texts.contains("a column option")) {
            return "columns are not separated by commas in Strata; remove the ','";
        }
        if ((at.getType() == OTHER || at.getType() == EQUALS || at.getType() == MINUS) && followsTerm(at, context)) {
            return "a default that is more than one value must be in parentheses, for example default (price * 2)";
        }
        if (texts.contains("a column type") && Words.isKeyword(at.getType()) && startsColumnMidLine(at)) {
            return "'" + tokens.before(at).getText() + "' was read as the name of a new column; if it was meant as "
                    + "an option of the column before it, check its spelling";
        }
        if (texts.equals(Set.of("a parenthesised SQL expression"))) {
            return "SQL expressions are written in parentheses, for example check (price >= 0)";
        }
        return SyntaxShapes.around(context, at);
    }

    /** A hint for a body that is not between {@code $$} markers. */
    static String forBody(Token at) {
        if (at.getType() == STRING) {
            return "write the body between $$ markers instead of quotes: as $$ … $$";
        }
        if (at.getText().startsWith("$")) {
            return "write the body between $$ markers: as $$ … $$ (tagged quotes such as $body$ are not supported)";
        }
        return "write the SQL between $$ markers, for example as $$ select 1 $$";
    }

    /** Whether the token before {@code at} ends a default value, so {@code at} continues an expression. */
    private boolean followsTerm(Token at, RuleContext context) {
        var before = tokens.before(at);
        if (before == null) {
            return false;
        }
        var root = context;
        while (root != null && root.parent != null) {
            root = root.parent;
        }
        for (ParseTree node = root; node != null && node.getChildCount() > 0;
                node = node.getChild(node.getChildCount() - 1)) {
            if (node instanceof TermContext term && term.stop != null
                    && term.stop.getTokenIndex() == before.getTokenIndex()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code at} was written on the same line as the token before it. */
    private boolean startsColumnMidLine(Token at) {
        var name = tokens.before(at);
        var beforeName = name == null ? null : tokens.before(name);
        return beforeName != null && name.getType() == IDENTIFIER && beforeName.getLine() == name.getLine();
    }
}
