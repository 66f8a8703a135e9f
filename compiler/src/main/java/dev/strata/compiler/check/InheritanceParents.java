package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A child inherits from declared tables, none of them itself (directly or through others), and neither side is a
 * partitioned table or a partition: PostgreSQL does not mix inheritance with declarative partitioning.
 */
public final class InheritanceParents implements SchemaRule {

    public static final String CODE = Code.INHERITANCE_CYCLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (Table child : model.core().tables()) {
            if (!child.child()) {
                continue;
            }
            var span = child.inherits().span();
            if (child.partitioned() || child.partition()) {
                diagnostics.error(Code.INHERITANCE_WITH_PARTITIONS.code(), span, (child.partition() ? "partition '"
                                : "partitioned table '") + child.name() + "' inherits from another table",
                        "PostgreSQL does not let a partitioned table or a partition inherit; drop 'inherits (…)'");
                continue;
            }
            var seen = new HashSet<String>();
            for (String parentName : child.parents()) {
                Table parent = lookup.table(parentName);
                if (!seen.add(parentName)) {
                    diagnostics.error(CODE, span, "table '" + child.name() + "' inherits from '" + parentName
                            + "' twice", "name each parent once");
                } else if (parent == null) {
                    diagnostics.error(Code.UNKNOWN_TABLE.code(), span, "table '" + child.name()
                                    + "' inherits from table '" + parentName + "', which is not declared",
                            Suggestions.didYouMean(parentName, List.copyOf(lookup.tables().keySet()),
                                    "declare the parent table"));
                } else if (parent.partitioned() || parent.partition()) {
                    diagnostics.report(Diagnostic.error(Code.INHERITANCE_WITH_PARTITIONS.code(), span,
                                    "table '" + child.name() + "' inherits from " + (parent.partition()
                                            ? "partition '" : "partitioned table '") + parentName + "'",
                                    "PostgreSQL cannot inherit from a partitioned table or a partition; declare '"
                                            + child.name() + "' as 'partition … of' instead, or inherit from a"
                                            + " plain table")
                            .withNote(parent.span(), "'" + parentName + "' is declared here"));
                } else if (reaches(lookup, parentName, child.name())) {
                    diagnostics.error(CODE, span, "table '" + child.name() + "' inherits from itself (through '"
                            + parentName + "')", "remove one of the tables from the other's 'inherits (…)'");
                }
            }
        }
    }

    /** Whether {@code target} is {@code start} or one of its ancestors. */
    private static boolean reaches(SchemaLookup lookup, String start, String target) {
        var todo = new ArrayList<String>(List.of(start));
        var visited = new HashSet<String>();
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(target)) {
                return true;
            }
            Table table = lookup.table(next);
            if (visited.add(next) && table != null) {
                todo.addAll(table.parents());
            }
        }
        return false;
    }
}
