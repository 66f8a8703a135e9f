package dev.strata.compiler.parse;

import dev.strata.grammar.StrataParser.BodyContext;
import dev.strata.grammar.StrataParser.ParenExprContext;
import dev.strata.grammar.StrataParser.TermContext;
import org.antlr.v4.runtime.misc.Interval;

/** SQL that Strata keeps as written, cut out of the character stream rather than rebuilt from tokens. */
final class Verbatim {

    private final Source source;

    Verbatim(Source source) {
        this.source = source;
    }

    /** A default value: the term exactly as written, casts included. */
    String term(TermContext ctx) {
        return source.text(ctx);
    }

    /** The SQL between the outer parentheses, without the white space that only pads it. */
    String inside(ParenExprContext ctx) {
        return source.textBetween(ctx.start, ctx.stop).strip();
    }

    /** The text between the {@code $$} markers, every character kept. */
    String body(BodyContext ctx) {
        var token = ctx.DOLLAR_BODY().getSymbol();
        int from = token.getStartIndex() + 2;
        int to = token.getStopIndex() - 2;
        return to < from ? "" : source.chars().getText(Interval.of(from, to));
    }
}
