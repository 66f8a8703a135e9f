package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diff.Change.AddCollation;
import dev.strata.compiler.diff.Change.DropCollation;
import dev.strata.compiler.diff.Change.RecreateCollation;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Index.IndexElement;
import dev.strata.compiler.model.Table;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.StepTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Steps for the collations of the core: created before the columns and keys that name them, dropped after them.
 * PostgreSQL cannot change a collation's options, so a change rebuilds it in one step: the old one renamed aside,
 * the new one created under the name, every column that keeps using it moved over, the old one dropped.
 */
final class CollationSteps extends PlanPart {

    CollationSteps(PlanContext ctx) {
        super(ctx);
    }

    void addCollation(AddCollation c) {
        String name = c.collation().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.COLLATION, name), obj(name), COLLATIONS,
                ddl.createCollation(c.collation()), ddl.dropCollation(name));
        d.creates.add(Keys.collation(name));
        d.newUses.add(Keys.schema(core));
        d.newUses.addAll(newUses.collation(c.collation().from()));
    }

    void dropCollation(DropCollation c) {
        String name = c.collation().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.COLLATION, name), obj(name), DROP_COLLATIONS,
                ddl.dropCollation(name), ddl.createCollation(c.collation()));
        d.drops.add(Keys.collation(name));
        d.oldUses.addAll(oldUses.collation(c.collation().from()));
    }

    void recreateCollation(RecreateCollation c) {
        String name = c.to().name();
        var moved = movedColumns(name);
        var d = add(c.kind(), targetCore(StepTarget.Kind.COLLATION, name), obj(name), COLLATIONS,
                rebuild(c.to(), moved), rebuild(c.from(), moved));
        d.modifies.add(Keys.collation(name));
        d.newUses.addAll(newUses.collation(c.to().from()));
        for (String[] column : moved) {
            d.oldUses.add(Keys.table(column[0]));
            d.modifies.add(Keys.column(column[0], column[1]));
        }
        if (!moved.isEmpty()) {
            d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DATA_DEPENDENT).scans();
            d.note("Moves " + moved.size() + (moved.size() == 1 ? " column" : " columns")
                    + " to the new collation and rebuilds their indexes; a unique index fails if its values are"
                    + " duplicates under the new collation.");
        }
        refuseIndexesNaming(c.to());
    }

    /**
     * The rebuild: the old collation renamed aside, the new one created, the columns moved (with the types they
     * have at that point, the source's: a type change of the same column is a step of its own after this one),
     * the old one dropped.
     */
    private String rebuild(Collation collation, List<String[]> moved) {
        String name = collation.name();
        String aside = name + "__strata_old";
        var statements = new ArrayList<String>();
        statements.add(ddl.renameCollation(name, aside));
        statements.add(ddl.createCollation(collation));
        for (String[] ref : moved) {
            Column column = from.core().table(ref[0]).orElseThrow().column(ref[1]).orElseThrow();
            statements.add(ddl.alterColumnType(ref[0], ref[1], column.type(), name, null));
        }
        statements.add(ddl.dropCollation(aside));
        return String.join("\n", statements);
    }

    /**
     * The columns (by their names in the source) that use the collation before and after the plan. Columns that
     * come to use it or stop using it are changed by their own steps, after or before this one.
     */
    private List<String[]> movedColumns(String collation) {
        var out = new ArrayList<String[]>();
        for (Table table : from.core().tables()) {
            String newTable = renames.newTableName(table.name());
            Table target = to.core().table(newTable == null ? table.name() : newTable).orElse(null);
            if (target == null || table.partitionOf() != null) {
                continue;
            }
            for (Column column : table.columns()) {
                if (!collation.equals(column.collation())) {
                    continue;
                }
                String newColumn = renames.newColumnName(table.name(), column.name());
                var now = target.column(newColumn == null ? column.name() : newColumn);
                if (now.isPresent() && collation.equals(now.get().collation())) {
                    out.add(new String[] {table.name(), column.name()});
                }
            }
        }
        return out;
    }

    /**
     * An index key of an existing table that names the collation would keep the old one, and the old one could not
     * be dropped: refused.
     */
    private void refuseIndexesNaming(Collation collation) {
        for (Table table : to.core().tables()) {
            if (from.core().table(renamedOrSame(table.name())).isEmpty()) {
                continue;
            }
            var keys = Stream.concat(table.indexes().stream().flatMap(i -> i.elements().stream()),
                    table.exclusions().stream().flatMap(e -> e.elements().stream()).map(e -> e.key()));
            IndexElement named = keys.filter(k -> Objects.equals(k.collation(), collation.name())).findFirst()
                    .orElse(null);
            if (named != null) {
                error(Code.COLLATION_CHANGE_WITH_INDEX, collation.span(), "collation " + collation.name()
                                + " changes, but an index key of table " + table.name() + " names it",
                        "PostgreSQL cannot move an index key to a new collation: drop the index (or name another"
                                + " collation in it) in one plan and change the collation in the next, or give the"
                                + " changed collation a new name");
            }
        }
    }
}
