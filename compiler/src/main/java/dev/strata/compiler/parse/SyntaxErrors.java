package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.*;

import dev.strata.compiler.diag.Diagnostic;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the first syntax error of a file into one diagnostic a person can act on: what was expected in words,
 * what was found, where, and a hint. Lexical problems (an unterminated body, string, comment or quoted name) and
 * a few common slips have their own codes.
 */
final class SyntaxErrors {

    private static final Set<Integer> DECLARATIONS = Set.of(RULE_extensionDecl, RULE_enumDecl, RULE_domainDecl,
            RULE_sequenceDecl, RULE_tableDecl, RULE_viewDecl, RULE_functionDecl, RULE_procedureDecl, RULE_grantDecl);

    private static final Set<Integer> CORE_ONLY = Set.of(TABLE, ENUM, DOMAIN, SEQUENCE, EXTENSION);

    private static final Set<Integer> LEXICAL_PROBLEMS = Set.of(UNTERMINATED_BODY, UNTERMINATED_STRING,
            UNTERMINATED_BLOCK_COMMENT, UNTERMINATED_QUOTED_IDENTIFIER, EMPTY_QUOTED_IDENTIFIER);

    private final Source source;
    private final ATN atn;
    private final List<Token> tokens;
    private SyntaxStop stop;

    /** {@code tokens}: the tokens the parser sees (default channel), ending with EOF. */
    SyntaxErrors(Source source, ATN atn, List<Token> tokens) {
        this.source = source;
        this.atn = atn;
        this.tokens = tokens;
    }

