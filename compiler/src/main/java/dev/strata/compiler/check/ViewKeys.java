package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.LinkedHashMap;
import java.util.stream.Stream;

/** A view's {@code key (…)} names columns the view itself declares. */
public final class ViewKeys implements SchemaRule {

    public static final String CODE = Code.UNKNOWN_VIEW_KEY_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var facadeViews = model.facades().stream().flatMap(f -> f.views().stream());
        Stream.concat(model.core().views().stream(), facadeViews).forEach(v -> inspect(v, diagnostics));
    }

    private static void inspect(View view, Diagnostics diagnostics) {
        var columns = new LinkedHashMap<String, ViewColumn>();
        view.columns().forEach(c -> columns.putIfAbsent(c.name(), c));
        for (var key : view.keys()) {
            for (var name : key) {
                if (columns.containsKey(name)) {
                    continue;
                }
                diagnostics.error(CODE, view.span(), "key " + Words.columnList(key) + " of " + view.kind() + " '"
                                + view.name() + "' names '" + name + "', which is not a column of the view",
                        Suggestions.didYouMean(name, columns.keySet(),
                                "a key may only name the view's declared columns"));
            }
        }
    }
}
