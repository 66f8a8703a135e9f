package dev.strata.compiler.parse;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.ColCheckContext;
import dev.strata.grammar.StrataParser.ColCollateContext;
import dev.strata.grammar.StrataParser.ColCommentContext;
import dev.strata.grammar.StrataParser.ColConversionContext;
import dev.strata.grammar.StrataParser.ColDefaultContext;
import dev.strata.grammar.StrataParser.ColGeneratedContext;
import dev.strata.grammar.StrataParser.ColIdentityAlwaysContext;
import dev.strata.grammar.StrataParser.ColIdentityByDefaultContext;
import dev.strata.grammar.StrataParser.ColIrreversibleOnlyContext;
import dev.strata.grammar.StrataParser.ColNotNullContext;
import dev.strata.grammar.StrataParser.ColNullContext;
import dev.strata.grammar.StrataParser.ColPrimaryKeyContext;
import dev.strata.grammar.StrataParser.ColReferencesContext;
import dev.strata.grammar.StrataParser.ColRenamedFromContext;
import dev.strata.grammar.StrataParser.ColReverseOnlyContext;
import dev.strata.grammar.StrataParser.ColUniqueContext;
import dev.strata.grammar.StrataParser.ColumnDefContext;
import java.util.List;

/**
 * The options of one column. What belongs to the column stays on it; its constraints (primary key, unique,
 * check, references) go to the table, carrying the column's name.
 *
 * <p>{@code check (…)} and {@code comment '…'} read the same after a column and as table items, so layout
 * decides: one that starts a line at the indentation of the column names (or left of it) belongs to the table;
 * one on the column's line, or on a continuation line indented deeper, belongs to the column. A {@code comment '…'}
 * on the line of a check given to the table is that check's (COMMENT ON CONSTRAINT). The constraints written on a
 * column's own line take no comment: a comment there is the column's.
 */
final class ColumnOptions extends StrataBaseVisitor<Void> {

    private final Translation in;
    private final TableParts table;
    private final String column;
    private final Options options;
    private boolean notNull;
    private String defaultExpr;
    private Identity identity;
    private IdentityOptions identityOptions;
    private String generated;
    private String collation;
    private String comment;
    private String renamedFrom;
    private TypeChange typeChange;
    /** {@code using offline} was given: the column's changes take their offline form. */
    private dev.strata.compiler.diag.Span offline;
    /** {@code expands old_column}: the column this one is an expansion of, null when none. */
    private String expands;
    private dev.strata.compiler.diag.Span expandsAt;
    private final int indentation;
    private int lastLine;

    private ColumnOptions(Translation in, TableParts table, String column, ColumnDefContext ctx) {
        this.in = in;
        this.table = table;
        this.column = column;
        this.indentation = ctx.start.getCharPositionInLine();
        this.lastLine = ctx.typeRef().stop.getLine();
        this.options = new Options(in.issues(), "column '" + column + "'");
    }

    static Column column(ColumnDefContext ctx, Translation in, TableParts table) {
        var name = Names.name(ctx.identifier());
        TypeRef type = in.types().typeRef(ctx.typeRef());
        var column = new ColumnOptions(in, table, name, ctx);
        var end = ctx.typeRef().stop;
        var all = ctx.columnOption();
        for (int i = 0; i < all.size(); i++) {
            var option = all.get(i);
            boolean tableItem = column.givenToTable(option);
            if (tableItem && option instanceof ColCheckContext check && i + 1 < all.size()
                    && all.get(i + 1) instanceof ColCommentContext comment
                    && comment.start.getLine() == check.stop.getLine()) {
                column.tableCheck(check, comment);
                column.lastLine = comment.stop.getLine();
                i++;
                continue;
            }
            column.visit(option);
            if (!tableItem) {
                end = option.stop;
            }
            column.lastLine = option.stop.getLine();
        }
        // The span ends with the column's own last option: a check or comment given to the table is not part of it.
        return new Column(name, type, column.notNull, column.defaultExpr, column.identity, column.identityOptions,
                column.generated, column.collation, column.comment, column.renamedFrom, column.conversion(),
                in.source().span(ctx.start, end));
    }

    /** The conversion given, with {@code offline} folded in (alone it is a conversion that only asks for that). */
    private TypeChange conversion() {
        TypeChange given = typeChange;
        if (offline != null) {
            given = given == null ? new TypeChange(null, null, false, true, offline) : given.offlineForm();
        }
        if (expands != null) {
            given = given == null ? new TypeChange(null, null, false, false, expands, expandsAt)
                    : given.expanding(expands);
        }
        return given;
    }

    private boolean givenToTable(org.antlr.v4.runtime.ParserRuleContext option) {
        return (option instanceof ColCheckContext || option instanceof ColCommentContext) && belongsToTable(option);
    }

    @Override
    public Void visitColNotNull(ColNotNullContext ctx) {
        if (options.accept("nullability", "not null", in.source().span(ctx))) {
            notNull = true;
        }
        return null;
    }

    @Override
    public Void visitColNull(ColNullContext ctx) {
        options.accept("nullability", "null", in.source().span(ctx));
        return null;
    }

    @Override
    public Void visitColDefault(ColDefaultContext ctx) {
        if (options.accept("value", "default", in.source().span(ctx))) {
            defaultExpr = in.verbatim().term(ctx.term());
        }
        return null;
    }

    @Override
    public Void visitColIdentityAlways(ColIdentityAlwaysContext ctx) {
        if (options.accept("value", "generated always as identity", in.source().span(ctx))) {
            identity = Identity.ALWAYS;
            identityOptions = SequenceTranslator.identityOptions(ctx.identityOptions(), in, "the identity of column '"
                    + column + "'");
        }
        return null;
    }

