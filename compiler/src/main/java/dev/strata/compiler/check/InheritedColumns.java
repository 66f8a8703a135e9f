package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeNames;
import java.util.HashMap;

/**
 * A column a child has from two parents, or declares itself and has from a parent too, is one column (PostgreSQL
 * merges them by name): the types must be the same, and a child's own column is not null where a parent's is.
 */
public final class InheritedColumns implements SchemaRule {

    public static final String CODE = Code.INHERITED_COLUMN_MISMATCH.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        for (Table child : core.tables()) {
            if (!child.child()) {
                continue;
            }
            var fromParent = new HashMap<String, Column>();
            var parentOf = new HashMap<String, String>();
            for (String parentName : child.parents()) {
                var parent = core.table(parentName).orElse(null);
                if (parent == null || parent.name().equals(child.name())) {
                    continue;
                }
                for (Column column : parent.columns()) {
                    var first = fromParent.putIfAbsent(column.name(), column);
                    if (first == null) {
                        parentOf.put(column.name(), parentName);
                    } else if (!TypeNames.sameType(first.type(), column.type())) {
                        diagnostics.report(Diagnostic.error(CODE, child.inherits().span(), "table '" + child.name()
                                        + "' inherits column '" + column.name() + "' as " + first.type().sql()
                                        + " from '" + parentOf.get(column.name()) + "' and as "
                                        + column.type().sql() + " from '" + parentName + "'",
                                "give '" + column.name() + "' one type in both parents")
                                .withNote(column.span(), "'" + parentName + "." + column.name()
                                        + "' is declared here"));
                    }
                }
            }
            for (Column own : Inheritance.own(child)) {
                Column inherited = fromParent.get(own.name());
                if (inherited == null) {
                    continue;
                }
                String parent = parentOf.get(own.name());
                if (!TypeNames.sameType(inherited.type(), own.type())) {
                    diagnostics.report(Diagnostic.error(CODE, own.span(), "column '" + child.name() + "."
                                    + own.name() + "' is " + own.type().sql() + ", but the column '" + own.name()
                                    + "' it inherits from '" + parent + "' is " + inherited.type().sql(),
                            "give it the parent's type, or leave it out of '" + child.name()
                                    + "' (it is inherited)")
                            .withNote(inherited.span(), "'" + parent + "." + own.name() + "' is declared here"));
                } else if (!own.notNull() && (inherited.notNull() || inherited.identity() != null)) {
                    diagnostics.report(Diagnostic.error(CODE, own.span(), "column '" + child.name() + "."
                                    + own.name() + "' may be null, but the column '" + own.name()
                                    + "' it inherits from '" + parent + "' is not null (so PostgreSQL makes it"
                                    + " not null in '" + child.name() + "' too)",
                            "write 'not null', or leave it out of '" + child.name() + "' (it is inherited)")
                            .withNote(inherited.span(), "'" + parent + "." + own.name() + "' is declared here"));
                }
            }
        }
    }
}
