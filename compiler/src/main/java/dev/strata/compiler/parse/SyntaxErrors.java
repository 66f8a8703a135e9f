package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.IDENTIFIER;
import static dev.strata.grammar.StrataParser.LBRACE;
import static dev.strata.grammar.StrataParser.LPAREN;
import static dev.strata.grammar.StrataParser.OTHER;
import static dev.strata.grammar.StrataParser.RBRACE;
import static dev.strata.grammar.StrataParser.RPAREN;
import static dev.strata.grammar.StrataParser.RULE_domainDecl;
import static dev.strata.grammar.StrataParser.RULE_collationDecl;
import static dev.strata.grammar.StrataParser.RULE_enumDecl;
import static dev.strata.grammar.StrataParser.RULE_extensionDecl;
import static dev.strata.grammar.StrataParser.RULE_functionDecl;
import static dev.strata.grammar.StrataParser.RULE_grantDecl;
import static dev.strata.grammar.StrataParser.RULE_nonReserved;
import static dev.strata.grammar.StrataParser.RULE_procedureDecl;
import static dev.strata.grammar.StrataParser.RULE_sequenceDecl;
import static dev.strata.grammar.StrataParser.RULE_tableDecl;
import static dev.strata.grammar.StrataParser.RULE_viewDecl;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.grammar.StrataParser.ParenExprContext;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;

/**
 * Turns the first syntax error of a file into one diagnostic a person can act on: what was expected in words,
 * what was found, where, and a hint. Lexical problems (an unterminated body, string, comment or quoted name) and
 * a few common slips have their own codes.
 */
final class SyntaxErrors {

    private static final Set<Integer> DECLARATIONS = Set.of(RULE_extensionDecl, RULE_collationDecl, RULE_enumDecl,
            RULE_domainDecl, RULE_sequenceDecl, RULE_tableDecl, RULE_viewDecl, RULE_functionDecl, RULE_procedureDecl,
            RULE_grantDecl);

    private final Source source;
    private final ATN atn;
    private final VisibleTokens tokens;
    private final SyntaxStop stop;

    SyntaxErrors(Source source, ATN atn, VisibleTokens tokens, SyntaxStop stop) {
        this.source = source;
        this.atn = atn;
        this.tokens = tokens;
        this.stop = stop;
    }

    Diagnostic describe() {
        var result = expectation(tokens);
        var at = result.position() >= 0 ? tokens.get(result.position()) : stop.cause.getOffendingToken();
        var lexical = LexicalProblems.first(tokens);
        if (lexical != null && lexical.getTokenIndex() <= at.getTokenIndex()) {
            return LexicalProblems.describe(lexical, source);
        }
        var open = unclosedParenthesis(stop.cause.getCtx());
        if (at.getType() == Token.EOF && open != null) {
            return error(SyntaxCode.UNBALANCED_PARENTHESIS, open, "this '(' is never closed",
                    "add the missing ')'; Strata reads SQL up to the matching ')', and parentheses inside strings "
                            + "and comments do not count");
        }
        if (at.getType() == RPAREN && closesNothing(at)) {
            return error(SyntaxCode.UNBALANCED_PARENTHESIS, at, "this ')' has no matching '('",
                    "remove it, or add the '(' it was meant to close");
        }
        if (at.getType() == OTHER && at.getText().equals(";")) {
            return error(SyntaxCode.SEMICOLON, at, "unexpected ';'",
                    "Strata declarations do not end with ';'; remove it");
        }
        return unexpected(at, result.expected());
    }