    Diagnostic describe(SyntaxStop stop) {
        this.stop = stop;
        var result = expectation(tokens);
        int offending = position(stop.cause.getOffendingToken().getTokenIndex());
        var at = tokens.get(result.position() >= 0 ? result.position() : offending);
        var lexical = firstLexicalProblem();
        if (lexical != null && lexical.getTokenIndex() <= at.getTokenIndex()) {
            return lexical(lexical);
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
        return unexpected(at, result.expected(), stop.cause.getCtx());
    }

    private Diagnostic unexpected(Token at, List<Expected> expected, RuleContext context) {
        var message = "expected " + inWords(expected) + ", found " + Words.found(at);
        if (expected.size() == 1 && expected.get(0).text().equals("a $$-quoted body")) {
            return error(SyntaxCode.BODY_NOT_DOLLAR_QUOTED, at, message, bodyHint(at));
        }
        var name = expected.stream().filter(Expected::name).findFirst();
        if (name.isPresent() && isReserved(at) && parsesFurtherAsName(at)) {
            var word = at.getText().toLowerCase(java.util.Locale.ROOT);
            var what = name.get().text().replaceFirst("^(a|an|the) ", "");
            return error(SyntaxCode.RESERVED_WORD, at, "'" + word + "' is a reserved word and cannot be " + "used as "
                    + article(what) + " without quotes", "write it in double quotes to use it as a name: \"" + word
                    + "\"");
        }
        var diagnostic = error(SyntaxCode.UNEXPECTED_INPUT, at, message, hint(at, expected, context));
        var open = at.getType() == Token.EOF ? unclosedBrace() : null;
        return open == null ? diagnostic : diagnostic.withNote(source.span(open), "this '{' is not closed");
    }

    /**
     * What was expected, analysed from the start of the declaration the error is in: the parser may have committed
     * to one reading of earlier tokens (a column named {@code renamed}) when another reading (the option
     * {@code renamed from}) explains the error better. Outside declarations, or when the declaration is too long
     * to walk again, from where the parser stopped.
     */
    private ExpectationAnalyzer.Result expectation(List<Token> seen) {
        var declaration = enclosingDeclaration(stop.cause.getCtx());
        if (declaration != null) {
            var whole = new ExpectationAnalyzer(atn, seen).analyze(atn.ruleToStartState[declaration.getRuleIndex()]
                    .stateNumber, declaration, position(declaration.start.getTokenIndex()));
            if (whole.complete()) {
                return whole;
            }
        }
        return new ExpectationAnalyzer(atn, seen).analyze(stop.state, stop.context, position(stop.tokenIndex));
    }

    private static ParserRuleContext enclosingDeclaration(RuleContext context) {
        for (var c = context; c != null; c = c.parent) {
            if (DECLARATIONS.contains(c.getRuleIndex())) {
                return (ParserRuleContext) c;
            }
        }
        return null;
    }

    /**
     * Whether the parser would have got past the reserved word, and at least one token further, had it been a
     * name: then the word was meant as a name. Otherwise something before it is missing ({@code language as}).
     */
    private boolean parsesFurtherAsName(Token at) {
        int position = position(at.getTokenIndex());
        var asName = new java.util.ArrayList<>(tokens);
        var name = new org.antlr.v4.runtime.CommonToken(at);
        name.setType(IDENTIFIER);
        asName.set(position, name);
        return expectation(asName).position() > position + 1;
    }

    /** The innermost '{' left open at the end of the file. */
    private Token unclosedBrace() {
        var open = new java.util.ArrayDeque<Token>();
        for (var token : tokens) {
            if (token.getType() == LBRACE) {
                open.push(token);
            } else if (token.getType() == RBRACE && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    private String hint(Token at, List<Expected> expected, RuleContext context) {
        var texts = expected.stream().map(Expected::text).collect(Collectors.toSet());
        var suggestion = Spelling.closest(at.getText(), texts);
        if (suggestion != null) {
            return "did you mean " + suggestion + "?";
        }
        if (texts.contains("'core'") && Words.isKeyword(at.getType()) && at.getType() != CORE) {
            return "declarations go inside a block: core { … } or facade NAME version N { … }";
        }
        if (texts.contains("'grant'") && CORE_ONLY.contains(at.getType())) {
            return "a facade holds views, functions, procedures and grants; declare " + at.getText().toLowerCase(
                    java.util.Locale.ROOT) + "s in core { … }";
        }
        if (at.getType() == LPAREN && texts.contains("an operator class")) {
            return "an expression in an index goes in its own parentheses, for example index ((lower(email)))";
        }
        if (at.getType() == COMMA && texts.contains("a column option")) {
            return "columns are not separated by commas in Strata; remove the ','";
        }
        if ((at.getType() == OTHER || at.getType() == MINUS) && followsTerm(at, context)) {
            return "a default that is more than one value must be in parentheses, for example default (price * 2)";
        }
        if (texts.contains("a column type") && previousStartsColumn(at)) {
            var name = tokens.get(position(at.getTokenIndex()) - 1).getText();
            return "'" + name + "' was read as the name of a new column; if it was meant as an option of the "
                    + "column before it, check its spelling";
        }
        if (texts.contains("a parenthesised SQL expression")) {
            return "SQL expressions are written in parentheses, for example check (price >= 0)";
        }
        return null;
    }

    private static String bodyHint(Token at) {
        if (at.getType() == STRING) {
            return "write the body between $$ markers instead of quotes: as $$ … $$";
        }
        if (at.getText().startsWith("$")) {
            return "write the body between $$ markers: as $$ … $$ (tagged quotes such as $body$ are not supported)";
        }
        return "write the SQL between $$ markers, for example as $$ select 1 $$";
    }

    private Diagnostic lexical(Token token) {
        switch (token.getType()) {
            case UNTERMINATED_BODY:
                return error(SyntaxCode.UNTERMINATED_BODY, firstChars(token, 2), "this $$ body is never closed",
                        "end the body with $$; a body cannot contain $$ itself");
            case UNTERMINATED_STRING:
                return error(SyntaxCode.UNTERMINATED_STRING, firstChars(token, token.getText().startsWith("'") ? 1 : 2),
                        "this string is never closed", "end it with ' (write '' for a quote inside the string)");
            case UNTERMINATED_BLOCK_COMMENT:
                return error(SyntaxCode.UNTERMINATED_COMMENT, firstChars(token, 2), "this comment is never closed",
                        "end it with */");
            case UNTERMINATED_QUOTED_IDENTIFIER:
                return error(SyntaxCode.UNTERMINATED_QUOTED_NAME, firstChars(token, 1),
                        "this quoted name is never closed", "end it with \" (write \"\" for a quote inside the name)");
            default:
                return error(SyntaxCode.EMPTY_QUOTED_NAME, token, "a quoted name cannot be empty",
                        "write a name between the quotes, or remove them");
        }
    }

    private Token firstLexicalProblem() {
        for (var token : tokens) {
            if (LEXICAL_PROBLEMS.contains(token.getType())) {
                return token;
            }
        }
        return null;
    }

    /** The '(' of the innermost verbatim expression the parser was still inside. */
    private static Token unclosedParenthesis(RuleContext context) {
        for (var c = context; c != null; c = c.parent) {
            if ((c instanceof ParenExprContext || c instanceof BalancedContext)
                    && ((ParserRuleContext) c).start.getType() == LPAREN) {
                return ((ParserRuleContext) c).start;
            }
        }
        return null;
    }

    private boolean closesNothing(Token close) {
        int depth = 0;
        for (var token : tokens) {
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

    private boolean isReserved(Token token) {
        if (!Words.isKeyword(token.getType())) {
            return false;
        }
        IntervalSet nonReserved = atn.nextTokens(atn.ruleToStartState[RULE_nonReserved]);
        return !nonReserved.contains(token.getType());
    }

    /** Whether the token right before {@code at} ends a default value (so {@code at} continues an expression). */
    private boolean followsTerm(Token at, RuleContext context) {
        int before = position(at.getTokenIndex()) - 1;
        if (before < 0) {
            return false;
        }
        var root = context;
        while (root != null && root.parent != null) {
            root = root.parent;
        }
        for (ParseTree node = root; node != null && node.getChildCount() > 0;
                node = node.getChild(node.getChildCount() - 1)) {
            if (node instanceof TermContext term && term.stop != null
                    && term.stop.getTokenIndex() == tokens.get(before).getTokenIndex()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token before {@code at} is a word written on the same line as the token before it. */
    private boolean previousStartsColumn(Token at) {
        int previous = position(at.getTokenIndex()) - 1;
        if (previous < 1) {
            return false;
        }
        var name = tokens.get(previous);
        return name.getType() == IDENTIFIER && tokens.get(previous - 1).getLine() == name.getLine();
    }

    private int position(int tokenIndex) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).getTokenIndex() < tokenIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Diagnostic error(SyntaxCode code, Token at, String message, String hint) {
        return Diagnostic.error(code.code(), source.span(at), message, hint);
    }

    private Diagnostic error(SyntaxCode code, dev.strata.compiler.diag.Span span, String message, String hint) {
        return Diagnostic.error(code.code(), span, message, hint);
    }

    private dev.strata.compiler.diag.Span firstChars(Token token, int count) {
        var whole = source.span(token);
        return source.spanOfOffsets(whole.start(), whole.start() + count);
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
