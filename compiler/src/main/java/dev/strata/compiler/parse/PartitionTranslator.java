package dev.strata.compiler.parse;

import dev.strata.compiler.model.PartitionKey;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.PartitionOf.Bound;
import dev.strata.compiler.model.PartitionOf.Kind;
import dev.strata.compiler.model.Table;
import dev.strata.grammar.StrataParser.DefaultBoundContext;
import dev.strata.grammar.StrataParser.HashBoundContext;
import dev.strata.grammar.StrataParser.ListBoundContext;
import dev.strata.grammar.StrataParser.PartitionBoundContext;
import dev.strata.grammar.StrataParser.PartitionByContext;
import dev.strata.grammar.StrataParser.PartitionDeclContext;
import dev.strata.grammar.StrataParser.RangeBoundContext;
import java.util.List;

/**
 * {@code partition by METHOD (KEY)} on a table, and {@code partition NAME of PARENT for values … [comment '…']}:
 * a partition is a table of no columns of its own, with the parent and bound set.
 */
final class PartitionTranslator {

    private PartitionTranslator() {
    }

    static PartitionKey key(PartitionByContext ctx, Translation in) {
        if (ctx == null) {
            return null;
        }
        return new PartitionKey(Names.name(ctx.method), in.verbatim().inside(ctx.parenExpr()), in.source().span(ctx));
    }

    static Table partition(PartitionDeclContext ctx, Translation in) {
        var name = Names.name(ctx.identifier(0));
        var parts = new TableParts(name, in.issues());
        if (ctx.commentClause() != null) {
            parts.comment(in.comment(ctx.commentClause()), in.source().span(ctx.commentClause()));
        }
        var of = new PartitionOf(Names.name(ctx.parent), bound(ctx.partitionBound(), in), in.source().span(ctx));
        return parts.build(null, in.source().span(ctx)).withPartitioning(null, of);
    }

    private static Bound bound(PartitionBoundContext ctx, Translation in) {
        if (ctx instanceof RangeBoundContext range) {
            return new Bound(Kind.RANGE, List.of(in.verbatim().inside(range.lower), in.verbatim().inside(range.upper)));
        }
        if (ctx instanceof ListBoundContext list) {
            return new Bound(Kind.LIST, List.of(in.verbatim().inside(list.parenExpr())));
        }
        if (ctx instanceof HashBoundContext hash) {
            return new Bound(Kind.HASH, List.of(in.verbatim().inside(hash.parenExpr())));
        }
        if (ctx instanceof DefaultBoundContext) {
            return new Bound(Kind.DEFAULT, List.of());
        }
        throw new IllegalStateException("a partition bound of no known form: " + ctx.getText());
    }
}
