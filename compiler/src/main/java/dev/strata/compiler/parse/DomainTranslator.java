package dev.strata.compiler.parse;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Domain;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.DomainCheckContext;
import dev.strata.grammar.StrataParser.DomainCommentContext;
import dev.strata.grammar.StrataParser.DomainDeclContext;
import dev.strata.grammar.StrataParser.DomainDefaultContext;
import dev.strata.grammar.StrataParser.DomainNotNullContext;
import dev.strata.grammar.StrataParser.DomainNullContext;
import java.util.ArrayList;
import java.util.List;

/** {@code domain NAME TYPE [not null] [default …] [constraint N] check (…)… [comment '…']}. */
final class DomainTranslator extends StrataBaseVisitor<Void> {

    private final Translation in;
    private final Options options;
    private final List<Check> checks = new ArrayList<>();
    private boolean notNull;
    private String defaultExpr;
    private String comment;

    private DomainTranslator(Translation in, String name) {
        this.in = in;
        this.options = new Options(in.issues(), "domain '" + name + "'");
    }

    static Domain domain(DomainDeclContext ctx, Translation in) {
        var name = Names.name(ctx.identifier());
        var domain = new DomainTranslator(in, name);
        ctx.domainOption().forEach(domain::visit);
        return new Domain(name, in.types().typeRef(ctx.typeRef()), domain.notNull, domain.defaultExpr,
                domain.checks, domain.comment, in.source().span(ctx));
    }

    @Override
    public Void visitDomainNotNull(DomainNotNullContext ctx) {
        if (options.accept("nullability", "not null", in.source().span(ctx))) {
            notNull = true;
        }
        return null;
    }

    @Override
    public Void visitDomainNull(DomainNullContext ctx) {
        options.accept("nullability", "null", in.source().span(ctx));
        return null;
    }

    @Override
    public Void visitDomainDefault(DomainDefaultContext ctx) {
        if (options.accept("default", "default", in.source().span(ctx))) {
            defaultExpr = in.verbatim().term(ctx.term());
        }
        return null;
    }

    @Override
    public Void visitDomainCheck(DomainCheckContext ctx) {
        checks.add(new Check(in.constraintName(ctx.constraintName()), null, in.verbatim().inside(ctx.parenExpr()),
                in.source().span(ctx)));
        return null;
    }

    @Override
    public Void visitDomainComment(DomainCommentContext ctx) {
        if (options.accept("comment", "comment", in.source().span(ctx))) {
            comment = in.comment(ctx.commentClause());
        }
        return null;
    }
}
