package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.LBRACKET;
import static dev.strata.grammar.StrataParser.LPAREN;
import static dev.strata.grammar.StrataParser.RBRACKET;
import static dev.strata.grammar.StrataParser.RPAREN;

import dev.strata.compiler.diag.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A limit on how deeply parentheses and brackets nest. The parser recurses once per level, so without a limit a
 * generated file with a hundred thousand '(' would exhaust the stack; with it, the answer does not depend on the
 * stack size of the thread that parses.
 */
final class Nesting {

    static final int MAX_DEPTH = 1000;

    private Nesting() {
    }

    /** The first '(' or '[' nested deeper than {@link #MAX_DEPTH}, or null. */
    static Token tooDeep(List<Token> tokens) {
        int depth = 0;
        for (var token : tokens) {
            int type = token.getType();
            if (type == LPAREN || type == LBRACKET) {
                if (++depth > MAX_DEPTH) {
                    return token;
                }
            } else if ((type == RPAREN || type == RBRACKET) && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    static Diagnostic diagnostic(Source source, Token at) {
        return Diagnostic.error(SyntaxCode.NESTING_TOO_DEEP.code(), source.span(at),
                "parentheses are nested more than " + MAX_DEPTH + " levels deep",
                "simplify the expression; PostgreSQL would also refuse an expression nested this deeply");
    }
}
