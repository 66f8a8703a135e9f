package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Grant.Privilege;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.View;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A grant names a view or routine declared in the same facade version, with privileges that apply to it:
 * {@code execute} to functions and procedures; {@code select}, {@code insert}, {@code update}, {@code delete} to
 * views; only {@code select} to materialized views, which cannot be written.
 */
public final class GrantTargets implements SchemaRule {

    public static final String UNKNOWN_OBJECT = Code.GRANT_ON_UNDECLARED_OBJECT.code();
    public static final String PRIVILEGE_NOT_APPLICABLE = Code.PRIVILEGE_NOT_APPLICABLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var facade : model.facades()) {
            var objects = new HashMap<String, Declaration>();
            facade.views().forEach(v -> objects.putIfAbsent(v.name(), v));
            facade.routines().forEach(r -> objects.putIfAbsent(r.name(), r));
            for (var grant : facade.grants()) {
                inspect(facade, grant, objects, diagnostics);
            }
        }
    }

    private static void inspect(Facade facade, Grant grant, Map<String, Declaration> objects,
                                Diagnostics diagnostics) {
        var object = objects.get(grant.object());
        if (object == null) {
            diagnostics.error(UNKNOWN_OBJECT, grant.span(), "grant on '" + grant.object()
                            + "', which is not declared in " + facade.label(),
                    Suggestions.didYouMean(grant.object(), objects.keySet(),
                            "grants apply to the views, functions and procedures of the same facade version"));
            return;
        }
        for (var privilege : grant.privileges()) {
            if (applies(privilege, object)) {
                continue;
            }
            var word = privilege.name().toLowerCase(Locale.ROOT);
            diagnostics.error(PRIVILEGE_NOT_APPLICABLE, grant.span(), "'" + word + "' does not apply to "
                    + object.kind() + " '" + object.name() + "'", hint(object));
        }
    }

    private static boolean applies(Privilege privilege, Declaration object) {
        if (privilege == Privilege.ALL) {
            return true;
        }
        if (object instanceof Routine) {
            return privilege == Privilege.EXECUTE;
        }
        if (object instanceof View view && view.materialized()) {
            return privilege == Privilege.SELECT;
        }
        return privilege != Privilege.EXECUTE;
    }

    private static String hint(Declaration object) {
        if (object instanceof Routine) {
            return "grant 'execute' on " + object.kind() + "s";
        }
        if (object instanceof View view && view.materialized()) {
            return "materialized views can only be read: grant 'select'";
        }
        return "grant 'select', 'insert', 'update' or 'delete' on views";
    }
}
