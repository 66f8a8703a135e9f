package dev.strata.compiler.parse;

import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.grammar.StrataParser.ViewColumnContext;
import dev.strata.grammar.StrataParser.ViewDeclContext;
import java.util.List;

/**
 * {@code [materialized] view NAME (col type [not null] [default …], …) [key (…)]… [comment '…'] as $$ … $$
 * [{ index … trigger … }]}.
 */
final class ViewTranslator {

    private ViewTranslator() {
    }

    static View view(ViewDeclContext ctx, Translation in) {
        var columns = ctx.viewColumn().stream().map(c -> column(c, in)).toList();
        var keys = ctx.viewKey().stream().map(k -> in.columnNames(k.columnList())).toList();
        var parts = ctx.viewParts();
        var indexes = parts == null ? List.<Index>of()
                : parts.indexDef().stream().map(i -> IndexTranslator.index(i, in)).toList();
        var triggers = parts == null ? List.<Trigger>of()
                : parts.triggerDef().stream().map(t -> TriggerTranslator.trigger(t, in)).toList();
        return new View(Names.name(ctx.identifier()), ctx.MATERIALIZED() != null, columns, keys,
                in.verbatim().body(ctx.body()), in.comment(ctx.commentClause()), indexes, triggers,
                in.source().span(ctx));
    }

    private static ViewColumn column(ViewColumnContext ctx, Translation in) {
        var defaultExpr = ctx.term() == null ? null : in.verbatim().term(ctx.term());
        return new ViewColumn(Names.name(ctx.identifier()), in.types().typeRef(ctx.typeRef()), ctx.NOT() != null,
                defaultExpr, in.source().span(ctx));
    }
}
