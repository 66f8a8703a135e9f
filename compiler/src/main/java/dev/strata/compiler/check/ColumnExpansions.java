package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;

/**
 * A column that {@code expands} another is kept in step with it on every write, in both directions, so the pair must
 * be one that can be: the old column is another column of the same table and expands nothing itself (one
 * expansion at a time per column), neither column computes its own values (identity, generated), the new column has
 * no default (a write that leaves it out takes the old column's value: a default would hide which of the two the
 * write set), and there is a way back ({@code irreversible} would leave the old column's readers without values).
 */
public final class ColumnExpansions implements SchemaRule {

    private static final Code CODE = Code.EXPANSION_OUT_OF_STEP;

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (Table table : model.core().tables()) {
            for (Column column : table.columns()) {
                if (column.typeChange() == null || column.typeChange().expands() == null) {
                    continue;
                }
                String problem = problem(table, column, column.typeChange().expands());
                if (problem != null) {
                    diagnostics.error(CODE.code(), column.typeChange().span(), "column '" + table.name() + "."
                                    + column.name() + "' cannot expand '" + column.typeChange().expands() + "': "
                                    + problem,
                            "'expands OLD' names another column of the same table that this new column replaces;"
                                    + " both are kept in step until a later plan drops OLD (docs/language.md,"
                                    + " \"Expanding a column across releases\")");
                }
            }
        }
    }

    private static String problem(Table table, Column column, String oldName) {
        if (oldName.equals(column.name())) {
            return "a column cannot expand itself";
        }
        Column old = table.column(oldName).orElse(null);
        if (old == null) {
            return "table '" + table.name() + "' has no column '" + oldName + "'";
        }
        if (old.typeChange() != null && old.typeChange().expands() != null) {
            return "'" + oldName + "' expands '" + old.typeChange().expands() + "' itself; finish that expansion"
                    + " (drop '" + old.typeChange().expands() + "') first";
        }
        if (table.columns().stream().anyMatch(c -> c != column && c.typeChange() != null
                && oldName.equals(c.typeChange().expands()))) {
            return "another column of the table expands it too";
        }
        if (column.defaultExpr() != null) {
            return "the new column has a default; it takes its value from '" + oldName + "' instead";
        }
        if (column.identity() != null || column.generated() != null || old.identity() != null
                || old.generated() != null) {
            return "an identity or generated column computes its own values, so it cannot be kept in step";
        }
        if (column.typeChange().irreversible()) {
            return "'irreversible' leaves no way to give '" + oldName + "' its value from the new column;"
                    + " write 'reverse (…)'";
        }
        return null;
    }
}
