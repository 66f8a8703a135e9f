package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.plan.sql.Identifiers;
import dev.strata.compiler.sql.SqlTypes;
import dev.strata.plan.Backfill;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column type change that rewrites the table, done online (expand/contract) when its way back is exact. Instead of
 * one ALTER COLUMN TYPE that rewrites the table under ACCESS EXCLUSIVE:
 * <ol>
 * <li><b>expand</b>, in the plan's transaction: a shadow column of the new type (a catalog change, no rewrite), a
 * helper {@code CHECK (shadow IS NOT NULL) NOT VALID} when the column is NOT NULL, and a BEFORE INSERT OR UPDATE
 * trigger that sets the shadow from the row as every write leaves it;</li>
 * <li><b>backfill</b>, outside any transaction: the rows that were there filled in keyset batches by the runtime,
 * resumable ({@link Backfill});</li>
 * <li><b>validate</b> the helper check, outside the transaction (SHARE UPDATE EXCLUSIVE: writes go on);</li>
 * <li><b>switch</b>, in a later transaction of its own with the views that read the column rebuilt around it: the
 * trigger and the old column dropped, the shadow renamed to the column's name, NOT NULL set from the valid check
 * without a scan, the column's comment put back. ACCESS EXCLUSIVE for catalog changes only.</li>
 * </ol>
 * The way back of the switch is the offline conversion (ALTER COLUMN TYPE back, a rewrite): when the conversion
 * keeps every value or fails, that gives every value back exactly; when it may change values (text to integer with
 * a reverse expression), the switch backs up the old values before it drops the old column, and the way back puts
 * them back for the rows not changed since, as the offline form's backup does. The way back of
 * the expand drops what is left of it, so a rollback works from every phase. Changes this cannot do safely stay
 * offline with the reason in the step's note: the column in a key, index, constraint, trigger column list or
 * generated column, tables with policies, partitions, inheritance, or no key to walk by.
 */
final class ExpandContract extends PlanPart {

    /** The reason a change on a table the plan creates stays in its one-statement form; it has no rows to spare. */
    static final String NEW_TABLE = "the table is new";

    ExpandContract(PlanContext ctx) {
        super(ctx);
    }

