package dev.strata.compiler.parse;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Inherits;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.ColumnDefContext;
import dev.strata.grammar.StrataParser.CommentClauseContext;
import dev.strata.grammar.StrataParser.ConstraintCommentContext;
import dev.strata.grammar.StrataParser.IndexDefContext;
import dev.strata.grammar.StrataParser.InheritsContext;
import dev.strata.grammar.StrataParser.PolicyDefContext;
import dev.strata.grammar.StrataParser.RowSecurityContext;
import dev.strata.grammar.StrataParser.TableCheckContext;
import dev.strata.grammar.StrataParser.TableDeclContext;
import dev.strata.grammar.StrataParser.ExclusionOperatorContext;
import dev.strata.grammar.StrataParser.TableExcludeContext;
import dev.strata.grammar.StrataParser.TableForeignKeyContext;
import dev.strata.grammar.StrataParser.TablePrimaryKeyContext;
import dev.strata.grammar.StrataParser.TableUniqueContext;
import dev.strata.grammar.StrataParser.TriggerDefContext;
import java.util.regex.Pattern;

/**
 * {@code table NAME [partition by METHOD (KEY)] [inherits (PARENT, …)] [with (…)] [renamed from OLD] { columns,
 * constraints, indexes, triggers, row level security, policies, comment }}. A table constraint or trigger takes a
 * {@code comment '…'} at the end of its line.
 */
final class TableTranslator extends StrataBaseVisitor<Void> {

    private static final Pattern OPERATOR = Pattern.compile("[-+*/<>=~!@#%^&|`?]+");

    private final Translation in;
    private final TableParts parts;

    private TableTranslator(Translation in, TableParts parts) {
        this.in = in;
        this.parts = parts;
    }

    static Table table(TableDeclContext ctx, Translation in) {
        var name = Names.name(ctx.identifier());
        var parts = new TableParts(name, in.issues());
        var translator = new TableTranslator(in, parts);
        ctx.tableItem().forEach(item -> translator.visit(item.getChild(0)));
        var renamedFrom = ctx.renamedFrom() == null ? null : Names.name(ctx.renamedFrom().identifier());
        var storage = StorageTranslator.parameters(ctx.storageParameters(), in, "table '" + name + "'");
        return parts.build(renamedFrom, in.source().span(ctx))
                .withPartitioning(PartitionTranslator.key(ctx.partitionBy(), in), null)
                .withInherits(inherits(ctx.inherits(), in)).withStorage(storage);
    }

    private static Inherits inherits(InheritsContext ctx, Translation in) {
        if (ctx == null) {
            return null;
        }
        return new Inherits(ctx.identifier().stream().map(Names::name).toList(), in.source().span(ctx));
    }

    @Override
    public Void visitColumnDef(ColumnDefContext ctx) {
        parts.column(ColumnOptions.column(ctx, in, parts));
        return null;
    }

    @Override
    public Void visitTablePrimaryKey(TablePrimaryKeyContext ctx) {
        var columns = in.columnNames(ctx.columnList());
        var deferral = ConstraintOptions.deferral(ctx.deferral(), in.source(), in.issues(), "the primary key");
        parts.primaryKey(new PrimaryKey(in.constraintName(ctx.constraintName()), columns, deferral.deferrable,
                deferral.initiallyDeferred, comment(ctx.constraintComment()), in.source().span(ctx)));
        return null;
    }

    private String comment(ConstraintCommentContext ctx) {
        return Translation.comment(in, ctx);
    }

    @Override
    public Void visitTableUnique(TableUniqueContext ctx) {
        var columns = in.columnNames(ctx.columnList());
        var deferral = ConstraintOptions.deferral(ctx.deferral(), in.source(), in.issues(),
                "the unique constraint (" + String.join(", ", columns) + ")");
        parts.unique(new UniqueConstraint(in.constraintName(ctx.constraintName()), columns,
                Translation.nullsNotDistinct(ctx.nullsDistinct()), deferral.deferrable, deferral.initiallyDeferred,
                comment(ctx.constraintComment()), in.source().span(ctx)));
        return null;
    }

    @Override
    public Void visitTableCheck(TableCheckContext ctx) {
        parts.check(new Check(in.constraintName(ctx.constraintName()), null, in.verbatim().inside(ctx.parenExpr()),
                ctx.notValid() != null, ctx.noInherit() != null, comment(ctx.constraintComment()),
                in.source().span(ctx)));
        return null;
    }

    @Override
    public Void visitTableForeignKey(TableForeignKeyContext ctx) {
        var columns = in.columnNames(ctx.columns);
        var fk = ConstraintOptions.of(ctx.fkOption(), in.source(), in.issues(),
                "the foreign key (" + String.join(", ", columns) + ")");
        parts.foreignKey(new ForeignKey(in.constraintName(ctx.constraintName()), columns,
                Names.name(ctx.identifier()), in.columnNames(ctx.refColumns), fk.onDelete, fk.onUpdate,
                fk.deferrable, fk.initiallyDeferred, fk.notValid, fk.matchFull, comment(ctx.constraintComment()),
                in.source().span(ctx)));
        return null;
    }

    @Override
    public Void visitTableExclude(TableExcludeContext ctx) {
        var elements = ctx.exclusionElement().stream().map(e -> new Exclusion.Element(
                IndexTranslator.element(e.indexElement(), in), operator(e.exclusionOperator()))).toList();
        var method = ctx.method == null ? null : Names.name(ctx.method);
        var where = ctx.parenExpr() == null ? null : in.verbatim().inside(ctx.parenExpr());
        var deferral = ConstraintOptions.deferral(ctx.deferral(), in.source(), in.issues(),
                "the exclusion constraint");
        parts.exclusion(new Exclusion(in.constraintName(ctx.constraintName()), method, elements,
                in.columnNames(ctx.columnList()), where, deferral.deferrable, deferral.initiallyDeferred,
                comment(ctx.constraintComment()), in.source().span(ctx)));
        return null;
    }

    /** PostgreSQL builds an operator's name from + - * / < > = ~ ! @ # % ^ & | ` ? only, written together. */
    private String operator(ExclusionOperatorContext ctx) {
        var text = ctx.getText();
        var written = in.source().text(ctx);
        if (!OPERATOR.matcher(text).matches() || !text.equals(written)) {
            in.issues().error(SyntaxCode.UNEXPECTED_INPUT, in.source().span(ctx),
                    "'" + written + "' is not an operator",
                    "write an operator such as && or = (its characters together, without spaces)");
        }
        return text;
    }

    @Override
    public Void visitIndexDef(IndexDefContext ctx) {
        parts.index(IndexTranslator.index(ctx, in));
        return null;
    }

    @Override
    public Void visitTriggerDef(TriggerDefContext ctx) {
        parts.trigger(TriggerTranslator.trigger(ctx, in));
        return null;
    }

    @Override
    public Void visitRowSecurity(RowSecurityContext ctx) {
        parts.rowSecurity(PolicyTranslator.rowSecurity(ctx, in));
        return null;
    }

    @Override
    public Void visitPolicyDef(PolicyDefContext ctx) {
        parts.policy(PolicyTranslator.policy(ctx, in));
        return null;
    }

    @Override
    public Void visitCommentClause(CommentClauseContext ctx) {
        parts.comment(in.comment(ctx), in.source().span(ctx));
        return null;
    }
}
