package dev.strata.compiler.parse;

import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.TypeRef;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.IdentityOptionsContext;
import dev.strata.grammar.StrataParser.SeqCacheContext;
import dev.strata.grammar.StrataParser.SeqCommentContext;
import dev.strata.grammar.StrataParser.SeqCycleContext;
import dev.strata.grammar.StrataParser.SeqIncrementContext;
import dev.strata.grammar.StrataParser.SeqMaxContext;
import dev.strata.grammar.StrataParser.SeqMinContext;
import dev.strata.grammar.StrataParser.SeqOwnedByContext;
import dev.strata.grammar.StrataParser.SeqStartContext;
import dev.strata.grammar.StrataParser.SeqTypeContext;
import dev.strata.grammar.StrataParser.SequenceDeclContext;
import dev.strata.grammar.StrataParser.SignedIntegerContext;

/**
 * {@code sequence NAME [as TYPE] [start [with] N] [increment [by] N] [minvalue N] … [owned by t.c]
 * [comment 'TEXT']}.
 */
final class SequenceTranslator extends StrataBaseVisitor<Void> {

    private final Translation in;
    private final Options options;
    private TypeRef type;
    private Long start;
    private Long increment;
    private Long minValue;
    private Long maxValue;
    private Long cache;
    private boolean cycle;
    private String ownedBy;
    private String comment;

    private SequenceTranslator(Translation in, Options options) {
        this.in = in;
        this.options = options;
    }

    /** {@code (start N increment N …)} of an identity column; {@code owner} names the column in messages. */
    static IdentityOptions identityOptions(IdentityOptionsContext ctx, Translation in, String owner) {
        if (ctx == null) {
            return null;
        }
        var s = new SequenceTranslator(in, new Options(in.issues(), owner));
        ctx.sequenceNumbers().forEach(s::visit);
        var options = new IdentityOptions(s.start, s.increment, s.minValue, s.maxValue, s.cache, s.cycle);
        return options.none() ? null : options;
    }

    static Sequence sequence(SequenceDeclContext ctx, Translation in) {
        var name = Names.name(ctx.identifier());
        var s = new SequenceTranslator(in, new Options(in.issues(), "sequence '" + name + "'"));
        ctx.sequenceOption().forEach(s::visit);
        return new Sequence(name, s.type, s.start, s.increment, s.minValue, s.maxValue, s.cache, s.cycle, s.ownedBy,
                s.comment, in.source().span(ctx));
    }

    @Override
    public Void visitSeqComment(SeqCommentContext ctx) {
        if (options.accept("comment", "comment", in.source().span(ctx))) {
            comment = in.comment(ctx.commentClause());
        }
        return null;
    }

    @Override
    public Void visitSeqType(SeqTypeContext ctx) {
        if (options.accept("as", "as", in.source().span(ctx))) {
            type = in.types().typeRef(ctx.typeRef());
        }
        return null;
    }

    @Override
    public Void visitSeqStart(SeqStartContext ctx) {
        if (options.accept("start", "start", in.source().span(ctx))) {
            start = number(ctx.signedInteger(), "start");
        }
        return null;
    }

    @Override
    public Void visitSeqIncrement(SeqIncrementContext ctx) {
        if (options.accept("increment", "increment", in.source().span(ctx))) {
            increment = number(ctx.signedInteger(), "increment");
        }
        return null;
    }

    @Override
    public Void visitSeqMin(SeqMinContext ctx) {
        if (options.accept("minvalue", "minvalue", in.source().span(ctx))) {
            minValue = number(ctx.signedInteger(), "minvalue");
        }
        return null;
    }

    @Override
    public Void visitSeqMax(SeqMaxContext ctx) {
        if (options.accept("maxvalue", "maxvalue", in.source().span(ctx))) {
            maxValue = number(ctx.signedInteger(), "maxvalue");
        }
        return null;
    }

    @Override
    public Void visitSeqCache(SeqCacheContext ctx) {
        if (options.accept("cache", "cache", in.source().span(ctx))) {
            cache = number(ctx.signedInteger(), "cache");
        }
        return null;
    }

    @Override
    public Void visitSeqCycle(SeqCycleContext ctx) {
        if (options.accept("cycle", ctx.NO() == null ? "cycle" : "no cycle", in.source().span(ctx))) {
            cycle = ctx.NO() == null;
        }
        return null;
    }

    @Override
    public Void visitSeqOwnedBy(SeqOwnedByContext ctx) {
        if (options.accept("owned by", "owned by", in.source().span(ctx))) {
            ownedBy = Names.name(ctx.owner) + "." + Names.name(ctx.column);
        }
        return null;
    }

    private Long number(SignedIntegerContext ctx, String what) {
        var sign = ctx.MINUS() == null ? null : ctx.MINUS().getSymbol();
        return in.number(sign, ctx.INTEGER().getSymbol(), what);
    }
}