    @Override
    public Void visitColIdentityByDefault(ColIdentityByDefaultContext ctx) {
        if (options.accept("value", "generated by default as identity", in.source().span(ctx))) {
            identity = Identity.BY_DEFAULT;
            identityOptions = SequenceTranslator.identityOptions(ctx.identityOptions(), in, "the identity of column '"
                    + column + "'");
        }
        return null;
    }

    @Override
    public Void visitColGenerated(ColGeneratedContext ctx) {
        if (options.accept("value", "generated always as (…) stored", in.source().span(ctx))) {
            generated = in.verbatim().inside(ctx.parenExpr());
        }
        return null;
    }

    @Override
    public Void visitColCollate(ColCollateContext ctx) {
        if (options.accept("collate", "collate", in.source().span(ctx))) {
            collation = in.collation(ctx.collationName());
        }
        return null;
    }

    @Override
    public Void visitColComment(ColCommentContext ctx) {
        if (belongsToTable(ctx)) {
            table.comment(in.comment(ctx.commentClause()), in.source().span(ctx));
            return null;
        }
        if (options.accept("comment", "comment", in.source().span(ctx))) {
            comment = Literals.string(ctx.commentClause().STRING().getText());
        }
        return null;
    }

    @Override
    public Void visitColRenamedFrom(ColRenamedFromContext ctx) {
        if (options.accept("renamed from", "renamed from", in.source().span(ctx))) {
            renamedFrom = Names.name(ctx.renamedFrom().identifier());
        }
        return null;
    }

    @Override
    public Void visitColConversion(ColConversionContext ctx) {
        var option = ctx.backward != null ? "using (…) reverse (…)"
                : ctx.IRREVERSIBLE() != null ? "using (…) irreversible" : "using (…)";
        if (options.accept("conversion", option, in.source().span(ctx))) {
            var reverse = ctx.backward == null ? null : in.verbatim().inside(ctx.backward);
            typeChange = new TypeChange(in.verbatim().inside(ctx.forward), reverse, ctx.IRREVERSIBLE() != null,
                    in.source().span(ctx));
        }
        return null;
    }

    @Override
    public Void visitColReverseOnly(ColReverseOnlyContext ctx) {
        if (options.accept("conversion", "reverse (…)", in.source().span(ctx))) {
            typeChange = new TypeChange(null, in.verbatim().inside(ctx.parenExpr()), false, in.source().span(ctx));
        }
        return null;
    }

    @Override
    public Void visitColOffline(dev.strata.grammar.StrataParser.ColOfflineContext ctx) {
        if (options.accept("offline", "using offline", in.source().span(ctx))) {
            offline = in.source().span(ctx);
        }
        return null;
    }

    @Override
    public Void visitColExpands(dev.strata.grammar.StrataParser.ColExpandsContext ctx) {
        if (options.accept("expands", "expands " + ctx.identifier().getText(), in.source().span(ctx))) {
            expands = Names.name(ctx.identifier());
            expandsAt = in.source().span(ctx);
        }
        return null;
    }

    @Override
    public Void visitColIrreversibleOnly(ColIrreversibleOnlyContext ctx) {
        if (options.accept("conversion", "irreversible", in.source().span(ctx))) {
            typeChange = new TypeChange(null, null, true, in.source().span(ctx));
        }
        return null;
    }

    @Override
    public Void visitColPrimaryKey(ColPrimaryKeyContext ctx) {
        var deferral = ConstraintOptions.deferral(ctx.deferral(), in.source(), in.issues(),
                "the primary key on column '" + column + "'");
        table.primaryKey(new PrimaryKey(in.constraintName(ctx.constraintName()), List.of(column), deferral.deferrable,
                deferral.initiallyDeferred, in.source().span(ctx)));
        return null;
    }

    @Override
    public Void visitColUnique(ColUniqueContext ctx) {
        var deferral = ConstraintOptions.deferral(ctx.deferral(), in.source(), in.issues(),
                "the unique constraint on column '" + column + "'");
        table.unique(new UniqueConstraint(in.constraintName(ctx.constraintName()), List.of(column),
                Translation.nullsNotDistinct(ctx.nullsDistinct()), deferral.deferrable, deferral.initiallyDeferred,
                in.source().span(ctx)));
        return null;
    }

    /** A check given to the table with the comment on its line. */
    private void tableCheck(ColCheckContext ctx, ColCommentContext comment) {
        table.check(new Check(in.constraintName(ctx.constraintName()), null, in.verbatim().inside(ctx.parenExpr()),
                ctx.notValid() != null, ctx.noInherit() != null, in.comment(comment.commentClause()),
                in.source().span(ctx.start, comment.stop)));
    }

    @Override
    public Void visitColCheck(ColCheckContext ctx) {
        var owner = belongsToTable(ctx) ? null : column;
        table.check(new Check(in.constraintName(ctx.constraintName()), owner, in.verbatim().inside(ctx.parenExpr()),
                ctx.notValid() != null, ctx.noInherit() != null, in.source().span(ctx)));
        return null;
    }

    private boolean belongsToTable(org.antlr.v4.runtime.ParserRuleContext option) {
        return option.start.getLine() > lastLine && option.start.getCharPositionInLine() <= indentation;
    }

    @Override
    public Void visitColReferences(ColReferencesContext ctx) {
        var fk = ConstraintOptions.of(ctx.fkOption(), in.source(), in.issues(),
                "the foreign key on column '" + column + "'");
        table.foreignKey(new ForeignKey(in.constraintName(ctx.constraintName()), List.of(column),
                Names.name(ctx.identifier()), in.columnNames(ctx.columnList()), fk.onDelete, fk.onUpdate,
                fk.deferrable, fk.initiallyDeferred, fk.notValid, fk.matchFull, in.source().span(ctx)));
        return null;
    }
}
