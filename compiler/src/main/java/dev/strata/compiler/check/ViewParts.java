package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;

/**
 * What PostgreSQL accepts after a view's body: indexes only on a materialized view (a plain view stores no rows),
 * triggers only on a plain view, and there only {@code instead of … for each row} without {@code when} or
 * {@code update of} (PostgreSQL's rules for INSTEAD OF triggers). Both only in the core: a facade view is a
 * released interface over the core and has neither.
 */
public final class ViewParts implements SchemaRule {

    public static final String INDEX_ON_PLAIN_VIEW = Code.INDEX_ON_PLAIN_VIEW.code();
    public static final String TRIGGER_ON_MATERIALIZED_VIEW = Code.TRIGGER_ON_MATERIALIZED_VIEW.code();
    public static final String TRIGGER_SHAPE = Code.VIEW_TRIGGER_SHAPE.code();
    public static final String FACADE_VIEW_PARTS = Code.FACADE_VIEW_PARTS.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var view : model.core().views()) {
            inspect(view, diagnostics);
        }
        for (var facade : model.facades()) {
            for (var view : facade.views()) {
                facadeView(facade.label(), view, diagnostics);
            }
        }
    }

    private static void inspect(View view, Diagnostics diagnostics) {
        if (!view.materialized()) {
            for (var index : view.indexes()) {
                diagnostics.error(INDEX_ON_PLAIN_VIEW, index.span(), "index" + named(index.name()) + " on view '"
                                + view.name() + "', which is not materialized",
                        "only a materialized view stores rows to index: declare 'materialized view', or index"
                                + " the tables the view reads");
            }
        }
        for (var trigger : view.triggers()) {
            var what = "trigger '" + trigger.name() + "' on " + view.kind() + " '" + view.name() + "'";
            if (view.materialized()) {
                diagnostics.error(TRIGGER_ON_MATERIALIZED_VIEW, trigger.span(), what + ": PostgreSQL has no"
                        + " triggers on materialized views", "only REFRESH MATERIALIZED VIEW changes its rows;"
                        + " put the trigger on a table it reads");
                continue;
            }
            shape(trigger, what, diagnostics);
        }
    }

    private static void shape(Trigger trigger, String what, Diagnostics diagnostics) {
        if (trigger.timing() != Trigger.Timing.INSTEAD_OF) {
            diagnostics.error(TRIGGER_SHAPE, trigger.span(), what + " is '" + trigger.timing().sql()
                    + "'; Strata declares only 'instead of' triggers on views", "write 'instead of "
                    + "insert|update|delete … for each row'");
        }
        if (!trigger.forEachRow()) {
            diagnostics.error(TRIGGER_SHAPE, trigger.span(), what + " fires once per statement; an 'instead of'"
                    + " trigger fires for each row", "add 'for each row'");
        }
        if (trigger.events().contains(Trigger.Event.TRUNCATE)) {
            diagnostics.error(TRIGGER_SHAPE, trigger.span(), what + " fires on truncate, which views do not have",
                    "use insert, update or delete");
        }
        if (trigger.when() != null) {
            diagnostics.error(TRIGGER_SHAPE, trigger.span(), what + " has a 'when' condition, which 'instead of'"
                    + " triggers cannot have", "test the condition in the trigger function");
        }
        if (!trigger.updateColumns().isEmpty()) {
            diagnostics.error(TRIGGER_SHAPE, trigger.span(), what + " lists columns after 'update of', which"
                    + " 'instead of' triggers cannot have", "write 'update' without columns");
        }
    }

    private static void facadeView(String facade, View view, Diagnostics diagnostics) {
        var where = " on " + view.kind() + " '" + view.name() + "' of facade " + facade;
        for (var index : view.indexes()) {
            diagnostics.error(FACADE_VIEW_PARTS, index.span(), "index" + named(index.name()) + where
                            + ", which facade views cannot have",
                    "facade views have no indexes or triggers: declare the view in the core, or index the"
                            + " core tables it reads");
        }
        for (var trigger : view.triggers()) {
            diagnostics.error(FACADE_VIEW_PARTS, trigger.span(), "trigger '" + trigger.name() + "'" + where
                            + ", which facade views cannot have",
                    "facade views have no indexes or triggers: declare the view and its trigger in the core,"
                            + " or let the facade call a core function or procedure");
        }
    }

    private static String named(String name) {
        return name == null ? "" : " '" + name + "'";
    }
}
