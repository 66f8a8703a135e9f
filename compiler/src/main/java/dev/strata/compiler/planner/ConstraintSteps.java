package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddPrimaryKey;
import dev.strata.compiler.diff.Change.AddExclusion;
import dev.strata.compiler.diff.Change.AddUnique;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropPrimaryKey;
import dev.strata.compiler.diff.Change.DropExclusion;
import dev.strata.compiler.diff.Change.DropUnique;
import dev.strata.compiler.diff.Change.RenameConstraint;
import dev.strata.compiler.diff.Change.RenameIndex;
import dev.strata.compiler.diff.Change.ValidateCheck;
import dev.strata.compiler.diff.Change.ValidateForeignKey;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.plan.LockLevel;
import dev.strata.plan.sql.Sql;
import dev.strata.plan.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Steps for keys, checks, foreign keys, indexes (concurrently on existing tables) and triggers. */
final class ConstraintSteps extends PlanPart {

    ConstraintSteps(PlanContext ctx) {
        super(ctx);
    }

    // ------------------------------------------------------------------------------ constraints, indexes

    Draft addConstraint(String kind, String table, String name, String sql, List<String> columns) {
        return addConstraint(kind, table, name, sql, columns, false);
    }

    /** {@code notValid}: the rows already there are not scanned (a check or foreign key added NOT VALID). */
    Draft addConstraint(String kind, String table, String name, String sql, List<String> columns, boolean notValid) {
        var d = add(kind, targetConstraint(table, name), obj(name), ADD_CONSTRAINTS, sql, ddl.dropConstraint(table, name));
        d.creating();
        d.newUses.add(Keys.table(table));
        columns.forEach(col -> d.newUses.add(Keys.column(table, col)));
        d.creates.add(Keys.constraint(name));
        if (newTables.contains(table)) {
            return d;
        }
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (notValid) {
            d.note("NOT VALID: the rows already there are not checked.");
        } else {
            d.scans().risk(Risk.DATA_DEPENDENT);
        }
        return d;
    }

    Draft dropConstraint(String kind, String table, String name, String reverse, List<String> columns) {
        var d = add(kind, targetConstraint(table, name), obj(name), DROP_CONSTRAINTS, ddl.dropConstraint(table, name), reverse);
        d.dropping();
        d.oldUses.add(Keys.table(table));
        columns.forEach(col -> d.oldUses.add(Keys.column(table, col)));
        d.drops.add(Keys.constraint(name));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        return d;
    }

    void addPrimaryKey(AddPrimaryKey c) {
        if (primaryKeyOnline(c.table())) {
            var d = keyOnline(c.kind(), c.table(), c.name(), c.key().columns(), false,
                    join(ddl.addPrimaryKeyUsingIndex(c.table(), c.name(), c.key()),
                            constraintCommentSql(c.table(), c.name(), c.key().comment())));
            c.key().columns().forEach(col -> d.newUses.add(Keys.notNull(c.table(), col)));
            return;
        }
        var d = addConstraint(c.kind(), c.table(), c.name(), join(ddl.addPrimaryKey(c.table(), c.name(), c.key()),
                constraintCommentSql(c.table(), c.name(), c.key().comment())), c.key().columns());
        d.creates.add(Keys.uniqueKey(c.table(), c.key().columns()));
        if (d.scansTable) {
            d.note("Fails if the key has duplicates.");
        }
    }

    void dropPrimaryKey(DropPrimaryKey c) {
        dropConstraint(c.kind(), c.table(), c.name(), join(ddl.addPrimaryKey(c.table(), c.name(), c.key()),
                constraintCommentSql(c.table(), c.name(), c.key().comment())), c.key().columns()).drops.add(Keys.uniqueKey(c.table(), c.key().columns()));
    }

