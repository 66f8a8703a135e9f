package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.EMPTY_QUOTED_IDENTIFIER;
import static dev.strata.grammar.StrataParser.UNTERMINATED_BLOCK_COMMENT;
import static dev.strata.grammar.StrataParser.UNTERMINATED_BODY;
import static dev.strata.grammar.StrataParser.UNTERMINATED_QUOTED_IDENTIFIER;
import static dev.strata.grammar.StrataParser.UNTERMINATED_STRING;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Text the lexer could not make a proper token of: a body, string, comment or quoted name that never closes (the
 * lexer turns the rest of the file into one token), and the empty quoted name {@code ""}.
 */
final class LexicalProblems {

    private static final Set<Integer> PROBLEMS = Set.of(UNTERMINATED_BODY, UNTERMINATED_STRING,
            UNTERMINATED_BLOCK_COMMENT, UNTERMINATED_QUOTED_IDENTIFIER, EMPTY_QUOTED_IDENTIFIER);

    private LexicalProblems() {
    }

    static Token first(VisibleTokens tokens) {
        for (var token : tokens.list()) {
            if (PROBLEMS.contains(token.getType())) {
                return token;
            }
        }
        return null;
    }

    /** The diagnostic, pointing at the opening marker rather than at everything up to the end of the file. */
    static Diagnostic describe(Token token, Source source) {
        switch (token.getType()) {
            case UNTERMINATED_BODY:
                return error(SyntaxCode.UNTERMINATED_BODY, opening(token, 2, source), "this $$ body is never closed",
                        "end the body with $$; a body cannot contain $$ itself");
            case UNTERMINATED_STRING:
                return error(SyntaxCode.UNTERMINATED_STRING,
                        opening(token, token.getText().startsWith("'") ? 1 : 2, source),
                        "this string is never closed", "end it with ' (write '' for a quote inside the string)");
            case UNTERMINATED_BLOCK_COMMENT:
                return error(SyntaxCode.UNTERMINATED_COMMENT, opening(token, 2, source), "this comment is never closed",
                        "end it with */");
            case UNTERMINATED_QUOTED_IDENTIFIER:
                return error(SyntaxCode.UNTERMINATED_QUOTED_NAME, opening(token, 1, source),
                        "this quoted name is never closed", "end it with \" (write \"\" for a quote inside the name)");
            default:
                return error(SyntaxCode.EMPTY_QUOTED_NAME, source.span(token), "a quoted name cannot be empty",
                        "write a name between the quotes, or remove them");
        }
    }

    private static Span opening(Token token, int length, Source source) {
        var whole = source.span(token);
        return source.spanOfOffsets(whole.start(), whole.start() + length);
    }

    private static Diagnostic error(SyntaxCode code, Span span, String message, String hint) {
        return Diagnostic.error(code.code(), span, message, hint);
    }
}
