package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Model;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Enums and domains share PostgreSQL's type namespace, where every table, view and materialized view also owns
 * a row type of its own name. A clash is reported at the enum or domain.
 */
public final class DuplicateTypeNames implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_TYPE_NAME.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        var rowTypes = new FirstDeclarations();
        core.tables().forEach(t -> rowTypes.claim(t.name(), t.kind(), t.span()));
        core.views().forEach(v -> rowTypes.claim(v.name(), v.kind(), v.span()));

        var types = new ArrayList<Declaration>(core.enums());
        types.addAll(core.domains());
        types.sort(Comparator.comparing((Declaration d) -> d.span().file())
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        var declared = new FirstDeclarations();
        for (var type : types) {
            var relation = rowTypes.holder(type.name());
            if (relation != null) {
                diagnostics.report(clashWithRowType(type, relation));
                continue;
            }
            var first = declared.claim(type.name(), type.kind(), type.span());
            if (first != null) {
                diagnostics.report(declaredTwice(type, first));
            }
        }
    }

    private static Diagnostic clashWithRowType(Declaration type, FirstDeclarations.Holder relation) {
        var message = type.kind() + " '" + type.name() + "' has the same name as the row type of " + relation.kind()
                + " '" + type.name() + "'";
        return Diagnostic.error(CODE, type.span(), message,
                        "every table and view also defines a type of its own name; rename the " + type.kind())
                .withNote(relation.span(), "the " + relation.kind() + " '" + type.name() + "' is declared here");
    }

    private static Diagnostic declaredTwice(Declaration type, FirstDeclarations.Holder first) {
        var message = type.kind().equals(first.kind())
                ? type.kind() + " '" + type.name() + "' is declared twice"
                : type.kind() + " '" + type.name() + "' has the same name as " + Words.a(first.kind());
        return Diagnostic.error(CODE, type.span(), message, "enums and domains share one namespace; rename one")
                .withNote(first.span(), "the " + first.kind() + " '" + type.name() + "' is declared here");
    }
}
