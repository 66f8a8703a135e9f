package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Note;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.diff.Change.AddIdentity;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.Change.DropColumn;
import dev.strata.compiler.diff.Change.DropDefault;
import dev.strata.compiler.diff.Change.DropExpression;
import dev.strata.compiler.diff.Change.DropIdentity;
import dev.strata.compiler.diff.Change.DropNotNull;
import dev.strata.compiler.diff.Change.RenameColumn;
import dev.strata.compiler.diff.Change.SetDefault;
import dev.strata.compiler.diff.Change.SetIdentity;
import dev.strata.compiler.diff.Change.SetIdentityOptions;
import dev.strata.compiler.diff.Change.SetNotNull;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.sql.SqlTypes;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;

/**
 * Steps on columns: add, drop (backed up by key), rename, change type (backed up when values may not survive),
 * defaults, NOT NULL and identity.
 */
final class ColumnSteps extends PlanPart {

    ColumnSteps(PlanContext ctx) {
        super(ctx);
    }

    /** Keys of an ALTER on a column in the target's names: after renames, and after anything rebuilding it. */
    void columnStep(Draft d, String table, String column) {
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.column(table, column));
    }

    void addColumn(AddColumn c) {
        Column column = c.column();
        var expanded = to.core().table(c.table()).flatMap(t -> Expansions.source(t, column));
        if (expanded.isPresent()) {
            addExpansion(c, expanded.get());
            return;
        }
        String offline = null;
        if (column.identity() != null) {
            offline = ctx.online.whyAddOffline(c.table(), column);
            if (offline == null) {
                ctx.online.addIdentity(c);
                return;
            }
        }
        if (column.identity() == null && column.generated() == null && Volatility.isVolatile(column.defaultExpr())) {
            offline = ctx.online.whyAddOffline(c.table(), column);
            if (offline == null) {
                ctx.online.addColumn(c);
                return;
            }
        }
        var d = add(c.kind(), targetColumn(c.table(), column.name()), obj(c.table()) + "." + column.name(), ADD_COLUMNS,
                ddl.addColumn(c.table(), column, true), ddl.dropColumn(c.table(), column.name()));
        d.newUses.add(Keys.table(c.table()));
        d.newUses.addAll(newUses.column(column));
        d.newUses.remove(Keys.column(c.table(), column.name()));
        d.creates.add(Keys.column(c.table(), column.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        d.creating();
        // PostgreSQL adds it to the inheritance children, and the way back drops it there: the guard checks them
        heirs(to.core(), c.table(), column.name())
                .forEach(heir -> d.alsoReverseDrops.add(targetColumn(heir, column.name())));
        if (column.identity() != null || column.generated() != null || Volatility.isVolatile(column.defaultExpr())) {
            d.rewrites();
        }
        if (offline != null && !offline.equals(ExpandContract.NEW_TABLE)) {
            d.note(column.identity() != null
                    ? "Offline (one ADD COLUMN that numbers every row in a rewrite of the table under ACCESS"
                    + " EXCLUSIVE): " + offline + ", so the change cannot go online (docs/plans.md, \"Adding an"
                    + " identity column\")."
                    : "Offline (one ADD COLUMN that computes the volatile default for every row in a rewrite of the"
                    + " table under ACCESS EXCLUSIVE): " + offline + ", so the change cannot go online (docs/plans.md,"
                    + " \"Adding a column with a volatile default\").");
        } else if (column.generated() != null && from.core().table(renamedOrSame(c.table())).isPresent()
                && !newTables.contains(c.table())) {
            d.note("Offline (one ADD COLUMN that computes the expression for every row in a rewrite of the table"
                    + " under ACCESS EXCLUSIVE): PostgreSQL cannot make an existing column generated, so a stored"
                    + " generated column has no online form; a plain column that a trigger keeps computed would"
                    + " not be the column the sources declare.");
        }
        if (column.notNull() && column.defaultExpr() == null && column.identity() == null
                && column.generated() == null) {
            d.risk(Risk.DATA_DEPENDENT).note("Fails if the table has rows: a NOT NULL column without a default.");
        }
        if (column.comment() != null) {
            d.sql = join(d.sql, ddl.comment("COLUMN", columnTarget(c.table(), column.name()), column.comment()));
        }
        keepAddedColumnOnRollback(d, c.table(), column);
    }

    /**
     * A column that expands {@code old} added to a table that has rows: online when it can be (the rows filled by a
     * backfill, {@link ExpandContract#addExpansion}); otherwise in the plan's transaction, the column added with NULL
     * allowed, every row filled from the old column by one UPDATE, then NOT NULL set. Either way the expansion's
     * triggers ({@link Expansions}) are steps of their own in the same transaction.
     */
    private void addExpansion(AddColumn c, Column old) {
        String table = c.table();
        Column column = c.column();
        String forward = Expansions.forward(old, column, core);
        String offline = ctx.online.whyAddOffline(table, column);
        if (offline == null) {
            ctx.online.addExpansion(c, old, forward);
            return;
        }
        var sql = new ArrayList<String>();
        sql.add(ddl.addColumn(table, column, false));
        String update = Sql.update(core, table).kw("SET").eq(column.name()).paren(forward).build();
        sql.add(ddl.withoutUserTriggers(table, List.of(update)));
        if (column.notNull()) {
            sql.add(ddl.setNotNull(table, column.name()));
        }
        if (column.comment() != null) {
            sql.add(ddl.comment("COLUMN", columnTarget(table, column.name()), column.comment()));
        }
        var d = add(c.kind(), targetColumn(table, column.name()), obj(table) + "." + column.name(), ADD_COLUMNS,
                String.join("\n", sql), ddl.dropColumn(table, column.name()));
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.column(table, old.name()));
        d.newUses.addAll(newUses.column(column));
        d.newUses.remove(Keys.column(table, column.name()));
        d.creates.add(Keys.column(table, column.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        d.creating();
        d.rewrites();
        if (!offline.equals(ExpandContract.NEW_TABLE)) {
            d.note("Offline (the column added and every row filled from " + old.name() + " by one UPDATE under"
                    + " ACCESS EXCLUSIVE): " + offline + ", so the expansion cannot go online (docs/plans.md,"
                    + " \"Expanding a column across releases\").");
        }
        keepAddedColumnOnRollback(d, table, column, true);
    }

    /**
     * A rollback drops the added column, and with it every value written since the apply: the rollback first
     * saves them (by the table's key), and applying the plan again puts them back. Generated and identity columns
     * have no values of their own to keep. Without a key the values are saved whole, for a person to use.
     */
    void keepAddedColumnOnRollback(Draft d, String table, Column column) {
        keepAddedColumnOnRollback(d, table, column, false);
    }

    /**
     * As {@link #keepAddedColumnOnRollback(Draft, String, Column)}; {@code filledLater}: a backfill after the step
     * fills the column's NULLs (an online ADD COLUMN), so applying again puts back only the values that are not
     * NULL. A NULL kept by the rollback is a row the backfill had not reached; putting it back would fail the NOT
     * NULL helper check, and the backfill gives the row its value anyway.
     */
    void keepAddedColumnOnRollback(Draft d, String table, Column column, boolean filledLater) {
        if (column.generated() != null || column.identity() != null) {
            return;
        }
        keepValuesOnRollback(d, table, column, filledLater);
    }

    /**
     * The way back of {@code d} drops the column's values (written since the apply): the rollback saves them by
     * the table's key first, and applying the plan again puts them back after the step.
     */
    private void keepValuesOnRollback(Draft d, String table, Column column, boolean skipNulls) {
        keepValuesOnRollback(d, table, column, skipNulls, null);
    }

    /**
     * As {@link #keepAddedColumnOnRollback(Draft, String, Column, boolean)} for a column that expands {@code old}:
     * applying again puts a kept value back only where {@code old} still holds what the value gives it (the
     * expansion's {@code reverse} over the row with the kept value); a row whose old column was written between the
     * rollback and the new apply is left to the backfill, which fills it from the old column.
     */
    void keepExpansionOnRollback(Draft d, String table, Column column, Column old) {
        Table target = to.core().table(table).orElseThrow();
        var row = Sql.empty().kw("(SELECT");
        boolean first = true;
        for (Column c : target.columns()) {
            if (c.generated() != null) {
                continue;
            }
            if (!first) {
                row.comma();
            }
            first = false;
            row.id(c.name().equals(column.name()) ? "backup" : "target").verbatim(".").id(c.name()).kw("AS")
                    .id(c.name());
        }
        Sql reverse = Sql.empty().kw("(SELECT").paren(Expansions.reverse(old, column, core)).kw("FROM")
                .append(row.close()).kw("AS").id("strata_row").close();
        String condition = Sql.empty().id("target").verbatim(".").id(old.name()).kw("IS NOT DISTINCT FROM")
                .append(reverse).fragment();
        keepValuesOnRollback(d, table, column, true, condition);
    }

    private void keepValuesOnRollback(Draft d, String table, Column column, boolean skipNulls, String condition) {
        Table target = to.core().table(table).orElseThrow();
        var heirs = heirs(to.core(), table, column.name());
        if (!heirs.isEmpty()) {
            keepHierarchyValuesOnRollback(d, target, column, heirs);
            return;
        }
        Table before = from.core().table(renamedOrSame(table)).orElse(null);
        Set<String> added = new HashSet<>();
        for (Column col : target.columns()) {
            String old = oldColumnOrSame(table, col.name());
            if (before == null || before.column(old).isEmpty()) {
                added.add(col.name());
            }
        }
        List<String> key = BackupKey.of(target, Set.of(column.name()), added);
        var columns = new ArrayList<>(key);
        columns.add(column.name());
        d.reverseBackup = backupTable -> {
            List<String> kept = key.isEmpty() ? target.columns().stream().filter(col -> col.generated() == null)
                    .map(Column::name).toList() : columns;
            String restore = key.isEmpty() ? null : ddl.withoutUserTriggers(table,
                    List.of(restoreUpdate(target, table, List.of(column.name()), key, backupTable, false,
                            skipNulls, condition)));
            return new Backup(backupTable, obj(table), kept, key, backupCopy(backupTable, target, table, kept),
                    restore);
        };
    }

    /** The tables that inherit {@code column} of {@code table} and do not declare it themselves (PostgreSQL
     * changes and drops it there with the parent's), by name. */
    static List<String> heirs(Core core, String table, String column) {
        return Inheritance.descendants(core, table).stream().filter(t -> Inheritance.inherited(t, column))
                .map(Table::name).toList();
    }

    /**
     * The way back drops the column from {@code parent} and so from the children that inherit it: the rollback
     * saves the values of every table of the hierarchy first, each row with its table, and applying the plan
     * again puts each table's values back into it.
     */
    private void keepHierarchyValuesOnRollback(Draft d, Table parent, Column column, List<String> heirs) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String name : concat(parent.name(), heirs)) {
            List<String> key = BackupKey.of(to.core().table(name).orElseThrow(), Set.of(column.name()), Set.of());
            keys.put(name, key.stream().allMatch(k -> parent.column(k).isPresent()) ? key : List.of());
        }
        boolean keyed = keys.values().stream().noneMatch(List::isEmpty);
        if (!keyed) {
            // saved whole, for a person to use, as for a table without a key
            var whole = parent.columns().stream().filter(col -> col.generated() == null).map(Column::name).toList();
            d.reverseBackup = backupTable -> hierarchyBackupWhole(parent.name(), whole, backupTable);
            return;
        }
        d.reverseBackup = backupTable -> {
            var backup = hierarchyBackup(parent.name(), column, keys, backupTable);
            return new Backup(backup.table(), backup.source(), backup.columns(), backup.keyColumns(),
                    backup.captureSql(), String.join("\n", hierarchyRestores(to, parent.name(), column, keys,
                    backupTable)));
        };
    }

    private Backup hierarchyBackupWhole(String table, List<String> columns, String backupTable) {
        var select = Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT")
                .kw("CAST(tableoid AS regclass)::text AS").id(SOURCE_TABLE).comma().idList(columns);
        var saved = new ArrayList<String>();
        saved.add(SOURCE_TABLE);
        saved.addAll(columns);
        return new Backup(backupTable, obj(table), saved, List.of(),
                captureSql(backupTable, select.kw("FROM").name(core, table).build()), null);
    }

    void dropColumn(DropColumn c) {
        String table = c.table();
        Column column = c.column();
        var d = add(c.kind(), targetColumn(table, column.name()), obj(table) + "." + column.name(), DROP_COLUMNS, ddl.dropColumn(table, column.name()),
                null);
        d.oldUses.add(Keys.table(table));
        d.oldUses.addAll(oldUses.column(column));
        d.oldUses.remove(Keys.column(table, column.name()));
        d.drops.add(Keys.column(table, column.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        d.dropping();
        // PostgreSQL drops it from the children that inherit it too: the guard checks what depends on those
        for (String heir : heirs(from.core(), table, column.name())) {
            d.alsoDrops.add(targetColumn(heir, column.name()));
            d.drops.add(Keys.column(heir, column.name()));
        }
        if (column.generated() != null) {
            d.reverseSql = restoreColumnShape(table, column);
            d.note("A generated column holds no data of its own; the way back computes it again.");
            return;
        }
        d.risk(Risk.DESTRUCTIVE);
        Table old = from.core().table(table).orElseThrow();
        var heirs = heirs(from.core(), table, column.name());
        if (!heirs.isEmpty()) {
            dropInheritedColumn(d, old, column, heirs);
            return;
        }
        List<String> key = BackupKey.of(old, Set.of(column.name()), droppedColumns(table));
        if (key.isEmpty()) {
            String newName = renames.newTableName(table);
            Span at = to.core().table(newName == null ? table : newName).map(Table::span).orElse(column.span());
            refuse(d, at, Code.DATA_WITHOUT_RESTORE_KEY, "dropping column " + table + "." + column.name()
                            + " loses its data: the table has no primary key or NOT NULL unique key to restore it by",
                    "add a primary key first, or accept the loss with --allow-data-loss",
                    new Note(column.span(), "the column as last planned"));
            d.reverseSql = restoreColumnShape(table, column);
            return;
        }
        String now = renames.newTableName(table) == null ? table : renames.newTableName(table);
        var expansion = Expansions.expansionOf(old, column.name())
                .filter(e -> to.core().table(now).flatMap(t -> t.column(e.name())).isPresent());
        if (expansion.isPresent()) {
            d.note("Contract of the expansion " + table + "." + expansion.get().name() + " (expands " + column.name()
                    + "): the old column goes with its triggers; its values are backed up first. The way back adds"
                    + " it again with the backed-up values and gives every row changed or written since its value"
                    + " from " + expansion.get().name() + " (reverse), before the triggers are made again.");
        }
        d.backup = backupTable -> {
            var columns = new ArrayList<>(key);
            columns.add(column.name());
            String capture = backupCopy(backupTable, old, table, columns);
            var backup = Backup.beforeStep(backupTable, obj(table), columns, key, capture);
            var restores = new ArrayList<String>();
            restores.add(restoreUpdate(old, table, List.of(column.name()), key, backupTable));
            expansion.ifPresent(e -> restores.add(Sql.update(core, table).kw("SET").eq(column.name())
                    .paren(Expansions.reverse(column, e, core)).kw("WHERE").id(e.name()).kw("IS DISTINCT FROM")
                    .paren(Expansions.forward(column, e, core)).build()));
            return new Draft.BackupSql(backup, restoreColumn(table, column,
                    List.of(ddl.withoutUserTriggers(table, restores))));
        };
    }

    /**
     * A column that inheritance children have from {@code parent} only: PostgreSQL drops it from them with the
     * parent's. One backup holds the values of the whole hierarchy, each row with the table it lives in
     * ({@code tableoid}), keyed per table by that table's own key (keys are not inherited), which must be columns
     * of the parent; the way back adds the column to the parent (and so to the children, inherited as before) and
     * puts each table's values back into that table only.
     */
    private void dropInheritedColumn(Draft d, Table parent, Column column, List<String> heirs) {
        String table = parent.name();
        var keys = hierarchyKeys(d, from, parent, column, heirs);
        if (keys == null) {
            d.reverseSql = restoreColumnShape(table, column);
            return;
        }
        d.note("Inheritance children " + String.join(", ", heirs) + " lose the column too; the backup keeps each"
                + " table's values apart and the way back puts them back where they were.");
        d.backup = backupTable -> {
            var backup = hierarchyBackup(table, column, keys, backupTable);
            var restores = hierarchyRestores(from, table, column, keys, backupTable);
            return new Draft.BackupSql(Backup.beforeStep(backup.table(), backup.source(), backup.columns(),
                    backup.keyColumns(), backup.captureSql()), restoreColumn(table, column, restores));
        };
    }

    /**
     * The key of {@code parent} and of every heir of {@code column} in {@code model}, by table; null (and the step
     * refused) when one has no key, or one of columns the parent does not have (the backup reads them through
     * the parent).
     */
    private Map<String, List<String>> hierarchyKeys(Draft d, Model model, Table parent, Column column,
                                                    List<String> heirs) {
        String table = parent.name();
        var keys = new LinkedHashMap<String, List<String>>();
        for (String name : concat(table, heirs)) {
            Table t = model.core().table(name).orElseThrow();
            Set<String> dropped = model == from ? droppedColumns(name) : Set.of();
            List<String> key = BackupKey.of(t, Set.of(column.name()), dropped);
            if (key.isEmpty() || !key.stream().allMatch(k -> parent.column(k).isPresent())) {
                refuse(d, to.core().table(name).or(() -> to.core().table(table)).map(Table::span)
                                .orElse(column.span()), Code.DATA_WITHOUT_RESTORE_KEY, "column " + table + "."
                                + column.name() + " is " + (model == from ? "dropped" : "added") + " in " + name
                                + " too, which has no primary key or NOT NULL unique key of " + table
                                + "'s columns to keep its values by",
                        "give " + name + " a primary key on columns it inherits from " + table
                                + ", or accept the loss with --allow-data-loss",
                        new Note(column.span(), "the column as last planned"));
                return null;
            }
            keys.put(name, key);
        }
        return keys;
    }

    /** {@code CREATE TABLE … AS SELECT} of the column and every key, each row with the table it lives in. */
    private Backup hierarchyBackup(String table, Column column, Map<String, List<String>> keys,
                                   String backupTable) {
        var columns = new ArrayList<String>();
        keys.values().forEach(k -> k.stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        columns.add(column.name());
        var select = Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT")
                .kw("CAST(tableoid AS regclass)::text AS").id(SOURCE_TABLE).comma().idList(columns);
        // no ONLY: the rows of the parent and of every child, told apart by SOURCE_TABLE
        String capture = captureSql(backupTable, select.kw("FROM").name(core, table).build());
        var saved = new ArrayList<String>();
        saved.add(SOURCE_TABLE);
        saved.addAll(columns);
        return new Backup(backupTable, obj(table), saved, keys.get(table), capture, null);
    }

    /** One UPDATE per table, each taking only the backup's rows of that table. */
    private List<String> hierarchyRestores(Model model, String table, Column column, Map<String, List<String>> keys,
                                           String backupTable) {
        var restores = new ArrayList<String>();
        Table shape = model.core().table(table).orElseThrow();
        keys.forEach((name, key) -> restores.add(ddl.withoutUserTriggers(name, List.of(
                restoreUpdate(shape, name, List.of(column.name()), key, backupTable, true, false)))));
        return restores;
    }

    /** The column holding, in a backup of a whole inheritance hierarchy, the table each row lives in. */
    static final String SOURCE_TABLE = "strata_table";

    private static List<String> concat(String first, List<String> rest) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * Generated to plain: DROP EXPRESSION keeps the computed values and rewrites nothing. The way back drops the
     * column and adds it generated again (PostgreSQL cannot add an expression in place), so the values written
     * since the apply are saved by key first and put back when the plan is applied again. Indexes, views and
     * constraints on the column are rebuilt around the step, so the way back's DROP COLUMN takes none with it.
     */
    void dropExpression(DropExpression c) {
        String table = c.table();
        Column generated = c.from();
        String column = c.to().name();
        var d = add(c.kind(), targetColumn(table, column), obj(table) + "." + column, ALTER_COLUMNS,
                ddl.dropExpression(table, column),
                join(ddl.dropColumn(table, column), restoreColumnShape(table, generated)));
        columnStep(d, table, column);
        d.modifies.add(Keys.column(table, column));
        d.modifies.add(Keys.column(renamedOrSame(table), oldColumnOrSame(table, column)));
        // the expression's columns, in their old names: a step dropping one of them waits for this one, and the
        // way back needs them
        String oldTable = renamedOrSame(table);
        d.oldUses.addAll(oldUses.column(generated));
        var reads = BodyScanner.identifiers(generated.generated());
        from.core().table(oldTable).ifPresent(t -> t.columns().stream()
                .filter(col -> reads.contains(col.name()) && !col.name().equals(oldColumnOrSame(table, column)))
                .forEach(col -> d.oldUses.add(Keys.column(oldTable, col.name()))));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        d.creating();
        d.note("The column keeps its values. The way back computes them again; values written since the apply are"
                + " saved first and come back when the plan is applied again.");
        keepValuesOnRollback(d, table, c.to(), false);
    }

    /** Columns of an old table that this plan drops (they cannot serve as a backup key). */
    Set<String> droppedColumns(String oldTable) {
        var dropped = new HashSet<String>();
        Table old = from.core().table(oldTable).orElse(null);
        if (old == null) {
            return dropped;
        }
        for (Column column : old.columns()) {
            if (renames.newColumnName(oldTable, column.name()) == null) {
                dropped.add(column.name());
            }
        }
        return dropped;
    }

    /** The way back of a dropped column: add it again, restore its values by key, then its constraints. */
    String restoreColumn(String table, Column column, List<String> key, String backupTable) {
        return restoreColumn(table, column, List.of(ddl.withoutUserTriggers(table, List.of(restoreUpdate(
                from.core().table(table).orElseThrow(), table, List.of(column.name()), key, backupTable)))));
    }

    /** The column added again, {@code restores} putting its values back, then its not-null, identity, comment. */
    private String restoreColumn(String table, Column column, List<String> restores) {
        var statements = new ArrayList<String>();
        boolean fillsFromDefault = column.defaultExpr() != null && column.identity() == null;
        var plain = new Column(column.name(), column.type(), fillsFromDefault && column.notNull(),
                fillsFromDefault ? column.defaultExpr() : null, null, null, column.collation(), null, null, null,
                column.span());
        statements.add(ddl.addColumn(table, plain, true));
        statements.addAll(restores);
        if (column.notNull() && !plain.notNull()) {
            statements.add(ddl.setNotNull(table, column.name()));
        }
        if (column.identity() != null) {
            statements.add(ddl.addIdentity(table, column));
            statements.add(ddl.resetIdentity(table, column.name()));
        }
        if (column.comment() != null) {
            statements.add(ddl.comment("COLUMN", columnTarget(table, column.name()), column.comment()));
        }
        return String.join("\n", statements);
    }

    String restoreColumnShape(String table, Column column) {
        var statements = new ArrayList<String>();
        statements.add(ddl.addColumn(table, column, true));
        if (column.comment() != null) {
            statements.add(ddl.comment("COLUMN", columnTarget(table, column.name()), column.comment()));
        }
        return String.join("\n", statements);
    }

    /** UPDATE … FROM the backup: rows written since the apply keep their other columns. */
    String restoreUpdate(Table shape, String table, List<String> columns, List<String> key, String backupTable) {
        return restoreUpdate(shape, table, columns, key, backupTable, false, false);
    }

    /**
     * {@code bySource}: the backup holds rows of a whole hierarchy, and only those of {@code table} are its;
     * {@code skipNulls}: only the backup's rows whose (one) column is not NULL are put back.
     */
    private String restoreUpdate(Table shape, String table, List<String> columns, List<String> key,
                                 String backupTable, boolean bySource, boolean skipNulls) {
        return restoreUpdate(shape, table, columns, key, backupTable, bySource, skipNulls, null);
    }

    /** {@code condition}: SQL over {@code target} and {@code backup} a row must meet to be put back, null for all. */
    private String restoreUpdate(Table shape, String table, List<String> columns, List<String> key,
                                 String backupTable, boolean bySource, boolean skipNulls, String condition) {
        var sql = only(Sql.of("UPDATE"), table).name(core, table).kw("AS").id("target").kw("SET");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.id(columns.get(i)).kw("=").append(restoredValue(shape, columns.get(i), "backup"));
        }
        sql.kw("FROM").name(BACKUP_SCHEMA, backupTable).kw("AS").id("backup").kw("WHERE");
        keyMatch(sql, key);
        if (bySource) {
            sql.kw("AND CAST(").id("backup").verbatim(".").id(SOURCE_TABLE).kw("AS regclass) =").id("target")
                    .verbatim(".").id("tableoid");
        }
        if (skipNulls) {
            for (String column : columns) {
                sql.kw("AND").id("backup").verbatim(".").id(column).kw("IS NOT NULL");
            }
        }
        if (condition != null) {
            sql.kw("AND").verbatim(condition);
        }
        return compact(sql.build());
    }

    void keyMatch(Sql sql, List<String> key) {
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                sql.kw("AND");
            }
            sql.id("target").verbatim(".").id(key.get(i)).kw("=").id("backup").verbatim(".").id(key.get(i));
        }
    }

    /** The builder spaces every token; a qualified reference reads better without spaces around its dot. */
    static String compact(String sql) {
        return sql.replace("\" . \"", "\".\"");
    }

    void renameColumn(RenameColumn c) {
        String forward = ddl.renameColumn(c.table(), c.from(), c.to());
        String reverse = ddl.renameColumn(c.table(), c.to(), c.from());
        boolean identity = to.core().table(c.table()).flatMap(t -> t.column(c.to()))
                .map(col -> col.identity() != null).orElse(false)
                && from.core().table(renamedOrSame(c.table())).flatMap(t -> t.column(c.from()))
                .map(col -> col.identity() != null).orElse(false);
        if (identity) {
            forward = join(forward, ddl.renameIdentitySequence(c.table(), c.to(),
                    Identifiers.objectName(c.table(), c.to(), "seq")));
            reverse = join(reverse, ddl.renameIdentitySequence(c.table(), c.from(),
                    Identifiers.objectName(c.table(), c.from(), "seq")));
        }
        var d = add(c.kind(), targetColumn(c.table(), c.to()).renamedFrom(c.from()),
                obj(c.table()) + "." + c.from() + " -> " + c.to(), RENAME_COLUMNS, forward, reverse);
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.column(c.table(), c.from()));
        d.creates.add(Keys.column(c.table(), c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    void alterColumnType(AlterColumnType c) {
        String table = c.table();
        Column a = c.from();
        Column b = c.to();
        TypeChange conversion = c.conversion();
        String using = conversion == null ? null : conversion.using();
        String reverseUsing = conversion == null ? null : conversion.reverse();
        boolean sameType = dev.strata.compiler.model.TypeNames.sameType(a.type(), b.type());
        // into an enum of the core from a string or another enum: by label, through text (the obvious conversion
        // PostgreSQL does not make on its own); the way back is by label too, so no value can change
        boolean byLabel = conversion == null && !sameType && isEnum(b.type())
                && (isEnum(a.type()) || Casts.isString(a.type())) && a.type().arrayDimensions() == 0
                && b.type().arrayDimensions() == 0;
        if (byLabel) {
            using = viaText(b.name(), b.type());
            reverseUsing = isEnum(a.type()) ? viaText(b.name(), a.type()) : null;
        }
        String object = obj(table) + "." + b.name();
        // the old default may not convert to the new type (text 'placed' into an enum): off before the change,
        // back after the way back; the target's default is a step of its own after this one
        String forward = ddl.alterColumnType(table, b.name(), b.type(), b.collation(), using);
        if (a.defaultExpr() != null) {
            forward = join(ddl.dropDefault(table, b.name()), forward);
        }
        var d = add(c.kind(), targetColumn(table, b.name()), object, ALTER_COLUMNS, forward, null);
        if (a.defaultExpr() != null) {
            d.oldUses.addAll(oldUses.sql(a.defaultExpr(), Scope.CORE));
            d.alsoDrops.add(defaultOf(table, b.name()));
        }
        columnStep(d, table, b.name());
        d.newUses.addAll(newUses.type(b.type()));
        d.newUses.addAll(newUses.collation(b.collation()));
        if (!Objects.equals(a.collation(), b.collation())) {
            d.oldUses.addAll(oldUses.collation(a.collation()));
        }
        d.newUses.addAll(newUses.sql(using, Scope.CORE));
        d.modifies.add(Keys.column(table, b.name()));
        d.modifies.add(Keys.column(renamedOrSame(table), oldColumnOrSame(table, b.name())));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (!sameType && !Casts.binaryCoercible(a.type(), b.type()) || using != null) {
            d.rewrites();
        } else if (!sameType) {
            d.note("No rewrite: " + a.type().sql() + " to " + b.type().sql() + " is binary coercible, PostgreSQL"
                    + " keeps the stored values and the table's file as they are; ACCESS EXCLUSIVE only while the"
                    + " catalog changes.");
        }
        if (!sameType && using == null && !Casts.assignment(a.type(), b.type())) {
            error(Code.TYPE_CHANGE_NEEDS_CONVERSION, b.span(),
                    "column " + table + "." + b.name() + " changes from " + a.type().sql()
                            + " to " + b.type().sql() + ", which PostgreSQL cannot convert without a conversion",
                    "write the conversion: using (" + b.name() + "::" + b.type().sql() + ") reverse (...)");
        }
        String castBack = Identifiers.quote(b.name()) + "::" + SqlTypes.name(a.type(), core);
        boolean canGoBack = reverseUsing != null || sameType || Casts.explicit(b.type(), a.type());
        // without a reverse expression, prefer PostgreSQL's assignment rules: a value written since the apply that
        // does not fit the old type then fails the rollback instead of being cut short by an explicit cast
        String backUsing = reverseUsing != null ? reverseUsing
                : (sameType || Casts.assignment(b.type(), a.type()) ? null : castBack);
        String typeBack = ddl.alterColumnType(table, b.name(), a.type(), a.collation(), backUsing);
        String back = a.defaultExpr() == null ? typeBack
                : join(typeBack, ddl.setDefault(table, b.name(), a.defaultExpr()));
        d.reverseSql = back;
        // bigint into integer: PostgreSQL refuses a value that does not fit rather than changing it, so a change
        // that runs kept every value exactly, and widening back gives each one back
        boolean fitsOrFails = conversion == null && Casts.integerNarrowing(a.type(), b.type());
        boolean lossless = sameType || byLabel || fitsOrFails
                || using == null && Casts.lossless(a.type(), b.type());
        if (conversion != null && conversion.irreversible()) {
            d.irreversible = true;
            ctx.dataLossAccepted = true;
            d.risk(Risk.DESTRUCTIVE).note("Marked irreversible in the sources: the way back "
                    + (canGoBack ? "casts the values back and may lose what the conversion changed."
                    : "cannot convert the values back."));
            if (!canGoBack) {
                d.reverseSql = "-- irreversible: " + object + " cannot be converted back to " + a.type().sql();
            }
            return;
        }
        // a conversion that may change values (text to integer: '007' becomes 7) goes online too when it has a
        // way back: the switch, which drops the old column, backs up its values first, as the offline form does
        if (d.rewritesTable && (fitsOrFails || byLabel || lossless || canGoBack)) {
            String offline = conversion != null && conversion.offline() ? "the sources ask for it (using offline)"
                    : ctx.online.whyOffline(table, a, b);
            if (offline == null) {
                String newValue = using != null ? using : "CAST(" + Identifiers.quote(b.name()) + " AS "
                        + SqlTypes.name(b.type(), core) + ")";
                ctx.online.plan(d, table, a, b, newValue, fitsOrFails || byLabel || lossless);
            } else {
                d.note("Offline (one ALTER COLUMN TYPE that rewrites the table under ACCESS EXCLUSIVE): " + offline
                        + ", so the change cannot go online (docs/runtime.md, \"Online type changes\").");
            }
        }
        if (fitsOrFails) {
            d.risk(Risk.DATA_DEPENDENT).note("Fails if a value does not fit into " + b.type().sql() + "; the values"
                    + " that fit are kept exactly, so the way back needs no backup.");
            return;
        }
        if (byLabel) {
            d.risk(Risk.DATA_DEPENDENT).note("Converted by label (" + using + "): fails if a row holds a value that is"
                    + " not a label of " + b.type().sql() + "; the way back converts by label too.");
            return;
        }
        if (lossless) {
            d.risk(d.rewritesTable ? Risk.DATA_DEPENDENT : Risk.SAFE);
            return;
        }
        d.risk(Risk.DESTRUCTIVE);
        if (!canGoBack) {
            refuse(d, b.span(), Code.TYPE_CHANGE_WITHOUT_WAY_BACK,
                    "column " + table + "." + b.name() + " changes from " + a.type().sql()
                            + " to " + b.type().sql() + " and there is no way back",
                    "add reverse (expression) to the conversion, mark it irreversible, or use --allow-data-loss");
            d.reverseSql = "-- irreversible: " + object + " cannot be converted back to " + a.type().sql();
            return;
        }
        Table newTable = to.core().table(table).orElseThrow();
        // ALTER COLUMN TYPE converts the column in every child that has it from the table, its own too
        var heirs = Inheritance.descendants(to.core(), table).stream()
                .filter(t -> t.column(b.name()).isPresent()).map(Table::name).toList();
        if (!heirs.isEmpty()) {
            refuse(d, b.span(), Code.DATA_WITHOUT_RESTORE_KEY, "changing the type of " + table + "." + b.name()
                            + " may lose data, also in the tables that inherit it (" + String.join(", ", heirs)
                            + "), whose old values this plan cannot back up",
                    "change the type without loss (a conversion that keeps every value), or accept the loss with"
                            + " --allow-data-loss");
            return;
        }
        List<String> key = BackupKey.of(newTable, Set.of(b.name()), Set.of());
        if (key.isEmpty()) {
            refuse(d, b.span(), Code.DATA_WITHOUT_RESTORE_KEY, "changing the type of " + table + "." + b.name()
                            + " may lose data, and the table has no key to restore it by",
                    "add a primary key first, or accept the loss with --allow-data-loss");
            return;
        }
        String converted = using != null ? using : Identifiers.quote(b.name());
        d.backup = backupTable -> {
            var columns = new ArrayList<>(key);
            columns.add(b.name());
            var create = Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT").idList(columns)
                    .comma().kw("CAST(").paren(converted).kw("AS").append(SqlTypes.of(b.type(), core, null)).close()
                    .kw("AS").id(CONVERTED);
            from(create, table);
            var backup = Backup.beforeStep(backupTable, obj(table), columns, key, captureSql(backupTable, create.build()));
            var forget = Sql.of("DELETE FROM").name(BACKUP_SCHEMA, backupTable).kw("AS").id("backup").kw("USING");
            only(forget, table).name(core, table).kw("AS").id("target").kw("WHERE");
            keyMatch(forget, key);
            forget.kw("AND").id("target").verbatim(".").id(b.name()).kw("IS DISTINCT FROM").id("backup")
                    .verbatim(".").id(CONVERTED);
            String reverse = String.join("\n", compact(forget.build()), back, ddl.withoutUserTriggers(table,
                    List.of(restoreUpdate(null, table, List.of(b.name()), key, backupTable))));
            return new Draft.BackupSql(backup, reverse);
        };
        d.note("Values changed since the apply keep their new value; the others get their exact old value back.");
    }

    private boolean isEnum(dev.strata.compiler.model.TypeRef type) {
        return to.core().enums().stream().anyMatch(e -> e.name().equals(type.name()))
                || from.core().enums().stream().anyMatch(e -> e.name().equals(type.name()));
    }

    /** {@code "column"::text::"core"."type"}. */
    private String viaText(String column, dev.strata.compiler.model.TypeRef type) {
        return Identifiers.quote(column) + "::text::" + SqlTypes.name(type, core);
    }

    void setDefault(SetDefault c) {
        Column column = c.column();
        var d = add(c.kind(), targetColumn(c.table(), column.name()), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.setDefault(c.table(), column.name(), column.defaultExpr()),
                ddl.setDefault(c.table(), column.name(), c.previous()));
        columnStep(d, c.table(), column.name());
        d.newUses.addAll(newUses.sql(column.defaultExpr(), Scope.CORE));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        // a default is replaced as a whole: the old one goes (forward), the new one goes on the way back
        if (c.previous() != null) {
            d.alsoDrops.add(defaultOf(c.table(), column.name()));
        }
        d.alsoReverseDrops.add(defaultOf(c.table(), column.name()));
    }

    private StepTarget defaultOf(String table, String column) {
        return StepTarget.ofTable(StepTarget.Kind.DEFAULT, core, table, column);
    }

    void dropDefault(DropDefault c) {
        Column column = c.column();
        var d = add(c.kind(), targetColumn(c.table(), column.name()), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.dropDefault(c.table(), column.name()),
                ddl.setDefault(c.table(), column.name(), column.defaultExpr()));
        columnStep(d, c.table(), column.name());
        d.oldUses.addAll(oldUses.sql(column.defaultExpr(), Scope.CORE));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        d.alsoDrops.add(defaultOf(c.table(), column.name()));
    }

    void setNotNull(SetNotNull c) {
        if (notNullOnline(c.table(), c.column())) {
            setNotNullOnline(c.table(), c.column().name());
            return;
        }
        String column = c.column().name();
        var d = add(c.kind(), targetColumn(c.table(), column), obj(c.table()) + "." + column, ALTER_COLUMNS, ddl.setNotNull(c.table(), column),
                ddl.dropNotNull(c.table(), column));
        columnStep(d, c.table(), column);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DATA_DEPENDENT).scans();
        d.note("Fails if a row holds NULL.");
        if (c.column().typeChange() != null && c.column().typeChange().offline()) {
            d.note("Offline, as the sources ask (using offline): the scan runs under ACCESS EXCLUSIVE.");
        }
    }

    /**
     * Whether SET NOT NULL on a column of an existing table runs online ({@link #setNotNullOnline}). Not on a
     * partitioned table or one with inheritance children (the helper check and SET NOT NULL would recurse into them;
     * not proven), and not for a column that becomes an identity (ADD IDENTITY needs it NOT NULL inside the
     * transaction) or part of a primary key added in one step (ADD PRIMARY KEY sets NOT NULL itself), and not when
     * the column says {@code using offline}. A key added
     * online ({@link ConstraintSteps}) waits for these steps.
     */
    private boolean notNullOnline(String table, Column column) {
        if (newTables.contains(table) || hasChildren(table)
                || column.typeChange() != null && column.typeChange().offline()) {
            return false;
        }
        Table t = to.core().table(table).orElse(null);
        if (t == null || t.partitioned()) {
            return false;
        }
        boolean keyColumn = t.primaryKey() != null && t.primaryKey().columns().contains(column.name());
        return (!keyColumn || primaryKeyOnline(table)) && column.identity() == null;
    }

    /**
     * SET NOT NULL without holding ACCESS EXCLUSIVE during a scan, in four steps. In the plan's transaction, a helper
     * {@code CHECK (c IS NOT NULL) NOT VALID} (a short lock, no scan; new rows are checked from then on). Outside it,
     * each step in a transaction of its own: VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE (writes go on);
     * SET NOT NULL finds the valid check and skips its scan (PostgreSQL 12 and later), a short ACCESS EXCLUSIVE;
     * then the helper is dropped. A failed validation leaves the helper NOT VALID for apply to resume at it. Each
     * step may run again after a kill between its commit and its record in {@code strata.deferred_step}: SET NOT NULL
     * on a NOT NULL column does nothing, the drop says IF EXISTS. The way back: DROP NOT NULL, then the reverse of the
     * first step drops the helper if it is still there.
     */
    private void setNotNullOnline(String table, String column) {
        String helper = Identifiers.objectName(table, column, "strata_nn");
        var check = add("add not null check", targetConstraint(table, helper), obj(helper), ALTER_COLUMNS,
                ddl.addNotNullCheck(table, helper, column), ddl.dropConstraintIfExists(table, helper));
        columnStep(check, table, column);
        check.creating();
        check.creates.add(Keys.constraint(helper));
        check.lock(LockLevel.ACCESS_EXCLUSIVE).note("Online SET NOT NULL, 1 of 4: a helper check, NOT VALID: rows"
                + " already there are not checked, new rows must not hold NULL.");
        notNullFromHelper(table, column, helper, null, List.of(), List.of());
    }

    /**
     * The last three steps of an online SET NOT NULL, after helper check {@code helper} exists: validate it, SET NOT
     * NULL without a scan, drop it; {@code after} is a key the validation also waits for (a backfill), or null;
     * {@code cleanup} is more SQL for the last step, which drops {@code cleanupDrops} (a helper trigger).
     */
    Draft notNullFromHelper(String table, String column, String helper, String after, List<String> cleanup,
                            List<StepTarget> cleanupDrops) {
        String object = obj(table) + "." + column;
        String inPlan = "the way back drops it with the reverse of the step that added it";
        // the steps' place among the change's: SET NOT NULL has the helper before them, ADD COLUMN the column and
        // its backfill
        String what = after == null ? "Online SET NOT NULL, " : "Online ADD COLUMN NOT NULL, ";
        int first = after == null ? 2 : 3;
        int all = first + 2;
        var validate = add("validate not null check", targetConstraint(table, helper), obj(helper), ALTER_COLUMNS,
                ddl.validateConstraint(table, helper), ddl.nothingToUndo(obj(table) + "." + helper, inPlan));
        validate.newUses.add(Keys.constraint(helper));
        if (after != null) {
            validate.newUses.add(after);
        }
        validate.creates.add(Keys.validated(helper));
        validate.transactional = false;
        validate.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).scans().risk(Risk.DATA_DEPENDENT);
        validate.note(what + first + " of " + all + ": runs outside the transaction; writes go on while it scans."
                + " Fails if a row holds NULL: the helper stays NOT VALID and apply resumes here.");
        var set = add("set not null", targetColumn(table, column), object, ALTER_COLUMNS,
                ddl.setNotNull(table, column), ddl.dropNotNull(table, column));
        columnStep(set, table, column);
        set.newUses.add(Keys.validated(helper));
        set.creates.add(Keys.notNull(table, column));
        set.transactional = false;
        set.lock(LockLevel.ACCESS_EXCLUSIVE).note(what + (first + 1) + " of " + all + ": a transaction of its own; the valid"
                + " helper check proves there is no NULL, so it does not scan.");
        var dropSql = new ArrayList<String>(cleanup);
        dropSql.add(ddl.dropConstraintIfExists(table, helper));
        var drop = add("drop not null check", targetConstraint(table, helper), obj(helper), ALTER_COLUMNS,
                String.join("\n", dropSql), ddl.nothingToUndo(obj(table) + "." + helper, inPlan));
        drop.dropping();
        drop.alsoDrops.addAll(cleanupDrops);
        drop.newUses.add(Keys.notNull(table, column));
        drop.transactional = false;
        drop.lock(LockLevel.ACCESS_EXCLUSIVE).note(what + all + " of " + all + ": the helper check goes"
                + (cleanup.isEmpty() ? "" : ", with the trigger that filled rows updated before the backfill")
                + "; NOT NULL holds on its own.");
        return drop;
    }

    void dropNotNull(DropNotNull c) {
        String column = c.column().name();
        var d = add(c.kind(), targetColumn(c.table(), column), obj(c.table()) + "." + column, ALTER_COLUMNS, ddl.dropNotNull(c.table(), column),
                ddl.setNotNull(c.table(), column));
        columnStep(d, c.table(), column);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).note("The way back fails if a NULL was written since.");
    }

    void addIdentity(AddIdentity c) {
        Column column = c.column();
        var d = add(c.kind(), targetColumn(c.table(), column.name()), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                join(ddl.addIdentity(c.table(), column), ddl.resetIdentity(c.table(), column.name())),
                ddl.dropIdentity(c.table(), column.name()));
        columnStep(d, c.table(), column.name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE).scans();
    }

    void dropIdentity(DropIdentity c) {
        Column column = c.column();
        var d = add(c.kind(), targetColumn(c.table(), column.name()), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.dropIdentity(c.table(), column.name()),
                join(ddl.addIdentity(c.table(), column), ddl.resetIdentity(c.table(), column.name())));
        columnStep(d, c.table(), column.name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    /**
     * The identity's sequence options set in place, every one (an unset one to its default); the reverse sets the
     * old ones. The sequence keeps its current value, which PostgreSQL checks against the new bounds: a maximum
     * lowered below it (or a minimum raised above it) fails, either way.
     */
    void setIdentityOptions(SetIdentityOptions c) {
        String column = c.to().name();
        var d = add(c.kind(), targetColumn(c.table(), column), obj(c.table()) + "." + column, ALTER_COLUMNS,
                ddl.alterIdentityOptions(c.table(), column, c.to().identityOptions()),
                ddl.alterIdentityOptions(c.table(), column, c.from().identityOptions()));
        columnStep(d, c.table(), column);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DATA_DEPENDENT)
                .note("Fails if the sequence's current value lies outside the new minvalue and maxvalue.");
    }

    void setIdentity(SetIdentity c) {
        var d = add(c.kind(), targetColumn(c.table(), c.to().name()), obj(c.table()) + "." + c.to().name(), ALTER_COLUMNS,
                ddl.setIdentity(c.table(), c.to()), ddl.setIdentity(c.table(), c.from()));
        columnStep(d, c.table(), c.to().name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }
}
