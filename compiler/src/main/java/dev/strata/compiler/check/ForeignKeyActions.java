package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.ForeignKey.Action;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;

/**
 * Referential actions that cannot work. PostgreSQL rejects {@code on update cascade / set null / set default} and
 * {@code on delete set null / set default} on a generated column (an error); {@code set null} on a
 * {@code not null} column is accepted but fails the first time a referenced row changes (a warning).
 */
public final class ForeignKeyActions implements SchemaRule {

    public static final String GENERATED_COLUMN = Code.FOREIGN_KEY_ACTION_ON_GENERATED_COLUMN.code();
    public static final String SET_NULL_ON_NOT_NULL = Code.SET_NULL_ON_NOT_NULL_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            var columns = SchemaLookup.columns(table);
            for (var fk : table.foreignKeys()) {
                for (var name : fk.columns()) {
                    var column = columns.get(name);
                    if (column != null) {
                        inspect(table, fk, column, diagnostics);
                    }
                }
            }
        }
    }

    private static void inspect(Table table, ForeignKey fk, Column column, Diagnostics diagnostics) {
        var name = "'" + table.name() + "." + column.name() + "'";
        if (column.generated() != null) {
            var onUpdate = fk.onUpdate();
            if (onUpdate == Action.CASCADE || onUpdate == Action.SET_NULL || onUpdate == Action.SET_DEFAULT) {
                diagnostics.error(GENERATED_COLUMN, fk.span(), "'on update " + onUpdate.sql()
                                + "' cannot change generated column " + name,
                        "use 'on update restrict' or 'no action', or reference from a column that is not generated");
            }
            var onDelete = fk.onDelete();
            if (onDelete == Action.SET_NULL || onDelete == Action.SET_DEFAULT) {
                diagnostics.error(GENERATED_COLUMN, fk.span(), "'on delete " + onDelete.sql()
                                + "' cannot change generated column " + name,
                        "use 'on delete cascade', 'restrict' or 'no action'");
            }
            return;
        }
        if (!isNotNull(table, column)) {
            return;
        }
        if (fk.onDelete() == Action.SET_NULL) {
            diagnostics.warning(SET_NULL_ON_NOT_NULL, fk.span(), "'on delete set null' on not-null column " + name
                            + " fails whenever a referenced row is deleted",
                    "make the column nullable, or use 'on delete cascade' or 'restrict'");
        }
        if (fk.onUpdate() == Action.SET_NULL) {
            diagnostics.warning(SET_NULL_ON_NOT_NULL, fk.span(), "'on update set null' on not-null column " + name
                            + " fails whenever a referenced key changes",
                    "make the column nullable, or use 'on update cascade' or 'restrict'");
        }
    }

    /** Declared {@code not null}, or implicitly so as a primary key or identity column. */
    private static boolean isNotNull(Table table, Column column) {
        var pk = table.primaryKey();
        return column.notNull() || column.identity() != null || pk != null && pk.columns().contains(column.name());
    }
}
