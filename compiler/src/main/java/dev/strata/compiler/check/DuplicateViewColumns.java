package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.View;
import java.util.stream.Stream;

/** A view declares each of its columns once, in the core and in every facade version. */
public final class DuplicateViewColumns implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_VIEW_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var facadeViews = model.facades().stream().flatMap(f -> f.views().stream());
        Stream.concat(model.core().views().stream(), facadeViews).forEach(v -> inspect(v, diagnostics));
    }

    private static void inspect(View view, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var column : view.columns()) {
            var first = names.claim(column.name(), "column", column.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, column.span(),
                            "column '" + column.name() + "' is declared twice in " + view.kind() + " '"
                                    + view.name() + "'",
                            "rename one of them (use 'as' in the query to give it another name)")
                    .withNote(first.span(), "the column '" + column.name() + "' is first declared here"));
        }
    }
}
