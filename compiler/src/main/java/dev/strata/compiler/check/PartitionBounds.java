package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.PartitionOf.Kind;
import dev.strata.compiler.model.Table;
import java.util.HashMap;

/**
 * A partition's bound has the form of its parent's method ({@code from … to …} for range, {@code in (…)} for
 * list, {@code with (…)} for hash); a hash-partitioned table has no default partition, any other at most one.
 */
public final class PartitionBounds implements SchemaRule {

    public static final String CODE = Code.PARTITION_BOUND_MISMATCH.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        var defaults = new HashMap<String, Table>();
        for (Table partition : core.tables()) {
            if (!partition.partition()) {
                continue;
            }
            var of = partition.partitionOf();
            var parent = core.table(of.parent()).filter(Table::partitioned).orElse(null);
            if (parent == null) {
                continue; // PartitionParents reports it
            }
            String method = parent.partitionBy().method();
            Kind kind = of.bound().kind();
            if (kind == Kind.DEFAULT && method.equals("hash")) {
                diagnostics.error(CODE, of.span(), "partition '" + partition.name() + "' is the default partition of '"
                                + parent.name() + "', which is partitioned by hash",
                        "a hash-partitioned table has no default partition; give a bound 'for values with (modulus"
                                + " N, remainder R)'");
            } else if (kind != Kind.DEFAULT && !kind.method().equals(method)) {
                diagnostics.error(CODE, of.span(), "partition '" + partition.name() + "' has a " + kind.method()
                                + " bound, but '" + parent.name() + "' is partitioned by " + method,
                        "write the bound as " + form(method));
            }
            if (kind != Kind.DEFAULT) {
                continue;
            }
            var first = defaults.putIfAbsent(parent.name(), partition);
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.SECOND_DEFAULT_PARTITION.code(), of.span(),
                                "table '" + parent.name() + "' has a second default partition, '"
                                        + partition.name() + "'",
                                "a table has one default partition; give this one a bound")
                        .withNote(first.span(), "the default partition '" + first.name() + "' is declared here"));
            }
        }
    }

    private static String form(String method) {
        return switch (method) {
            case "range" -> "'for values from (…) to (…)'";
            case "list" -> "'for values in (…)'";
            default -> "'for values with (modulus N, remainder R)'";
        };
    }
}
