package dev.strata.compiler.parse;

import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.grammar.StrataParser.ViewColumnContext;
import dev.strata.grammar.StrataParser.ViewDeclContext;

/**
 * {@code [materialized] view NAME (col type [not null] [default …], …) [key (…)]… [comment '…'] as $$ … $$}.
 */
final class ViewTranslator {

    private ViewTranslator() {
    }

    static View view(ViewDeclContext ctx, Translation in) {
        var columns = ctx.viewColumn().stream().map(c -> column(c, in)).toList();
        var keys = ctx.viewKey().stream().map(k -> in.columnNames(k.columnList())).toList();
        return new View(Names.name(ctx.identifier()), ctx.MATERIALIZED() != null, columns, keys,
                in.verbatim().body(ctx.body()), in.comment(ctx.commentClause()), in.source().span(ctx));
    }

    private static ViewColumn column(ViewColumnContext ctx, Translation in) {
        var defaultExpr = ctx.term() == null ? null : in.verbatim().term(ctx.term());
        return new ViewColumn(Names.name(ctx.identifier()), in.types().typeRef(ctx.typeRef()), ctx.NOT() != null,
                defaultExpr, in.source().span(ctx));
    }
}