    /** Why the type change of {@code table.column} stays offline; null when it can go online. */
    String whyOffline(String table, Column from, Column to) {
        Table now = this.to.core().table(table).orElse(null);
        Table before = this.from.core().table(renamedOrSame(table)).orElse(null);
        if (now == null || before == null) {
            return NEW_TABLE;
        }
        if (from.identity() != null || to.identity() != null || from.generated() != null || to.generated() != null) {
            return "the column is an identity or generated column";
        }
        if (keyOf(now, to.name()).isEmpty()) {
            return "the table has no primary key (or unique NOT NULL key) without the column to fill it by";
        }
        String why = usedBy(before, oldColumnOrSame(table, to.name()));
        if (why == null) {
            why = usedBy(now, to.name());
        }
        if (why != null) {
            return why;
        }
        for (Table other : this.to.core().tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.refTable().equals(table) && fk.refColumns().contains(to.name())) {
                    return "foreign key " + other.name() + "." + fk.name() + " references the column";
                }
            }
        }
        if (!Inheritance.descendants(this.to.core(), table).isEmpty()) {
            return "other tables inherit from the table";
        }
        return null;
    }

    private static String usedBy(Table t, String column) {
        if (t.partitionBy() != null || t.partitionOf() != null || t.inherits() != null) {
            return "the table is partitioned, a partition or an inheritance child";
        }
        if (!t.policies().isEmpty()) {
            return "the table has row-level security policies";
        }
        if (!t.exclusions().isEmpty()) {
            return "the table has exclusion constraints";
        }
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            return "the column is in the primary key";
        }
        if (t.uniques().stream().anyMatch(u -> u.columns().contains(column))) {
            return "the column is in a unique constraint";
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
            return "the column is in a foreign key";
        }
        for (Check check : t.checks()) {
            if (column.equals(check.column()) || mentions(check.expression(), column)) {
                return "check " + check.name() + " reads the column";
            }
        }
        for (Index index : t.indexes()) {
            boolean uses = index.include().contains(column) || mentions(index.where(), column)
                    || index.elements().stream().anyMatch(e -> column.equals(e.column())
                    || mentions(e.expression(), column));
            if (uses) {
                return "index " + index.name() + " covers the column";
            }
        }
        for (Trigger trigger : t.triggers()) {
            if (trigger.updateColumns().contains(column) || mentions(trigger.when(), column)) {
                return "trigger " + trigger.name() + " names the column";
            }
        }
        for (Column other : t.columns()) {
            if (other.generated() != null && mentions(other.generated(), column)) {
                return "generated column " + other.name() + " reads the column";
            }
        }
        return null;
    }

    /** Whether SQL text may name the column (as a word, quoted or not): conservative, a false yes keeps it offline. */
    private static boolean mentions(String sql, String column) {
        if (sql == null) {
            return false;
        }
        return Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])").matcher(sql).find();
    }

    private static List<String> keyOf(Table table, String column) {
        return BackupKey.of(table, Set.of(column), Set.of());
    }

    /**
     * Makes {@code switchStep} (the type change's own draft: its reverse, risk and uses already set) the switch, and
     * adds the expand, backfill and validate steps before it. {@code conversion} is the new value as SQL over the
     * row's columns; {@code exact} when converting back gives every value back (otherwise the switch backs the old
     * values up first, and the way back restores them from there).
     */
    void plan(Draft switchStep, String table, Column from, Column to, String conversion, boolean exact) {
        String column = to.name();
        String object = obj(table) + "." + column;
        String shadow = Identifiers.objectName("strata_new", column, null);
        String helper = Identifiers.objectName(table, shadow, "nn");
        // BEFORE triggers fire in name order: the sync trigger's name sorts after the usual ones, so it sees the row
        // as the table's own BEFORE triggers leave it
        String trigger = Identifiers.objectName("zz_strata_sync", table, column);
        String updateTrigger = Identifiers.objectName("zz_strata_sync", table + "_" + column, "update");
        String function = trigger;
        String expanded = "online:" + table + "." + column + ":expanded";
        String backfilled = "online:" + table + "." + column + ":backfilled";
        String validated = "online:" + table + "." + column + ":validated";
        boolean notNull = from.notNull() && to.notNull();
        Table now = this.to.core().table(table).orElseThrow();
        List<String> key = keyOf(now, column);
        List<String> keyTypes = keyTypes(now, key);
        boolean userTriggers = userTriggers(now);

        var expand = new ArrayList<String>();
        expand.add(Sql.of("ALTER TABLE").name(core, table).kw("ADD COLUMN")
                .append(ddl.columnDefinition(to.withName(shadow), false)).build());
        if (notNull) {
            expand.add(ddl.addNotNullCheck(table, helper, shadow));
        }
        String assign = Sql.empty().verbatim("NEW." + Identifiers.quote(shadow)).kw(":= (SELECT").paren(conversion)
                .kw("FROM (SELECT NEW.*) AS").id("strata_row").close().build();
        expand.add(triggerFunction(function, assign));
        expand.add(Sql.of("CREATE TRIGGER").id(trigger).kw("BEFORE INSERT ON").name(core, table)
                .kw("FOR EACH ROW EXECUTE FUNCTION").name(core, function).kw("()").build());
        // an update that sets the new column itself (the backfill's) keeps its value: no call per row of the
        // function, whose query was half of a backfill batch's time
        expand.add(Sql.of("CREATE TRIGGER").id(updateTrigger).kw("BEFORE UPDATE ON").name(core, table)
                .kw("FOR EACH ROW WHEN").open().verbatim("NEW." + Identifiers.quote(shadow))
                .kw("IS NOT DISTINCT FROM").verbatim("OLD." + Identifiers.quote(shadow)).close()
                .kw("EXECUTE FUNCTION").name(core, function).kw("()").build());
        // they fire under session_replication_role = replica too: another column's backfill on this table runs so,
        // and a row it updates must get its new column (and pass the helper check) all the same
        expand.add(enableAlways(table, trigger));
        expand.add(enableAlways(table, updateTrigger));
        var undoExpand = new ArrayList<>(dropTriggers(table, List.of(updateTrigger, trigger), function));
        undoExpand.add(Sql.of("ALTER TABLE").name(core, table).kw("DROP COLUMN IF EXISTS").id(shadow).build());
        var e = add("expand column type", targetColumn(table, column), object, ALTER_COLUMNS,
                String.join("\n", expand), String.join("\n", undoExpand));
        // what the new column needs (its type, its collation, what the conversion calls), not the column in its new
        // form: that is what the switch makes
        switchStep.newUses.stream().filter(k -> !switchStep.modifies.contains(k)).forEach(e.newUses::add);
        e.creates.add(expanded);
        e.lock(LockLevel.ACCESS_EXCLUSIVE).note("Online type change, expand: a new column " + shadow + " of type "
                + to.type().sql() + " (no rewrite) and triggers that set it on every insert and on every update that does"
                + " not set it itself.");

        String fill = fill(Sql.update(core, table).kw("SET").eq(shadow).paren(conversion).kw("WHERE").id(shadow)
                .kw("IS NULL").build(), userTriggers);
        var b = add("backfill column", targetColumn(table, column), object, ALTER_COLUMNS, fill,
                ddl.nothingToUndo(object, "the way back of the expand step drops the column it filled"));
        b.newUses.add(expanded);
        b.creates.add(backfilled);
        b.transactional = false;
        b.backfill = new Backfill(core, table, key, keyTypes, shadow, conversion, userTriggers);
        b.lock(LockLevel.ROW_EXCLUSIVE).risk(Risk.DATA_DEPENDENT).note("Online type change, backfill: the rows"
                + " already there filled in batches by key (" + String.join(", ", key) + "), each batch a short"
                + " transaction taking row locks only; resumable after a stop. Fails if a value does not convert."
                + (userTriggers ? " The table's own triggers do not fire for it (session_replication_role ="
                + " replica: a superuser, or on PostgreSQL 15 and later a role granted SET on that parameter)." : ""));

        String lastBefore = backfilled;
        if (notNull) {
            var v = add("validate not null check", targetConstraint(table, helper), obj(helper), ALTER_COLUMNS,
                    ddl.validateConstraint(table, helper), ddl.nothingToUndo(obj(table) + "." + helper,
                            "the way back of the expand step drops it"));
            v.newUses.add(backfilled);
            v.creates.add(validated);
            v.transactional = false;
            v.lock(LockLevel.SHARE_UPDATE_EXCLUSIVE).scans().note("Online type change: the helper check validated"
                    + " outside the transaction; writes go on while it scans.");
            lastBefore = validated;
        }

        var sw = new ArrayList<String>();
        sw.add(Sql.of("DROP TRIGGER").id(updateTrigger).kw("ON").name(core, table).build());
        sw.add(Sql.of("DROP TRIGGER").id(trigger).kw("ON").name(core, table).build());
        sw.add(Sql.of("DROP FUNCTION").name(core, function).kw("()").build());
        sw.add(ddl.dropColumn(table, column));
        sw.add(ddl.renameColumn(table, shadow, column));
        if (notNull) {
            sw.add(ddl.setNotNull(table, column));
            sw.add(ddl.dropConstraintIfExists(table, helper));
        }
        if (to.comment() != null) {
            sw.add(ddl.comment("COLUMN", Sql.qualified(core, table) + "." + Identifiers.quote(column), to.comment()));
        }
        switchStep.sql = String.join("\n", sw);
        switchStep.rewritesTable = false;
        switchStep.scansTable = false;
        switchStep.newUses.add(lastBefore);
        switchStep.afterBackfill = lastBefore;
        switchStep.note("Online type change, switch: a transaction of its own after the backfill, with the views"
                + " that read the column rebuilt in it; catalog changes only (the old column dropped, the new one"
                + " renamed). The way back converts the values back in place (ALTER COLUMN TYPE, a rewrite of the"
                + " table under ACCESS EXCLUSIVE)" + (exact ? ", which gives each one back exactly."
                : "; the old values, backed up by the switch before it drops the old column, are put back for the"
                + " rows whose value has not changed since."));
    }

    /**
     * Why ADD COLUMN of {@code column}, whose default is volatile, stays the one statement that rewrites the table;
     * null when it can go online ({@link #addColumn}).
     */
    String whyAddOffline(String table, Column column) {
        if (column.typeChange() != null && column.typeChange().offline()) {
            return "the sources ask for it (using offline)";
        }
        Table now = this.to.core().table(table).orElse(null);
        if (now == null || newTables.contains(table) || this.from.core().table(renamedOrSame(table)).isEmpty()) {
            return NEW_TABLE;
        }
        if (now.partitionBy() != null || now.partitionOf() != null || now.inherits() != null
                || !Inheritance.descendants(this.to.core(), table).isEmpty()) {
            return "the table is partitioned, a partition or in an inheritance hierarchy";
        }
        if (!now.policies().isEmpty()) {
            return "the table has row-level security policies, which may hide rows from the backfill";
        }
        if (keyOf(now, column.name()).isEmpty()) {
            return "the table has no primary key (or unique NOT NULL key) to fill it by";
        }
        return null;
    }

    /**
     * ADD COLUMN with a volatile default ({@code gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval}), done
     * online: PostgreSQL would compute the default for every row inside one rewrite of the table under ACCESS
     * EXCLUSIVE. Instead, in the plan's transaction, the column is added without a default (a catalog change) and its
     * default set (rows inserted from then on get their value), with a helper {@code CHECK (c IS NOT NULL) NOT VALID}
     * when it is NOT NULL; the runtime then fills the rows that were there with the default expression, in keyset
     * batches outside any long transaction ({@link Backfill}); a NOT NULL column then has its check validated,
     * NOT NULL set without a scan and the helper dropped, each in a short transaction of its own. Every row gets
     * its own value, as the rewrite would give it. The way back drops the column, saving the values written since
     * (as for any added column), so a rollback works from every phase.
     */
    void addColumn(AddColumn c) {
        addColumn(c, c.column().defaultExpr(), null, List.of(), true);
    }

    /**
     * ADD COLUMN of an identity column to a table with rows, done online: PostgreSQL would number every row inside
     * one rewrite of the table under ACCESS EXCLUSIVE. Instead the column is added as a plain column whose default is
     * the next value of a sequence of its own ({@code <table>_<column>_strata_seq}, with the identity's options),
     * filled by a backfill and made NOT NULL as {@link #addColumn(AddColumn)} does a volatile default; then, in a
     * short transaction of its own, the default goes, the column becomes the identity (a catalog change: the column
     * is NOT NULL already), its sequence continues where the helper sequence stopped, and the helper sequence is
     * dropped. An identity has no values of its own to keep: the way back drops the column (and the identity with
     * it), from every phase.
     */
    void addIdentity(AddColumn c) {
        String table = c.table();
        Column column = c.column();
        String name = column.name();
        String sequence = Identifiers.objectName(table, name, "strata_seq");
        var options = column.identityOptions() != null ? column.identityOptions()
                : new IdentityOptions(null, null, null, null, null, false);
        var helperSequence = options.asSequence(sequence, column.type(), column.span());
        String next = "nextval(" + Sql.literal(Sql.qualified(core, sequence)) + "::regclass)";
        Column plain = new Column(name, column.type(), true, next, null, null, null, column.collation(),
                column.comment(), null, null, column.span());
        var beforeDefault = List.of(ddl.createSequence(helperSequence),
                ddl.sequenceOwnedBy(sequence, table + "." + name));
        Draft last = addColumn(new AddColumn(table, plain), next, null, beforeDefault, false);
        String nullsDropped = "online:" + table + "." + name + ":helper-dropped";
        last.creates.add(nullsDropped);

        var sw = new ArrayList<String>();
        sw.add(ddl.dropDefault(table, name));
        // owned by the column, the helper would be the sequence pg_get_serial_sequence finds for it
        sw.add(ddl.sequenceOwnedBy(sequence, null));
        sw.add(ddl.addIdentity(table, column));
        sw.add(ddl.continueIdentity(table, name, sequence));
        sw.add(ddl.dropSequence(sequence));
        String object = obj(table) + "." + name;
        var d = add("add identity", targetColumn(table, name), object, ALTER_COLUMNS, String.join("\n", sw),
                ddl.dropIdentity(table, name));
        d.newUses.add(Keys.notNull(table, name));
        d.newUses.add(nullsDropped);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).note("Online identity column, last step: a transaction of its own; the"
                + " default goes, the column (NOT NULL already) becomes the identity, whose sequence continues where"
                + " " + sequence + " stopped, and that helper sequence is dropped. Catalog changes only.");
    }

    /**
     * ADD COLUMN of a column that {@code expands} column {@code old} of the same table, done online: as
     * {@link #addColumn(AddColumn)}, the rows that were there filled from the old column with {@code forward} by the
     * backfill. The column has no default to set; the expansion's own triggers ({@link Expansions}), created in the
     * same transaction, give every row written from then on its value, and the update trigger gives a row updated
     * before the backfill reaches it its value first, so no fill trigger is needed.
     */
    void addExpansion(AddColumn c, Column old, String forward) {
        addColumn(c, forward, old, List.of(), true);
    }

    /**
     * {@code value}: what fills the rows; {@code expanded}: the column an expansion fills from, null otherwise;
     * {@code beforeDefault}: statements right after the ADD COLUMN (a sequence the default uses); {@code keep}: a
     * rollback saves the column's values for a later apply. Returns the change's last step.
     */
    private Draft addColumn(AddColumn c, String value, Column expanded, List<String> beforeDefault, boolean keep) {
        String table = c.table();
        Column column = c.column();
        String name = column.name();
        String object = obj(table) + "." + name;
        String added = added(table, name);
        String backfilled = "online:" + table + "." + name + ":backfilled";
        String helper = Identifiers.objectName(table, name, "strata_nn");
        Table now = this.to.core().table(table).orElseThrow();
        List<String> key = keyOf(now, name);
        List<String> keyTypes = keyTypes(now, key);
        boolean expansion = expanded != null;
        // an UPDATE of a row the backfill has not reached yet (the application's, or another column's backfill)
        // must pass the helper check: this trigger gives the row its value first, as the backfill would. It fires
        // under session_replication_role = replica too (ENABLE ALWAYS), and its name sorts after the usual ones,
        // so the table's own BEFORE triggers see the row as the application wrote it. An expansion's own update
        // trigger does that already.
        String fill = Identifiers.objectName("zz_strata_fill", table, name);
        boolean fillTrigger = column.notNull() && !expansion;
        var expand = new ArrayList<String>();
        expand.add(ddl.addColumn(table, column, false));
        expand.addAll(beforeDefault);
        if (!expansion) {
            expand.add(ddl.setDefault(table, name, value));
        }
        var undo = new ArrayList<String>();
        if (column.notNull()) {
            expand.add(ddl.addNotNullCheck(table, helper, name));
        }
        if (fillTrigger) {
            String assign = Sql.empty().verbatim("NEW." + Identifiers.quote(name)).kw(":=").paren(value).build();
            expand.add(triggerFunction(fill, assign));
            expand.add(Sql.of("CREATE TRIGGER").id(fill).kw("BEFORE UPDATE ON").name(core, table)
                    .kw("FOR EACH ROW WHEN").open().verbatim("NEW." + Identifiers.quote(name)).kw("IS NULL AND")
                    .verbatim("OLD." + Identifiers.quote(name)).kw("IS NULL").close().kw("EXECUTE FUNCTION")
                    .name(core, fill).kw("()").build());
            expand.add(enableAlways(table, fill));
            undo.addAll(dropTriggers(table, List.of(fill), fill));
        }
        if (column.comment() != null) {
            expand.add(ddl.comment("COLUMN", Sql.qualified(core, table) + "." + Identifiers.quote(name),
                    column.comment()));
        }
        undo.add(ddl.dropColumn(table, name));
        var e = add(c.kind(), targetColumn(table, name), object, ADD_COLUMNS, String.join("\n", expand),
                String.join("\n", undo));
        e.newUses.add(Keys.table(table));
        e.newUses.addAll(newUses.column(column));
        e.newUses.remove(Keys.column(table, name));
        e.creates.add(added);
        if (column.notNull()) {
            e.creates.add(Keys.constraint(helper));
            e.alsoReverseDrops.add(targetConstraint(table, helper));
        }
        if (fillTrigger) {
            e.alsoReverseDrops.add(targetTrigger(table, fill));
        }
        e.lock(LockLevel.ACCESS_EXCLUSIVE);
        e.creating();
        if (expansion) {
            ctx.columns.keepExpansionOnRollback(e, table, column, expanded);
            e.note("Online ADD COLUMN expanding " + expanded.name() + ": the column added without a default and"
                    + " NULL allowed (a catalog change, no rewrite)"
                    + (column.notNull() ? ", with a helper check " + helper + " NOT VALID for new rows" : "")
                    + "; the expansion's triggers, created in this transaction, keep it in step with "
                    + expanded.name() + " on every write from now on; the rows already there are filled by the next"
                    + " step.");
        } else {
            e.note("Online ADD COLUMN with a volatile default: the column added without one and the default set"
                    + " after (catalog changes, no rewrite; rows inserted from now on get their value)"
                    + (column.notNull() ? ", with a helper check " + helper + " NOT VALID for new rows and a trigger "
                    + fill + " that gives a row updated before the backfill reaches it its value" : "")
                    + "; the rows already there are filled by the next step.");
            if (keep) {
                ctx.columns.keepAddedColumnOnRollback(e, table, column, true);
            }
        }

        boolean userTriggers = userTriggers(now);
        String update = fill(Sql.update(core, table).kw("SET").eq(name).paren(value).kw("WHERE").id(name)
                .kw("IS NULL").build(), userTriggers);
        var b = add("backfill column", targetColumn(table, name), object, ALTER_COLUMNS, update,
                ddl.nothingToUndo(object, "the way back of the step that added the column drops it"));
        b.newUses.add(added);
        if (expansion) {
            // the triggers that keep the pair in step exist before the transaction that adds the column commits
            b.newUses.add(Keys.column(table, expanded.name()));
            b.newUses.add(Keys.trigger(table, Expansions.function(table, name)));
            b.newUses.add(Keys.trigger(table, Expansions.updateTrigger(table, name)));
        }
        b.creates.add(backfilled);
        b.creates.add(Keys.column(table, name));
        b.transactional = false;
        b.backfill = new Backfill(core, table, key, keyTypes, name, value, userTriggers);
        b.lock(LockLevel.ROW_EXCLUSIVE).note((expansion ? "Online ADD COLUMN expanding " + expanded.name()
                + ", backfill: the rows already there get their value from " + expanded.name()
                : "Online ADD COLUMN, backfill: the rows already there get the default, each its own value")
                + ", in batches by key (" + String.join(", ", key) + "), each batch a short"
                + " transaction taking row locks only; resumable after a stop."
                + (column.notNull() || expansion ? "" : " A row whose new column is NULL when its batch comes gets the"
                + " default; nothing else writes the column before the step ends, since what reads it comes after.")
                + (userTriggers ? " The table's own triggers do not fire for it (session_replication_role ="
                + " replica)." : ""));
        if (column.notNull()) {
            return ctx.columns.notNullFromHelper(table, name, helper, backfilled,
                    fillTrigger ? dropTriggers(table, List.of(fill), fill) : List.of(),
                    fillTrigger ? List.of(targetTrigger(table, fill)) : List.of());
        }
        return b;
    }

    /** The key the online ADD COLUMN of {@code table.column} creates when its column is there, before it is filled. */
    static String added(String table, String column) {
        return "online:" + table + "." + column + ":added";
    }

    /**
     * S2021: {@code expands} is declared when the column it is on is added, in the same plan. On a column the previous
     * plan already had, the rows it holds may not match the old column, and nothing would fill them from it.
     */
    void checkExpansions() {
        for (Table table : to.core().tables()) {
            Table before = from.core().table(renamedOrSame(table.name())).orElse(null);
            if (before == null) {
                continue;
            }
            for (Column column : table.columns()) {
                var old = Expansions.source(table, column);
                if (old.isEmpty()) {
                    continue;
                }
                Column was = before.column(oldColumnOrSame(table.name(), column.name())).orElse(null);
                String oldBefore = oldColumnOrSame(table.name(), old.get().name());
                if (was == null || oldBefore.equals(Expansions.expanded(was))) {
                    continue;
                }
                error(Code.EXPANSION_OF_EXISTING_COLUMN, column.typeChange().span(), "column " + table.name() + "."
                                + column.name() + " already exists, so it cannot start expanding " + old.get().name()
                                + ": its rows may hold values that do not match " + old.get().name() + ", and an"
                                + " expansion fills only a column it adds",
                        "declare 'expands " + old.get().name() + "' on a new column (added by this plan), or remove"
                                + " it; to start over, drop " + column.name() + " in one plan and add it again"
                                + " with 'expands' in the next");
            }
        }
    }

    /**
     * The column of {@code table} that a trigger of an expansion keeps in step, when that column is added online by
     * this plan: the trigger is created in the transaction that adds the column, before the backfill, not after it
     * as what reads the column would be.
     */
    String expansionAddedOnline(String table, String trigger) {
        Table now = to.core().table(table).orElse(null);
        Table before = from.core().table(renamedOrSame(table)).orElse(null);
        if (now == null || before == null || !Expansions.isExpansionTrigger(table, trigger, now)) {
            return null;
        }
        for (Column column : now.columns()) {
            boolean its = trigger.equals(Expansions.function(table, column.name()))
                    || trigger.equals(Expansions.updateTrigger(table, column.name()));
            if (its && before.column(oldColumnOrSame(table, column.name())).isEmpty()
                    && whyAddOffline(table, column) == null) {
                return column.name();
            }
        }
        return null;
    }

    /**
     * A backfill step's SQL, the one UPDATE that up.sql shows and psql would run (the runtime runs the step in
     * batches from its {@link Backfill} instead): with the table's own triggers off when the batches have them off,
     * so both ways leave the same rows.
     */
    private static String fill(String update, boolean triggersOff) {
        if (!triggersOff) {
            return update;
        }
        return String.join("\n", Sql.set("session_replication_role", false).kw("replica").build(), update,
                Sql.reset("session_replication_role").build());
    }

    /** The helper triggers {@code triggers} on {@code table} and then their function, those that are there. */
    private List<String> dropTriggers(String table, List<String> triggers, String function) {
        var sql = new ArrayList<String>();
        for (String trigger : triggers) {
            sql.add(Sql.of("DROP TRIGGER IF EXISTS").id(trigger).kw("ON").name(core, table).build());
        }
        sql.add(Sql.of("DROP FUNCTION IF EXISTS").name(core, function).kw("()").build());
        return sql;
    }

    /**
     * A helper trigger that fires under {@code session_replication_role = replica} too: a backfill on the table runs
     * so when the table has triggers of its own, and the rows it updates must still get what the helper gives.
     */
    private String enableAlways(String table, String trigger) {
        return Sql.of("ALTER TABLE").name(core, table).kw("ENABLE ALWAYS TRIGGER").id(trigger).build();
    }

    /** A trigger function of the core that runs {@code assign} (one statement) on the row and returns it. */
    private String triggerFunction(String function, String assign) {
        String body = Sql.empty().newline("BEGIN").newline("    ").verbatim(assign).newline("    ").kw("RETURN NEW;")
                .newline("END").newline("").fragment();
        return Sql.of("CREATE FUNCTION").name(core, function).kw("() RETURNS trigger LANGUAGE plpgsql SET")
                .kw("search_path TO").id(core).comma().kw("public AS").body(body).build();
    }

    /**
     * Whether the table has triggers a backfill must not fire: those the sources declare. The triggers of an
     * expansion ({@link Expansions}) fire; for a backfilled row they leave the pair as it is.
     */
    private static boolean userTriggers(Table table) {
        return table.triggers().stream().anyMatch(t -> !Expansions.isExpansionTrigger(table.name(), t.name(),
                table));
    }

    /** The SQL type names of the columns {@code key} of {@code table}, for a backfill's typed bounds. */
    private List<String> keyTypes(Table table, List<String> key) {
        var types = new ArrayList<String>();
        for (String k : key) {
            types.add(SqlTypes.name(table.column(k).orElseThrow().type(), core));
        }
        return types;
    }
}