    void addUnique(AddUnique c) {
        if (keyOnline(c.table()) && !replacesUnique(c)) {
            keyOnline(c.kind(), c.table(), c.name(), c.unique().columns(), c.unique().nullsNotDistinct(),
                    join(ddl.addUniqueUsingIndex(c.table(), c.name(), c.unique()),
                            constraintCommentSql(c.table(), c.name(), c.unique().comment())));
            return;
        }
        var d = addConstraint(c.kind(), c.table(), c.name(), join(ddl.addUnique(c.table(), c.name(), c.unique()),
                constraintCommentSql(c.table(), c.name(), c.unique().comment())), c.unique().columns());
        d.creates.add(Keys.uniqueKey(c.table(), c.unique().columns()));
        if (d.scansTable) {
            d.note("Fails if the columns have duplicates.");
        }
    }

    /**
     * Whether the table had a unique constraint over the same columns: a changed one (its deferral) is dropped and
     * added in one transaction, so the columns are never without it.
     */
    private boolean replacesUnique(AddUnique c) {
        return from.core().table(renamedOrSame(c.table())).map(Table::uniques).orElse(List.of()).stream()
                .anyMatch(u -> u.columns().equals(c.unique().columns()));
    }

    /**
     * A primary key or unique constraint added to an existing table online, in two steps outside the transaction:
     * CREATE UNIQUE INDEX CONCURRENTLY (SHARE UPDATE EXCLUSIVE: reads and writes go on while it builds; fails on
     * duplicates, and the runtime drops the invalid index such a failure leaves before it runs again), then
     * {@code ADD CONSTRAINT … USING INDEX} (a short ACCESS EXCLUSIVE: the index is there, nothing is scanned). The
     * way back drops the constraint (and its index with it); the first step's way back drops the index when only it
     * was built. Returns the second step.
     */
    private Draft keyOnline(String kind, String table, String name, List<String> columns, boolean nullsNotDistinct,
                            String addUsingIndex) {
        var index = add("add key index", targetIndex(table, name), obj(name), ADD_CONSTRAINTS,
                ddl.createKeyIndexConcurrently(table, name, columns, nullsNotDistinct),
                ddl.dropIndexConcurrentlyIfExists(name));
        index.newUses.add(Keys.table(table));
        columns.forEach(col -> index.newUses.add(Keys.column(table, col)));
        index.creates.add(Keys.constraint(name));
        index.transactional = false;
        index.offlineSql = ddl.createKeyIndex(table, name, columns, nullsNotDistinct, false);
        index.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).scans().risk(Risk.DATA_DEPENDENT).note("Online " + kind
                + ", 1 of 2: runs outside the transaction (CREATE UNIQUE INDEX CONCURRENTLY); writes go on while it"
                + " builds. Fails if the columns have duplicates: the invalid index is dropped and apply resumes"
                + " here.");
        var d = add(kind, targetConstraint(table, name), obj(name), ADD_CONSTRAINTS, addUsingIndex,
                ddl.dropConstraint(table, name));
        d.creating();
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.constraint(name));
        d.creates.add(Keys.uniqueKey(table, columns));
        d.transactional = false;
        d.lock(LockLevel.ACCESS_EXCLUSIVE).note("Online " + kind + ", 2 of 2: a transaction of its own; takes over"
                + " the index built by the step before, scans nothing.");
        return d;
    }

    void dropUnique(DropUnique c) {
        dropConstraint(c.kind(), c.table(), c.name(), join(ddl.addUnique(c.table(), c.name(), c.unique()),
                constraintCommentSql(c.table(), c.name(), c.unique().comment())), c.unique().columns()).drops.add(Keys.uniqueKey(c.table(), c.unique().columns()));
    }

    void addExclusion(AddExclusion c) {
        var d = addConstraint(c.kind(), c.table(), c.name(), join(ddl.addExclusion(c.table(), c.name(),
                c.exclusion()), constraintCommentSql(c.table(), c.name(), c.exclusion().comment())),
                exclusionColumns(c.exclusion()));
        if (c.exclusion().where() != null) {
            d.newUses.addAll(newUses.sql(c.exclusion().where(), Scope.CORE));
        }
        c.exclusion().elements().forEach(e -> d.newUses.addAll(newUses.collation(e.key().collation())));
        if (d.scansTable) {
            d.note("Builds the constraint's index; fails if two rows conflict.");
        }
    }

    void dropExclusion(DropExclusion c) {
        var d = dropConstraint(c.kind(), c.table(), c.name(), join(ddl.addExclusion(c.table(), c.name(),
                c.exclusion()), constraintCommentSql(c.table(), c.name(), c.exclusion().comment())),
                exclusionColumns(c.exclusion()));
        if (c.exclusion().where() != null) {
            d.oldUses.addAll(oldUses.sql(c.exclusion().where(), Scope.CORE));
        }
        c.exclusion().elements().forEach(e -> d.oldUses.addAll(oldUses.collation(e.key().collation())));
    }

    /** The columns an exclusion constraint names as keys or includes (expressions are not looked into). */
    private static List<String> exclusionColumns(Exclusion exclusion) {
        var columns = new ArrayList<String>();
        exclusion.elements().stream().map(e -> e.key().column()).filter(Objects::nonNull)
                .forEach(columns::add);
        columns.addAll(exclusion.include());
        return columns;
    }

    void addCheck(AddCheck c) {
        boolean online = online(c.table(), c.check().notValid());
        var check = online ? c.check().withNotValid(true) : c.check();
        var d = addConstraint(c.kind(), c.table(), c.name(), join(ddl.addCheck(c.table(), c.name(), check),
                constraintCommentSql(c.table(), c.name(), check.comment())), List.of(), check.notValid());
        d.newUses.addAll(newUses.sql(c.check().expression(), Scope.CORE));
        if (d.scansTable) {
            d.note("Fails if a row breaks the check.");
        }
        if (online) {
            onlineNote(d);
            var v = validateOnline("validate check", c.table(), c.name());
            v.newUses.addAll(newUses.sql(c.check().expression(), Scope.CORE));
            v.note("Fails if a row breaks the check.");
        }
    }

    /**
     * Whether a check or foreign key added to {@code table} is added online: NOT VALID in the plan's transaction
     * (no scan, a short lock), then validated outside it. Only for a table that already exists and holds rows to
     * check, when the sources do not mark the constraint {@code not valid} themselves; not for a partitioned
     * table (PostgreSQL before 18 refuses a NOT VALID foreign key on one).
     */
    private boolean online(String table, boolean notValid) {
        return !notValid && !newTables.contains(table) && !partitioned(table);
    }

    /**
     * A foreign key to a partitioned table is not added online either: PostgreSQL 13's VALIDATE CONSTRAINT leaves
     * the key's constraints on the referenced partitions NOT VALID (golden {@code partition-key-unique}).
     */
    private boolean online(String table, ForeignKey fk) {
        return online(table, fk.notValid()) && !partitioned(fk.refTable());
    }

    private boolean partitioned(String table) {
        return to.core().table(table).map(Table::partitioned).orElse(false);
    }

    private static void onlineNote(Draft d) {
        d.note("Online: the validate step after it checks them outside the transaction, under a weaker lock.");
    }

    /**
     * The second half of an online check or foreign key: VALIDATE CONSTRAINT in the plan's non-transactional phase,
     * each in a transaction of its own, so the scan holds only SHARE UPDATE EXCLUSIVE (writes go on) and a failure
     * leaves the committed part in place, the constraint NOT VALID, for apply to resume. Its reverse runs nothing:
     * the reverse of the step that added the constraint drops it.
     */
    private Draft validateOnline(String kind, String table, String name) {
        var d = add(kind, targetConstraint(table, name), obj(name), ADD_FOREIGN_KEYS,
                ddl.validateConstraint(table, name), ddl.validationUndone(table, name));
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.constraint(name));
        d.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).scans().risk(Risk.DATA_DEPENDENT);
        d.transactional = false;
        d.note("Runs outside the transaction (online VALIDATE CONSTRAINT): writes go on while it scans; when it"
                + " fails the constraint stays NOT VALID and apply resumes here.");
        return d;
    }

    void dropCheck(DropCheck c) {
        var d = dropConstraint(c.kind(), c.table(), c.name(), join(ddl.addCheck(c.table(), c.name(), c.check()),
                constraintCommentSql(c.table(), c.name(), c.check().comment())), List.of());
        d.oldUses.addAll(oldUses.sql(c.check().expression(), Scope.CORE));
    }

    List<String> referencedColumns(Model model, ForeignKey fk) {
        if (!fk.refColumns().isEmpty()) {
            return fk.refColumns();
        }
        return model.core().table(fk.refTable()).map(Table::primaryKey).map(p -> p.columns()).orElse(List.of());
    }

    void addForeignKey(String table, ForeignKey fk, String name) {
        boolean online = online(table, fk);
        var added = online ? fk.withNotValid(true) : fk;
        var d = add("add foreign key", targetConstraint(table, name), obj(name), ADD_FOREIGN_KEYS,
                join(ddl.addForeignKey(table, name, added), constraintCommentSql(table, name, fk.comment())),
                ddl.dropConstraint(table, name));
        d.creating();
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.table(fk.refTable()));
        fk.columns().forEach(col -> d.newUses.add(Keys.column(table, col)));
        List<String> refColumns = referencedColumns(to, fk);
        refColumns.forEach(col -> d.newUses.add(Keys.column(fk.refTable(), col)));
        d.newUses.add(Keys.uniqueKey(fk.refTable(), refColumns));
        d.creates.add(Keys.constraint(name));
        boolean existing = !newTables.contains(table);
        boolean refExisting = !newTables.contains(fk.refTable());
        if (existing || refExisting) {
            d.lock(LockLevel.SHARE_ROW_EXCLUSIVE);
        }
        if (online) {
            onlineNote(d.note("NOT VALID: the rows already there are not checked."));
            var v = validateOnline("validate foreign key", table, name);
            v.newUses.add(Keys.table(fk.refTable()));
            v.note("Fails if a row references a missing key.");
        } else if (existing && fk.notValid()) {
            d.note("NOT VALID: the rows already there are not checked.");
        } else if (existing) {
            d.scans().risk(Risk.DATA_DEPENDENT).note("Fails if a row references a missing key.");
        }
    }

    void dropForeignKey(String table, ForeignKey fk, String name) {
        var d = add("drop foreign key", targetConstraint(table, name), obj(name), DROP_FOREIGN_KEYS, ddl.dropConstraint(table, name),
                join(ddl.addForeignKey(table, name, fk), constraintCommentSql(table, name, fk.comment())));
        d.dropping();
        d.oldUses.add(Keys.table(table));
        d.oldUses.add(Keys.table(fk.refTable()));
        fk.columns().forEach(col -> d.oldUses.add(Keys.column(table, col)));
        List<String> refColumns = referencedColumns(from, fk);
        refColumns.forEach(col -> d.oldUses.add(Keys.column(fk.refTable(), col)));
        d.oldUses.add(Keys.uniqueKey(fk.refTable(), refColumns));
        d.drops.add(Keys.constraint(name));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    /**
     * VALIDATE CONSTRAINT scans the rows under SHARE UPDATE EXCLUSIVE (writes go on); a foreign key also takes ROW
     * SHARE on the referenced table. The way back drops the constraint and adds it NOT VALID again, which scans
     * nothing.
     */
    void validateCheck(ValidateCheck c) {
        var d = validate(c.kind(), c.table(), c.name(), join(ddl.addCheck(c.table(), c.name(), c.check()),
                constraintCommentSql(c.table(), c.name(), c.check().comment())));
        d.newUses.addAll(newUses.sql(c.check().expression(), Scope.CORE));
        d.note("Fails if a row breaks the check.");
    }

    void validateForeignKey(ValidateForeignKey c) {
        var d = validate(c.kind(), c.table(), c.name(), join(ddl.addForeignKey(c.table(), c.name(),
                c.foreignKey()), constraintCommentSql(c.table(), c.name(), c.foreignKey().comment())));
        d.newUses.add(Keys.table(c.foreignKey().refTable()));
        d.note("Fails if a row references a missing key.");
    }

    private Draft validate(String kind, String table, String name, String addNotValid) {
        var d = add(kind, targetConstraint(table, name), obj(name), ADD_FOREIGN_KEYS,
                ddl.validateConstraint(table, name), ddl.dropConstraint(table, name) + "\n" + addNotValid);
        d.creating();
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.constraint(name));
        d.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).scans().risk(Risk.DATA_DEPENDENT);
        return d;
    }

    void renameConstraint(RenameConstraint c) {
        var d = add(c.kind(), targetConstraint(c.table(), c.to()).renamedFrom(c.from()),
                obj(c.from()) + " -> " + c.to(), RENAME_CONSTRAINTS, ddl.renameConstraint(c.table(), c.from(), c.to()), ddl.renameConstraint(c.table(), c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.constraint(c.from()));
        d.creates.add(Keys.constraint(c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    void addIndex(String table, Index index, String name, boolean existingTable) {
        // PostgreSQL builds no index on a partitioned table concurrently (the partitions' indexes come with it)
        boolean partitioned = to.core().table(table).map(Table::partitioned).orElse(false);
        boolean concurrently = existingTable && !referencedByNewKeys.contains(table) && !partitioned;
        // CREATE INDEX CONCURRENTLY runs alone (not in a transaction block): its comment is a step of its own after it
        String forward = concurrently ? ddl.createIndex(table, name, index, true) : createIndexSql(table, name, index);
        var d = add("add index", targetIndex(table, name), obj(name), ADD_INDEXES, forward,
                ddl.dropIndex(name, concurrently));
        d.creating();
        d.newUses.add(Keys.table(table));
        for (Index.IndexElement element : index.elements()) {
            if (element.column() != null) {
                d.newUses.add(Keys.column(table, element.column()));
            } else {
                d.newUses.addAll(newUses.sql(element.expression(), Scope.CORE));
            }
            d.newUses.addAll(newUses.collation(element.collation()));
        }
        index.include().forEach(col -> d.newUses.add(Keys.column(table, col)));
        d.newUses.addAll(newUses.sql(index.where(), Scope.CORE));
        d.creates.add(Keys.constraint(name));
        if (index.unique() && index.elements().stream().allMatch(e -> e.column() != null) && index.where() == null) {
            d.creates.add(Keys.uniqueKey(table, index.elements().stream().map(Index.IndexElement::column).toList()));
        }
        if (!existingTable) {
            return;
        }
        d.scans();
        d.transactional = !concurrently;
        if (concurrently) {
            d.offlineSql = ddl.createIndex(table, name, index, false);
        }
        d.lock(concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE);
        if (index.unique()) {
            d.risk(Risk.DATA_DEPENDENT).note("Fails if the indexed values have duplicates.");
        }
        if (concurrently) {
            d.note("Runs outside the transaction (CREATE INDEX CONCURRENTLY): writes go on while it builds.");
            commentConcurrentIndex(table, name, index.comment());
        }
    }

    /** The comment of an index built concurrently, set right after it outside the transaction too. */
    private void commentConcurrentIndex(String table, String name, String text) {
        if (text == null) {
            return;
        }
        var d = add("set comment", targetIndex(table, name), obj(table) + "." + name, ADD_INDEXES,
                indexCommentSql(name, text), ddl.comment("INDEX", Sql.qualified(core, name), null));
        d.newUses.add(Keys.constraint(name));
        d.transactional = false;
        d.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE);
    }

    void dropIndex(DropIndex c) {
        var d = add(c.kind(), targetIndex(c.table(), c.name()), obj(c.name()), DROP_CONSTRAINTS, ddl.dropIndex(c.name(), false),
                createIndexSql(c.table(), c.name(), c.index()));
        d.dropping();
        d.oldUses.add(Keys.table(c.table()));
        c.index().elements().stream().filter(e -> e.column() != null)
                .forEach(e -> d.oldUses.add(Keys.column(c.table(), e.column())));
        c.index().elements().forEach(e -> d.oldUses.addAll(oldUses.collation(e.collation())));
        c.index().include().forEach(col -> d.oldUses.add(Keys.column(c.table(), col)));
        d.drops.add(Keys.constraint(c.name()));
        if (c.index().unique()) {
            d.drops.add(Keys.uniqueKey(c.table(),
                    c.index().elements().stream().map(Index.IndexElement::column).toList()));
        }
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        dropIndexConcurrently(d, c);
    }

    /**
     * An index of a table that stays is dropped with DROP INDEX CONCURRENTLY outside the transaction: SHARE UPDATE
     * EXCLUSIVE on the table, so reads and writes go on while it waits for the transactions using the index. The way
     * back builds it again concurrently (IF NOT EXISTS, after the runtime dropped an invalid leftover of a failed
     * build), or, when it has a comment, in one transaction with the comment. Not for an index of a partitioned
     * table (PostgreSQL drops none concurrently), and back in the transaction when a step of it has to follow (a
     * column the index covers dropped, the table renamed): {@link StepGraph#keepNeededInside}.
     */
    private void dropIndexConcurrently(Draft d, DropIndex c) {
        boolean stays = to.core().table(c.table()).isPresent() && from.core().table(c.table()).isPresent();
        boolean partitioned = from.core().table(c.table()).map(Table::partitioned).orElse(true);
        if (!stays || partitioned) {
            return;
        }
        String sql = d.sql;
        String reverse = d.reverseSql;
        String note = d.note;
        d.sql = ddl.dropIndexConcurrentlyIfExists(c.name());
        d.offlineSql = sql;
        if (c.index().comment() == null) {
            d.reverseSql = ddl.createIndex(c.table(), c.name(), c.index(), true, true);
        }
        d.transactional = false;
        d.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).note("Runs outside the transaction (DROP INDEX CONCURRENTLY):"
                + " reads and writes go on while it waits for the transactions that use the index.");
        d.inTransaction = () -> {
            d.sql = sql;
            d.reverseSql = reverse;
            d.note = note;
            d.transactional = true;
            d.lock(LockLevel.ACCESS_EXCLUSIVE);
        };
    }

    void renameIndex(RenameIndex c) {
        var d = add(c.kind(), targetIndex(c.table(), c.to()).renamedFrom(c.from()),
                obj(c.from()) + " -> " + c.to(), RENAME_CONSTRAINTS, ddl.renameIndex(c.from(), c.to()),
                ddl.renameIndex(c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.constraint(c.from()));
        d.creates.add(Keys.constraint(c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    void addTrigger(String table, Trigger trigger) {
        var d = add("add trigger", targetTrigger(table, trigger.name()), obj(table) + "." + trigger.name(), ADD_TRIGGERS,
                createTriggerSql(table, trigger), ddl.dropTrigger(table, trigger.name()));
        d.creating();
        d.newUses.addAll(newUses.trigger(table, trigger));
        String expanded = ctx.online.expansionAddedOnline(table, trigger.name());
        if (expanded != null) {
            d.newUses.remove(Keys.column(table, expanded));
            d.newUses.add(ExpandContract.added(table, expanded));
        }
        d.creates.add(Keys.trigger(table, trigger.name()));
        if (!newTables.contains(table)) {
            d.lock(LockLevel.SHARE_ROW_EXCLUSIVE);
        }
    }

    void dropTrigger(String table, Trigger trigger) {
        var d = add("drop trigger", targetTrigger(table, trigger.name()), obj(table) + "." + trigger.name(), DROP_TRIGGERS,
                ddl.dropTrigger(table, trigger.name()), createTriggerSql(table, trigger));
        d.dropping();
        d.oldUses.addAll(oldUses.trigger(table, trigger));
        d.drops.add(Keys.trigger(table, trigger.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }
}
