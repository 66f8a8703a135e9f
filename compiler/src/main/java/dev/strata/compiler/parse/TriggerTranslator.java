package dev.strata.compiler.parse;

import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.Trigger.Event;
import dev.strata.compiler.model.Trigger.Timing;
import dev.strata.grammar.StrataParser.TriggerArgumentContext;
import dev.strata.grammar.StrataParser.TriggerDefContext;
import dev.strata.grammar.StrataParser.TriggerEventContext;
import dev.strata.grammar.StrataParser.TriggerTimingContext;
import java.util.ArrayList;

/**
 * {@code trigger NAME before|after|instead of EVENT [or EVENT…] [for each row|statement] [when (…)]
 * execute function F(args) [comment 'TEXT']}. Without {@code for each row} a trigger fires once per statement, as in PostgreSQL.
 */
final class TriggerTranslator {

    private TriggerTranslator() {
    }

    static Trigger trigger(TriggerDefContext ctx, Translation in) {
        var name = Names.name(ctx.name);
        var options = new Options(in.issues(), "trigger '" + name + "'");
        var events = new ArrayList<Event>();
        var updateColumns = new ArrayList<String>();
        for (var event : ctx.triggerEvent()) {
            var kind = event(event);
            if (options.accept(kind.name(), kind.name().toLowerCase(java.util.Locale.ROOT), in.source().span(event))) {
                events.add(kind);
                event.identifier().forEach(column -> updateColumns.add(Names.name(column)));
            }
        }
        var when = ctx.parenExpr() == null ? null : in.verbatim().inside(ctx.parenExpr());
        var arguments = ctx.triggerArgument().stream().map(a -> argument(a, in)).toList();
        return new Trigger(name, timing(ctx.triggerTiming()), events, updateColumns, ctx.ROW() != null, when,
                Names.name(ctx.function), arguments, Translation.comment(in, ctx.constraintComment()),
                in.source().span(ctx));
    }

    private static Timing timing(TriggerTimingContext ctx) {
        if (ctx.BEFORE() != null) {
            return Timing.BEFORE;
        }
        return ctx.AFTER() != null ? Timing.AFTER : Timing.INSTEAD_OF;
    }

    private static Event event(TriggerEventContext ctx) {
        if (ctx.INSERT() != null) {
            return Event.INSERT;
        }
        if (ctx.UPDATE() != null) {
            return Event.UPDATE;
        }
        return ctx.DELETE() != null ? Event.DELETE : Event.TRUNCATE;
    }

    /** Arguments are literals passed to the function as written. */
    private static String argument(TriggerArgumentContext ctx, Translation in) {
        return in.source().text(ctx);
    }
}
