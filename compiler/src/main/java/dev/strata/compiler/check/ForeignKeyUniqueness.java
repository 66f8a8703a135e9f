package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL only lets a foreign key reference columns that are unique together: exactly the columns (in any
 * order) of the primary key, a unique constraint, or a unique index without expressions or a {@code where}; and
 * never a deferrable primary key or unique constraint.
 */
public final class ForeignKeyUniqueness implements SchemaRule {

    public static final String CODE = Code.FOREIGN_KEY_NOT_UNIQUE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (var table : model.core().tables()) {
            for (var fk : table.foreignKeys()) {
                if (ForeignKeyTarget.resolve(table, fk, lookup) == null) {
                    continue;
                }
                var target = lookup.table(fk.refTable());
                var refColumns = Set.copyOf(ForeignKeyTarget.referencedNames(fk, target));
                // without a column list PostgreSQL takes the primary key, even when a unique index could serve
                boolean deferrable = fk.refColumns().isEmpty() ? target.primaryKey().deferrable()
                        : deferrableKeyOn(target, refColumns);
                if (deferrable) {
                    diagnostics.report(Diagnostic.error(CODE, fk.span(),
                                    "foreign key references " + Words.columnList(List.copyOf(refColumns))
                                            + " of table '" + target.name() + "', whose key on them is deferrable",
                                    "PostgreSQL lets no foreign key reference a deferrable key; make the key not"
                                            + " deferrable, or reference other unique columns")
                            .withNote(target.span(), "the table '" + target.name() + "' is declared here"));
                    continue;
                }
                if (fk.refColumns().isEmpty() || isUnique(target, refColumns)) {
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, fk.span(),
                                "foreign key references " + Words.columnList(fk.refColumns()) + " of table '"
                                        + target.name() + "', which are not its primary key nor unique",
                                "add 'unique " + Words.columnList(fk.refColumns()) + "' to table '" + target.name()
                                        + "', or reference its primary key")
                        .withNote(target.span(), "the table '" + target.name() + "' is declared here"));
            }
        }
    }

    /** A deferrable primary key or unique constraint on exactly these columns, and no other unique key on them. */
    private static boolean deferrableKeyOn(Table table, Set<String> columns) {
        var key = table.primaryKey();
        boolean deferrable = key != null && key.deferrable() && sameSet(key.columns(), columns)
                || table.uniques().stream().anyMatch(u -> u.deferrable() && sameSet(u.columns(), columns));
        return deferrable && !isUnique(table, columns);
    }

    private static boolean isUnique(Table table, Set<String> columns) {
        var key = table.primaryKey();
        if (key != null && !key.deferrable() && sameSet(key.columns(), columns)) {
            return true;
        }
        if (table.uniques().stream().anyMatch(u -> !u.deferrable() && sameSet(u.columns(), columns))) {
            return true;
        }
        return table.indexes().stream().anyMatch(i -> isPlainUniqueIndexOn(i, columns));
    }

    private static boolean isPlainUniqueIndexOn(Index index, Set<String> columns) {
        if (!index.unique() || index.where() != null) {
            return false;
        }
        var keys = new HashSet<String>();
        for (var element : index.elements()) {
            if (element.column() == null) {
                return false;
            }
            keys.add(element.column());
        }
        return keys.size() == index.elements().size() && keys.equals(columns);
    }

    private static boolean sameSet(List<String> list, Set<String> columns) {
        return list.size() == columns.size() && columns.containsAll(list);
    }
}
