package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddTable;
import dev.strata.compiler.diff.Change.ChangeInheritance;
import dev.strata.compiler.diff.Change.ChangePartitioning;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropTable;
import dev.strata.compiler.diff.Change.RenameTable;
import dev.strata.compiler.diff.Change.SetPartitionBound;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Steps that create, drop (with a backup of the whole table) and rename tables, and create, drop (detached, with a
 * backup of their rows) and re-bound partitions.
 */
final class TableSteps extends PlanPart {

    TableSteps(PlanContext ctx) {
        super(ctx);
    }

    // ------------------------------------------------------------------------------------------- tables

    void addTable(AddTable c) {
        Table t = c.table();
        var names = DefaultNames.of(t);
        var d = add(c.kind(), targetTable(t.name()), obj(t.name()), CREATE_TABLES, createTableSql(t), ddl.dropTable(t.name()));
        d.creating();
        d.creates.add(Keys.table(t.name()));
        d.newUses.add(Keys.schema(core));
        tableKeys(d.creates, t, names);
        for (Column column : t.columns()) {
            d.newUses.addAll(newUses.column(column));
        }
        t.checks().stream().filter(check -> !check.notValid())
                .forEach(check -> d.newUses.addAll(newUses.sql(check.expression(), Scope.CORE)));
        d.newUses.removeIf(k -> k.equals(Keys.table(t.name())) || k.startsWith("column:" + t.name() + "."));
        // parents first; an existing parent gets a new child (PostgreSQL locks it too)
        t.parents().forEach(parent -> d.newUses.add(Keys.table(parent)));
        if (t.partition()) {
            d.newUses.add(Keys.table(t.partitionOf().parent()));
            if (!newTables.contains(t.partitionOf().parent())) {
                // CREATE TABLE … PARTITION OF locks the existing parent (PostgreSQL docs: ALTER TABLE, CREATE TABLE)
                d.lock(LockLevel.ACCESS_EXCLUSIVE);
            }
        }
        // CREATE TABLE would mark them validated: a check that is not valid is its own step after it
        t.checks().stream().filter(Check::notValid)
                .forEach(check -> ctx.constraints.addCheck(new AddCheck(t.name(), check, names.of(check))));
        for (Index index : t.indexes()) {
            ctx.constraints.addIndex(t.name(), index, names.of(index), false);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            ctx.constraints.addForeignKey(t.name(), fk, names.of(fk));
        }
        for (Trigger trigger : t.triggers()) {
            ctx.constraints.addTrigger(t.name(), trigger);
        }
        ctx.policies.addTable(t);
        keepCreatedTableOnRollback(d, t);
    }

    /**
     * A rollback drops the created table, and with it every row written since the apply: the rollback first saves
     * them (the runtime refuses to drop a table holding rows unless told to), and applying the plan again puts them
     * back right after the table is created, before its foreign keys and triggers come.
     */
    void keepCreatedTableOnRollback(Draft d, Table created) {
        if (created.partitioned()) {
            // a partitioned table holds no rows of its own: its partitions' steps keep theirs (their reverses drop
            // them first), and a copy of the parent's rows would come back before any partition could take them
            return;
        }
        Table t = rowsOf(created, to);
        var columns = t.columns().stream().filter(col -> col.generated() == null).map(Column::name).toList();
        List<String> key = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        d.reverseBackup = backupTable -> {
            String capture = backupCopy(backupTable, t, t.name(), columns);
            return new Backup(backupTable, obj(t.name()), columns, key, capture,
                    String.join("\n", restoreRows(t, columns, backupTable)));
        };
    }

