package dev.strata.compiler.parse;

import dev.strata.compiler.model.ForeignKey.Action;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.FkActionContext;
import dev.strata.grammar.StrataParser.DeferrableContext;
import dev.strata.grammar.StrataParser.DeferralContext;
import dev.strata.grammar.StrataParser.FkDeferralContext;
import dev.strata.grammar.StrataParser.FkMatchContext;
import dev.strata.grammar.StrataParser.FkNotValidContext;
import dev.strata.grammar.StrataParser.FkOnDeleteContext;
import dev.strata.grammar.StrataParser.FkOnUpdateContext;
import dev.strata.grammar.StrataParser.FkOptionContext;
import dev.strata.grammar.StrataParser.InitiallyContext;
import java.util.List;

/**
 * The options of one foreign key (match, referential actions, null when not written, deferral and {@code not
 * valid}), or
 * the deferral of a primary key or unique constraint. As in PostgreSQL, {@code initially deferred} makes the
 * constraint deferrable, and {@code not deferrable initially deferred} is an error.
 */
final class ConstraintOptions extends StrataBaseVisitor<Void> {

    private final Source source;
    private final Options options;
    Action onDelete;
    Action onUpdate;
    boolean deferrable;
    boolean initiallyDeferred;
    boolean notValid;
    boolean matchFull;

    private ConstraintOptions(Source source, Options options) {
        this.source = source;
        this.options = options;
    }

    static ConstraintOptions of(List<FkOptionContext> written, Source source, Issues issues, String owner) {
        var result = new ConstraintOptions(source, new Options(issues, owner));
        written.forEach(result::visit);
        result.checkDeferral();
        return result;
    }

    /** The deferral written on a primary key or unique constraint. */
    static ConstraintOptions deferral(List<DeferralContext> written, Source source, Issues issues, String owner) {
        var result = new ConstraintOptions(source, new Options(issues, owner));
        written.forEach(result::visit);
        result.checkDeferral();
        return result;
    }

    @Override
    public Void visitFkOnDelete(FkOnDeleteContext ctx) {
        if (options.accept("on delete", "on delete", source.span(ctx))) {
            onDelete = action(ctx.fkAction());
        }
        return null;
    }

    @Override
    public Void visitFkOnUpdate(FkOnUpdateContext ctx) {
        if (options.accept("on update", "on update", source.span(ctx))) {
            onUpdate = action(ctx.fkAction());
        }
        return null;
    }

    @Override
    public Void visitFkDeferral(FkDeferralContext ctx) {
        return visit(ctx.deferral());
    }

    @Override
    public Void visitDeferrable(DeferrableContext ctx) {
        var option = ctx.NOT() == null ? "deferrable" : "not deferrable";
        if (options.accept("deferrable", option, source.span(ctx))) {
            deferrable = ctx.NOT() == null;
        }
        return null;
    }

    @Override
    public Void visitInitially(InitiallyContext ctx) {
        var option = ctx.DEFERRED() != null ? "initially deferred" : "initially immediate";
        if (options.accept("initially", option, source.span(ctx))) {
            initiallyDeferred = ctx.DEFERRED() != null;
        }
        return null;
    }

    @Override
    public Void visitFkMatch(FkMatchContext ctx) {
        var option = ctx.FULL() != null ? "match full" : "match simple";
        if (options.accept("match", option, source.span(ctx))) {
            matchFull = ctx.FULL() != null;
        }
        return null;
    }

    @Override
    public Void visitFkNotValid(FkNotValidContext ctx) {
        if (options.accept("not valid", "not valid", source.span(ctx))) {
            notValid = true;
        }
        return null;
    }

    private void checkDeferral() {
        if (!initiallyDeferred) {
            return;
        }
        if ("not deferrable".equals(options.optionOf("deferrable"))) {
            options.conflict("not deferrable", options.spanOf("deferrable"), "initially deferred",
                    options.spanOf("initially"), "only a deferrable key can be initially deferred; keep one of them");
            initiallyDeferred = false;
            return;
        }
        deferrable = true;
    }

    private static Action action(FkActionContext ctx) {
        if (ctx.RESTRICT() != null) {
            return Action.RESTRICT;
        }
        if (ctx.CASCADE() != null) {
            return Action.CASCADE;
        }
        if (ctx.NULL() != null) {
            return Action.SET_NULL;
        }
        if (ctx.DEFAULT() != null) {
            return Action.SET_DEFAULT;
        }
        return Action.NO_ACTION;
    }
}