    private Diagnostic unexpected(Token at, List<Expected> expected) {
        var message = "expected " + inWords(expected) + ", found " + Words.found(at);
        if (expected.size() == 1 && expected.get(0).text().equals("a $$-quoted body")) {
            return error(SyntaxCode.BODY_NOT_DOLLAR_QUOTED, at, message, SyntaxHints.forBody(at));
        }
        var name = expected.stream().filter(Expected::name).findFirst();
        if (name.isPresent() && isReserved(at) && parsesFurtherAsName(at)) {
            var word = at.getText().toLowerCase(Locale.ROOT);
            var what = name.get().text().replaceFirst("^(a|an|the) ", "");
            return error(SyntaxCode.RESERVED_WORD, at, "'" + word + "' is a reserved word and cannot be used as "
                    + article(what) + " without quotes", "write it in double quotes to use it as a name: \"" + word
                    + "\"");
        }
        var hint = new SyntaxHints(tokens).forUnexpected(at, expected, stop.cause.getCtx());
        var diagnostic = error(SyntaxCode.UNEXPECTED_INPUT, at, message, hint);
        var open = at.getType() == Token.EOF ? unclosedBrace() : null;
        return open == null ? diagnostic : diagnostic.withNote(source.span(open), "this '{' is not closed");
    }

    /**
     * What was expected, analysed from the start of the declaration the error is in: the parser may have committed
     * to one reading of earlier tokens (a column named {@code renamed}) when another reading (the option
     * {@code renamed from}) explains the error better. Outside declarations, or when the declaration is too long
     * to walk again, from where the parser stopped.
     */
    private ExpectationAnalyzer.Result expectation(VisibleTokens seen) {
        var declaration = enclosingDeclaration(stop.cause.getCtx());
        if (declaration != null) {
            var start = atn.ruleToStartState[declaration.getRuleIndex()].stateNumber;
            var whole = new ExpectationAnalyzer(atn, seen.list())
                    .analyze(start, declaration, seen.position(declaration.start.getTokenIndex()));
            if (whole.complete()) {
                return whole;
            }
        }
        return new ExpectationAnalyzer(atn, seen.list())
                .analyze(stop.state, stop.context, seen.position(stop.tokenIndex));
    }

    private static ParserRuleContext enclosingDeclaration(RuleContext context) {
        for (var c = context; c != null; c = c.parent) {
            if (DECLARATIONS.contains(c.getRuleIndex())) {
                return (ParserRuleContext) c;
            }
        }
        return null;
    }

    private boolean isReserved(Token token) {
        return Words.isKeyword(token.getType())
                && !atn.nextTokens(atn.ruleToStartState[RULE_nonReserved]).contains(token.getType());
    }

    /**
     * Whether the parser would have got past the reserved word, and two tokens further, had it been a name: then
     * the word was meant as a name. Otherwise something before it is missing ({@code language as}, or the '}'
     * before {@code table b {}).
     */
    private boolean parsesFurtherAsName(Token at) {
        return expectation(tokens.retyped(at, IDENTIFIER)).position() > tokens.position(at.getTokenIndex()) + 2;
    }

    /** The '(' of the innermost verbatim expression the parser was still inside. */
    private static Token unclosedParenthesis(RuleContext context) {
        for (var c = context; c != null; c = c.parent) {
            if (c instanceof ParenExprContext paren) {
                return paren.start;
            }
        }
        return null;
    }

    private boolean closesNothing(Token close) {
        int depth = 0;
        for (var token : tokens.list()) {
            if (token.getType() == LPAREN) {
                depth++;
            } else if (token.getType() == RPAREN) {
                depth--;
            }
            if (token == close) {
                return depth < 0;
            }
        }
        return false;
    }

    /** The innermost '{' left open at the end of the file. */
    private Token unclosedBrace() {
        var open = new ArrayDeque<Token>();
        for (var token : tokens.list()) {
            if (token.getType() == LBRACE) {
                open.push(token);
            } else if (token.getType() == RBRACE && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    private Diagnostic error(SyntaxCode code, Token at, String message, String hint) {
        return Diagnostic.error(code.code(), source.span(at), message, hint);
    }

    static String inWords(List<Expected> expected) {
        var texts = expected.stream().map(Expected::text).toList();
        if (texts.isEmpty()) {
            return "something else";
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
