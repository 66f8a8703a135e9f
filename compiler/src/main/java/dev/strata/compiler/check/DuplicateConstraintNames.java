package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.sql.DefaultNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Constraint names are unique per table, whether written or derived by PostgreSQL ({@code t_a_check}). Clashes
 * between two index-backed constraints (primary key, unique) are relation clashes and reported by
 * {@link DuplicateRelationNames}; this rule reports those involving a check or a foreign key.
 */
public final class DuplicateConstraintNames implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_CONSTRAINT_NAME.code();

    private record Constraint(String name, String kind, boolean indexBacked, boolean derived, Span span) {
    }

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            inspect(table, diagnostics);
        }
    }

    private static void inspect(Table table, Diagnostics diagnostics) {
        var seen = new HashMap<String, Constraint>();
        for (var constraint : constraints(table)) {
            var first = seen.putIfAbsent(constraint.name(), constraint);
            if (first == null || first.indexBacked() && constraint.indexBacked()) {
                continue;
            }
            var message = constraint.derived()
                    ? "the unnamed " + constraint.kind() + " would be named '" + constraint.name()
                            + "', which is already the name of " + Words.a(first.kind()) + " of table '"
                            + table.name() + "'"
                    : "constraint '" + constraint.name() + "' is declared twice in table '" + table.name() + "'";
            var hint = constraint.derived()
                    ? "give one of them a name with 'constraint NAME'; PostgreSQL would silently pick another one"
                    : "constraint names are unique per table; rename one of them";
            diagnostics.report(Diagnostic.error(CODE, constraint.span(), message, hint)
                    .withNote(first.span(), "the " + first.kind() + " '" + constraint.name() + "' is declared here"));
        }
    }

    private static List<Constraint> constraints(Table table) {
        var all = new ArrayList<Constraint>();
        var pk = table.primaryKey();
        if (pk != null) {
            all.add(new Constraint(DefaultNames.wanted(table, pk), "primary key", true, pk.name() == null, pk.span()));
        }
        table.uniques().forEach(u -> all.add(new Constraint(DefaultNames.wanted(table, u), "unique constraint", true,
                u.name() == null, u.span())));
        table.checks().forEach(c -> all.add(new Constraint(DefaultNames.wanted(table, c), "check constraint", false,
                c.name() == null, c.span())));
        table.foreignKeys().forEach(f -> all.add(new Constraint(DefaultNames.wanted(table, f), "foreign key", false,
                f.name() == null, f.span())));
        table.exclusions().forEach(x -> all.add(new Constraint(DefaultNames.wanted(table, x),
                "exclusion constraint", true, x.name() == null, x.span())));
        // Named constraints claim their names before derived ones, as PostgreSQL names the unnamed ones last.
        all.sort(Comparator.comparing(Constraint::derived));
        return all;
    }
}
