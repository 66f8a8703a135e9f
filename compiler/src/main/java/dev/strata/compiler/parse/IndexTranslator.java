package dev.strata.compiler.parse;

import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Index.Direction;
import dev.strata.compiler.model.Index.IndexElement;
import dev.strata.compiler.model.Index.Nulls;
import dev.strata.grammar.StrataParser.IndexDefContext;
import dev.strata.grammar.StrataParser.IndexElementContext;

/**
 * {@code [unique] index [NAME] [using METHOD] (elements) [include (…)] [nulls [not] distinct] [with (…)]
 * [where (…)] [comment 'TEXT']}.
 */
final class IndexTranslator {

    private IndexTranslator() {
    }

    static Index index(IndexDefContext ctx, Translation in) {
        var name = ctx.name == null ? null : Names.name(ctx.name);
        var method = ctx.method == null ? null : Names.name(ctx.method);
        var elements = ctx.indexElement().stream().map(e -> element(e, in)).toList();
        var where = ctx.parenExpr() == null ? null : in.verbatim().inside(ctx.parenExpr());
        var owner = name == null ? "the index" : "index '" + name + "'";
        var storage = StorageTranslator.parameters(ctx.storageParameters(), in, owner);
        return new Index(name, ctx.UNIQUE() != null, method, elements, in.columnNames(ctx.columnList()),
                Translation.nullsNotDistinct(ctx.nullsDistinct()), storage, where, in.comment(ctx.commentClause()),
                in.source().span(ctx));
    }

    static IndexElement element(IndexElementContext ctx, Translation in) {
        var column = ctx.column == null ? null : Names.name(ctx.column);
        var expression = ctx.parenExpr() == null ? null : in.verbatim().inside(ctx.parenExpr());
        var collation = ctx.collationName() == null ? null : in.collation(ctx.collationName());
        var opclass = ctx.opclass == null ? null : Names.name(ctx.opclass);
        return new IndexElement(column, expression, collation, opclass, direction(ctx), nulls(ctx),
                in.source().span(ctx));
    }

    private static Direction direction(IndexElementContext ctx) {
        if (ctx.ASC() != null) {
            return Direction.ASC;
        }
        return ctx.DESC() != null ? Direction.DESC : null;
    }

    private static Nulls nulls(IndexElementContext ctx) {
        if (ctx.FIRST() != null) {
            return Nulls.FIRST;
        }
        return ctx.LAST() != null ? Nulls.LAST : null;
    }
}
