package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.View;
import java.util.stream.Stream;

/** A column default only serves writes through a view; a materialized view cannot be written, nor given one. */
public final class MaterializedViewDefaults implements SchemaRule {

    public static final String CODE = Code.MATERIALIZED_VIEW_DEFAULT.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var facadeViews = model.facades().stream().flatMap(f -> f.views().stream());
        Stream.concat(model.core().views().stream(), facadeViews)
                .filter(View::materialized)
                .forEach(v -> inspect(v, diagnostics));
    }

    private static void inspect(View view, Diagnostics diagnostics) {
        for (var column : view.columns()) {
            if (column.defaultExpr() == null) {
                continue;
            }
            diagnostics.error(CODE, column.span(), "column '" + column.name() + "' of materialized view '"
                            + view.name() + "' has a default",
                    "remove the default: materialized views cannot be written to");
        }
    }
}