    /** INSERT … SELECT from a backup table, identities kept and their sequences moved past the restored values. */
    List<String> restoreRows(Table t, List<String> columns, String backupTable) {
        var restore = new ArrayList<String>();
        if (columns.isEmpty()) {
            // a table of no columns (or only generated ones) has no values to put back: INSERT INTO t () is no SQL
            return restore;
        }
        var insert = Sql.of("INSERT INTO").name(core, t.name()).ids(columns);
        if (t.columns().stream().anyMatch(col -> col.identity() == Identity.ALWAYS)) {
            insert.kw("OVERRIDING SYSTEM VALUE");
        }
        insert.kw("SELECT");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                insert.comma();
            }
            insert.append(restoredValue(t, columns.get(i), "backup"));
        }
        insert.kw("FROM").name(BACKUP_SCHEMA, backupTable).kw("AS").id("backup");
        restore.add(insert.build());
        // a partition's identity is its parent's: the sequence goes past the rows of every partition
        String owner = t.partition() ? t.partitionOf().parent() : t.name();
        t.columns().stream().filter(col -> col.identity() != null)
                .forEach(col -> restore.add(ddl.resetIdentity(owner, col.name())));
        return restore;
    }

    /**
     * The table whose rows {@code t} holds: {@code t} itself, or for a partition the partition with its parent's
     * columns and primary key as {@code model} declares them (what its backups copy and its restores put back).
     */
    static Table rowsOf(Table t, Model model) {
        if (!t.partition()) {
            return t;
        }
        Table parent = model.core().table(t.partitionOf().parent()).orElseThrow();
        return new Table(t.name(), parent.columns(), parent.primaryKey(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, t.span()).withPartitioning(null, t.partitionOf());
    }

    /** CREATE TABLE with its comments, and those of the constraints it creates (keys, valid checks, exclusions). */
    String createTableSql(Table t) {
        var statements = new ArrayList<String>();
        statements.add(ddl.createTable(t));
        if (t.comment() != null) {
            statements.add(ddl.comment("TABLE", Sql.qualified(core, t.name()), t.comment()));
        }
        for (Column column : t.columns()) {
            if (column.comment() != null) {
                statements.add(ddl.comment("COLUMN", columnTarget(t.name(), column.name()), column.comment()));
            }
        }
        var names = DefaultNames.of(t);
        var created = new ArrayList<Object>();
        if (t.primaryKey() != null) {
            created.add(t.primaryKey());
        }
        created.addAll(t.uniques());
        t.checks().stream().filter(check -> !check.notValid()).forEach(created::add);
        created.addAll(t.exclusions());
        for (Object constraint : created) {
            String comment = constraint instanceof PrimaryKey p ? p.comment()
                    : constraint instanceof UniqueConstraint u ? u.comment()
                    : constraint instanceof Check ch ? ch.comment() : ((Exclusion) constraint).comment();
            String sql = constraintCommentSql(t.name(), names.of(constraint), comment);
            if (sql != null) {
                statements.add(sql);
            }
        }
        return String.join("\n", statements);
    }

    /** Everything a CREATE TABLE makes: columns, keys, constraint and index names. */
    void tableKeys(Set<String> keys, Table t, DefaultNames.Names names) {
        for (Column column : t.columns()) {
            keys.add(Keys.column(t.name(), column.name()));
        }
        if (t.primaryKey() != null) {
            keys.add(Keys.uniqueKey(t.name(), t.primaryKey().columns()));
            keys.add(Keys.constraint(names.of(t.primaryKey())));
        }
        t.uniques().forEach(u -> {
            keys.add(Keys.uniqueKey(t.name(), u.columns()));
            keys.add(Keys.constraint(names.of(u)));
        });
        t.checks().stream().filter(ch -> !ch.notValid()).forEach(ch -> keys.add(Keys.constraint(names.of(ch))));
        t.exclusions().forEach(x -> keys.add(Keys.constraint(names.of(x))));
    }

    void dropTable(DropTable c) {
        Table t = c.table();
        var names = DefaultNames.of(t);
        String sql = ddl.dropTable(t.name());
        if (t.partition()) {
            sql = String.join("\n", ddl.detachPartition(t.partitionOf().parent(), t.name()), sql);
        }
        var d = add(c.kind(), targetTable(t.name()), obj(t.name()), DROP_TABLES, sql, null);
        d.dropping();
        d.drops.add(Keys.table(t.name()));
        tableKeys(d.drops, t, names);
        t.indexes().forEach(i -> {
            d.drops.add(Keys.constraint(names.of(i)));
            if (i.unique()) {
                d.drops.add(Keys.uniqueKey(t.name(), i.elements().stream().map(Index.IndexElement::column).toList()));
            }
        });
        for (Column column : t.columns()) {
            d.oldUses.addAll(oldUses.column(column));
        }
        d.oldUses.removeIf(k -> k.equals(Keys.table(t.name())) || k.startsWith("column:" + t.name() + "."));
        d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DESTRUCTIVE);
        String recreate = recreateTableSql(t, names);
        if (t.partitioned()) {
            // its partitions are gone by now (each dropped with its rows backed up, the step before this one), so
            // the partitioned table holds no rows: the way back recreates it, and the partitions' restores follow
            d.reverseSql = recreate;
            d.note("A partitioned table holds no rows itself: its partitions' steps back up theirs.");
        } else {
            backUpDroppedTable(d, t, recreate);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            ctx.constraints.dropForeignKey(t.name(), fk, names.of(fk));
        }
        // the restored table has no check that is not valid: its own step's way back adds it after the rows
        t.checks().stream().filter(Check::notValid)
                .forEach(check -> ctx.constraints.dropCheck(new DropCheck(t.name(), check, names.of(check))));
        for (Trigger trigger : t.triggers()) {
            ctx.constraints.dropTrigger(t.name(), trigger);
        }
        ctx.policies.dropTable(t);
    }

    private void backUpDroppedTable(Draft d, Table dropped, String recreate) {
        Table t = rowsOf(dropped, from);
        // a child goes before its parents (a parent cannot be dropped while it has children)
        dropped.parents().forEach(parent -> d.oldUses.add(Keys.table(parent)));
        if (hasChildren(dropped.name())) {
            d.note("Its inheritance children are dropped first, each with its own rows backed up: this backup holds"
                    + " the table's own rows only (FROM ONLY).");
        }
        if (dropped.partition()) {
            d.oldUses.add(Keys.table(dropped.partitionOf().parent()));
            d.note("The partition is detached and dropped; its rows are backed up and come back with it on rollback.");
        }
        var columns = t.columns().stream().filter(col -> col.generated() == null).map(Column::name).toList();
        d.backup = table -> {
            String capture = backupCopy(table, t, t.name(), columns);
            var backup = Backup.beforeStep(table, obj(t.name()), columns, List.of(), capture);
            var restore = new ArrayList<String>();
            restore.add(recreate);
            restore.addAll(restoreRows(t, columns, table));
            restore.addAll(ownedSequencesBack(dropped));
            return new Draft.BackupSql(backup, String.join("\n", restore));
        };
    }

    /**
     * A partition's new bound: detached and attached again. ATTACH checks every row of the partition against the
     * new bound (and a default partition's rows against it too), so a row that does not fit fails the step.
     */
    void setPartitionBound(SetPartitionBound c) {
        String forward = String.join("\n", ddl.detachPartition(c.parent(), c.table()),
                ddl.attachPartition(c.parent(), c.table(), c.to()));
        String reverse = String.join("\n", ddl.detachPartition(c.parent(), c.table()),
                ddl.attachPartition(c.parent(), c.table(), c.from()));
        var d = add(c.kind(), targetTable(c.table()), obj(c.table()), ALTER_COLUMNS, forward, reverse);
        d.newUses.add(Keys.table(c.parent()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE).scans();
        d.note("ATTACH PARTITION checks every row against the new bound; a row outside it fails the step.");
    }

    /**
     * A child that stops inheriting from a table (NO INHERIT, before columns and tables are dropped: it keeps the
     * columns as its own) or starts inheriting from one (INHERIT, once its columns are in place: PostgreSQL
     * requires the child to have every column of the parent already). Refused (S2019) where the child would keep
     * a column the sources no longer give it, lacks a column of the new parent, or a column changes between its
     * own and only inherited while the parents stay.
     */
    void changeInheritance(ChangeInheritance c) {
        Table was = c.from();
        Table now = c.to();
        var kept = now.parents().stream().map(this::oldTableName).toList();
        var removed = was.parents().stream().filter(p -> !kept.contains(p)).toList();
        var added = now.parents().stream().filter(p -> !was.parents().contains(oldTableName(p))).toList();
        if (!inheritancePossible(was, now, removed, added)) {
            return;
        }
        for (String parent : removed) {
            var d = add(c.kind(), targetTable(was.name()), obj(was.name()), DROP_CONSTRAINTS,
                    ddl.noInherit(was.name(), parent), ddl.inherit(was.name(), parent));
            d.oldUses.add(Keys.table(parent));
            d.oldUses.add(Keys.table(was.name()));
            d.lock(LockLevel.ACCESS_EXCLUSIVE);
            d.note("The child keeps the columns it inherited from " + parent + ", as its own; its rows no longer"
                    + " show in " + parent + ".");
        }
        for (String parent : added) {
            var d = add(c.kind(), targetTable(now.name()), obj(now.name()), ADD_CONSTRAINTS,
                    ddl.inherit(now.name(), parent), ddl.noInherit(now.name(), parent));
            d.newUses.add(Keys.table(parent));
            d.newUses.add(Keys.table(now.name()));
            d.lock(LockLevel.ACCESS_EXCLUSIVE);
            d.note("INHERIT checks that the child has every column of " + parent + " (same types, not null where "
                    + parent + "'s is) and its check constraints; the child's rows then show in " + parent + ".");
        }
    }

    private String oldTableName(String table) {
        String old = renames.oldTableName(table);
        return old == null ? table : old;
    }

    private boolean inheritancePossible(Table was, Table now, List<String> removed, List<String> added) {
        for (Column column : now.columns()) {
            boolean before = was.column(column.name()).isPresent();
            if (before && Inheritance.inherited(now, column.name()) && !Inheritance.inherited(was, column.name())) {
                return refuseInheritance(now, "column " + now.name() + "." + column.name() + " would change from"
                        + " its own to only inherited, which PostgreSQL cannot do in place",
                        "keep declaring " + column.name() + " in " + now.name());
            }
            if (before && removed.isEmpty() && !Inheritance.inherited(now, column.name())
                    && Inheritance.inherited(was, column.name())) {
                return refuseInheritance(now, "column " + now.name() + "." + column.name() + " would change from"
                        + " only inherited to its own while " + now.name() + " keeps its parents, which PostgreSQL"
                        + " cannot do in place", "leave " + column.name() + " to the parent");
            }
        }
        for (String parent : removed) {
            for (Column column : from.core().table(parent).map(Table::columns).orElse(List.of())) {
                if (Inheritance.inherited(was, column.name()) && now.column(column.name()).isEmpty()) {
                    return refuseInheritance(now, now.name() + " stops inheriting from " + parent + " but would"
                                    + " keep its column " + column.name() + " (NO INHERIT leaves it in the child)",
                            "declare " + column.name() + " in " + now.name() + " for this plan, and drop it in a"
                                    + " later one");
                }
            }
        }
        for (String parent : added) {
            for (Column column : to.core().table(parent).map(Table::columns).orElse(List.of())) {
                if (was.column(column.name()).isEmpty()) {
                    return refuseInheritance(now, now.name() + " starts inheriting from " + parent + ", which has"
                                    + " column " + column.name() + " that " + now.name() + " does not have yet"
                                    + " (INHERIT requires it)",
                            "add " + column.name() + " to " + now.name() + " in a plan of its own first, and keep"
                                    + " declaring it when " + now.name() + " inherits");
                }
            }
        }
        return true;
    }

    private boolean refuseInheritance(Table table, String message, String hint) {
        Span at = table.inherits() != null ? table.inherits().span() : table.span();
        error(Code.INHERITANCE_CHANGED, at, message, hint);
        return false;
    }

    /** A table whose partitioning changes otherwise cannot be changed in place: refused. */
    void changePartitioning(ChangePartitioning c) {
        error(Code.PARTITIONING_CHANGED, c.to().span(), "the partitioning of table " + c.to().name() + " changes ("
                        + partitioning(c.from()) + " → " + partitioning(c.to()) + "), which PostgreSQL cannot do"
                        + " in place",
                "create a new table with the new partitioning, move the rows in a plan of their own, then drop the"
                        + " old table");
    }

    private static String partitioning(Table t) {
        var parts = new ArrayList<String>();
        if (t.partitioned()) {
            parts.add("partition by " + t.partitionBy().method() + " (" + t.partitionBy().key() + ")");
        }
        if (t.partition()) {
            parts.add("partition of " + t.partitionOf().parent());
        }
        return parts.isEmpty() ? "not partitioned" : String.join(", ", parts);
    }

    /**
     * The sequences the dropped table owns that the plan drops with it: recreated before the restore (their own
     * step's way back), they get their owner back and go past the restored rows, so the next insert does not collide.
     */
    private List<String> ownedSequencesBack(Table t) {
        var statements = new ArrayList<String>();
        for (var s : from.core().sequences()) {
            String owner = s.ownedBy();
            if (owner != null && owner.startsWith(t.name() + ".") && owner.indexOf('.') == t.name().length()
                    && to.core().sequences().stream().noneMatch(n -> n.name().equals(s.name()))) {
                statements.add(ddl.sequenceOwnedBy(s.name(), owner));
                statements.add(ddl.sequencePastColumn(s.name(), t.name(), owner.substring(t.name().length() + 1)));
            }
        }
        return statements;
    }

    String recreateTableSql(Table t, DefaultNames.Names names) {
        var statements = new ArrayList<String>();
        statements.add(createTableSql(t));
        for (Index index : t.indexes()) {
            statements.add(createIndexSql(t.name(), names.of(index), index));
        }
        return String.join("\n", statements);
    }

    void renameTable(RenameTable c) {
        String a = c.from().name();
        String b = c.to().name();
        var forward = new ArrayList<String>(List.of(ddl.renameTable(a, b)));
        var reverse = new ArrayList<String>(List.of(ddl.renameTable(b, a)));
        for (Column column : c.from().columns()) {
            if (column.identity() != null) {
                forward.add(ddl.renameIdentitySequence(b, column.name(),
                        Identifiers.objectName(b, column.name(), "seq")));
                reverse.add(ddl.renameIdentitySequence(a, column.name(),
                        Identifiers.objectName(a, column.name(), "seq")));
            }
        }
        var d = add(c.kind(), targetTable(b).renamedFrom(a), obj(a) + " -> " + b, RENAME_TABLES, String.join("\n", forward),
                String.join("\n", reverse));
        d.drops.add(Keys.table(a));
        d.creates.add(Keys.table(b));
        for (Column column : c.from().columns()) {
            d.drops.add(Keys.column(a, column.name()));
            d.creates.add(Keys.column(b, column.name()));
        }
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }
}
