package dev.strata.compiler.diff;

import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.diff.Change.AddForeignKey;
import dev.strata.compiler.diff.Change.AddIdentity;
import dev.strata.compiler.diff.Change.AddIndex;
import dev.strata.compiler.diff.Change.AddPolicy;
import dev.strata.compiler.diff.Change.AddPrimaryKey;
import dev.strata.compiler.diff.Change.AddTrigger;
import dev.strata.compiler.diff.Change.AddExclusion;
import dev.strata.compiler.diff.Change.AddUnique;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.Change.AlterPolicy;
import dev.strata.compiler.diff.Change.ChangeInheritance;
import dev.strata.compiler.diff.Change.ChangePartitioning;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropColumn;
import dev.strata.compiler.diff.Change.DropExpression;
import dev.strata.compiler.diff.Change.DropDefault;
import dev.strata.compiler.diff.Change.DropForeignKey;
import dev.strata.compiler.diff.Change.DropIdentity;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropNotNull;
import dev.strata.compiler.diff.Change.DropPolicy;
import dev.strata.compiler.diff.Change.DropPrimaryKey;
import dev.strata.compiler.diff.Change.DropTrigger;
import dev.strata.compiler.diff.Change.DropExclusion;
import dev.strata.compiler.diff.Change.DropUnique;
import dev.strata.compiler.diff.Change.RenameColumn;
import dev.strata.compiler.diff.Change.RenameConstraint;
import dev.strata.compiler.diff.Change.RenameIndex;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.diff.Change.SetDefault;
import dev.strata.compiler.diff.Change.SetIdentity;
import dev.strata.compiler.diff.Change.SetIdentityOptions;
import dev.strata.compiler.diff.Change.SetIndexStorage;
import dev.strata.compiler.diff.Change.SetTableStorage;
import dev.strata.compiler.diff.Change.SetNotNull;
import dev.strata.compiler.diff.Change.SetPartitionBound;
import dev.strata.compiler.diff.Change.SetRowSecurity;
import dev.strata.compiler.diff.Change.ValidateCheck;
import dev.strata.compiler.diff.Change.ValidateForeignKey;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.sql.DefaultNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The changes inside one table that exists in both models (possibly under a new name). */
final class TableDiffer {

    private final Table before;
    private final Table after;
    private final Table projected;
    private final TableRenames renames;
    private final List<Change> changes;
    /**
     * Columns (target names) dropped and added again, or whose generation expression this plan drops (the way
     * back drops and adds them): constraints and indexes on them are dropped and added around.
     */
    private final java.util.Set<String> rebuiltColumns = new java.util.HashSet<>();

    private TableDiffer(Table before, Table after, TableRenames renames, List<Change> changes) {
        this.before = before;
        this.after = after;
        this.renames = renames;
        this.projected = TableProjection.project(before, after.name(), renames);
        this.changes = changes;
    }

    static void diff(Table before, Table after, TableRenames renames, List<Change> changes) {
        new TableDiffer(before, after, renames, changes).run();
    }

    private void run() {
        partitioning();
        inheritance();
        if (!before.storage().equals(after.storage())) {
            changes.add(new SetTableStorage(after.name(), before.storage(), after.storage()));
        }
        columns();
        constraints();
        triggers();
        rowSecurity();
        policies();
        if (!Objects.equals(before.comment(), after.comment())) {
            changes.add(new SetComment(new CommentTarget(CommentTarget.Kind.TABLE, Scope.CORE, after.name(), null,
                    null), before.comment(), after.comment()));
        }
    }

    private void partitioning() {
        var was = before.partitionOf();
        var now = after.partitionOf();
        boolean sameKey = before.partitionBy() == null ? after.partitionBy() == null
                : before.partitionBy().sameAs(after.partitionBy());
        boolean sameParent = was == null ? now == null : now != null && was.parent().equals(oldName(now.parent()));
        if (!sameKey || !sameParent) {
            changes.add(new ChangePartitioning(before, after));
            return;
        }
        if (was != null && !was.bound().equals(now.bound())) {
            changes.add(new SetPartitionBound(after.name(), now.parent(), was.bound(), now.bound()));
        }
    }

    /**
     * A child whose parents change, or one of whose columns changes between its own and only inherited (with
     * the same parents): the planner inherits or stops inheriting where it can and refuses the rest (S2019).
     */
    private void inheritance() {
        var was = before.parents();
        var now = after.parents().stream().map(this::oldName).toList();
        boolean flipped = after.columns().stream().anyMatch(c -> before.column(oldColumn(c.name())).isPresent()
                && Inheritance.inherited(after, c.name()) != Inheritance.inherited(before, oldColumn(c.name())));
        if (!was.equals(now) || flipped) {
            changes.add(new ChangeInheritance(before, after));
        }
    }

    private String oldColumn(String column) {
        String old = renames.oldColumnName(after.name(), column);
        return old == null ? column : old;
    }

    private String oldName(String table) {
        String old = renames.oldTableName(table);
        return old == null ? table : old;
    }

    private void columns() {
        String table = after.name();
        for (Column column : after.columns()) {
            if (Inheritance.inherited(after, column.name())) {
                continue; // the parent's change gives it to the child (PostgreSQL recurses)
            }
            String oldName = renames.oldColumnName(table, column.name());
            if (oldName == null) {
                changes.add(new AddColumn(table, column));
                continue;
            }
            Column old = before.column(oldName).orElseThrow();
            if (!oldName.equals(column.name())) {
                changes.add(new RenameColumn(table, oldName, column.name()));
            }
            column(old, column);
        }
        for (Column column : before.columns()) {
            if (Inheritance.inherited(before, column.name())) {
                continue; // dropped with the parent's column, or kept when the child stops inheriting
            }
            if (renames.newColumnName(before.name(), column.name()) == null) {
                changes.add(new DropColumn(before.name(), column));
            }
        }
    }

    private void column(Column original, Column now) {
        String table = after.name();
        Column old = original.withName(now.name());
        if (old.generated() != null && now.generated() == null) {
            // the column keeps its values; what else changed on it (a default, a type) comes after
            changes.add(new DropExpression(table, old, now));
            rebuiltColumns.add(now.name());
        } else if (!Objects.equals(old.generated(), now.generated())) {
            // PostgreSQL 13-16 cannot add or change a generation expression in place: drop (a plain column's
            // values backed up) and add
            changes.add(new DropColumn(before.name(), original));
            changes.add(new AddColumn(table, now));
            rebuiltColumns.add(now.name());
            return;
        }
        boolean typeChanged = !TypeNames.sameType(old.type(), now.type())
                || !Objects.equals(old.collation(), now.collation());
        boolean defaultChanged = !Objects.equals(old.defaultExpr(), now.defaultExpr());
        if (old.identity() != null && now.identity() == null) {
            changes.add(new DropIdentity(table, old));
        }
        // a default may not survive a type change: the type change takes it off first (its own step, so nothing
        // can come between), and the target's goes back after
        if (old.defaultExpr() != null && !typeChanged && now.defaultExpr() == null) {
            changes.add(new DropDefault(table, old));
        }
        if (typeChanged) {
            changes.add(new AlterColumnType(table, old, now, now.typeChange()));
        }
        if (now.defaultExpr() != null && (typeChanged || defaultChanged)) {
            changes.add(new SetDefault(table, now, typeChanged ? null : old.defaultExpr()));
        }
        boolean wasNotNull = notNull(before, original);
        boolean isNotNull = notNull(after, now);
        if (!wasNotNull && isNotNull) {
            changes.add(new SetNotNull(table, now));
        } else if (wasNotNull && !isNotNull) {
            changes.add(new DropNotNull(table, now));
        }
        if (old.identity() == null && now.identity() != null) {
            changes.add(new AddIdentity(table, now));
        } else if (old.identity() != null && now.identity() != null && old.identity() != now.identity()) {
            changes.add(new SetIdentity(table, old, now));
        }
        if (old.identity() != null && now.identity() != null
                && !Objects.equals(old.identityOptions(), now.identityOptions())) {
            changes.add(new SetIdentityOptions(table, old, now));
        }
        if (!Objects.equals(old.comment(), now.comment())) {
            changes.add(new SetComment(new CommentTarget(CommentTarget.Kind.COLUMN, Scope.CORE, table,
                    now.name(), null), old.comment(), now.comment()));
        }
    }

    /**
     * Whether the column is NOT NULL in PostgreSQL: said so, or made so by being an identity column or part of the
     * primary key (whether the source writes {@code not null} there or not, as import does, is the same column).
     */
    private static boolean notNull(Table table, Column column) {
        return column.notNull() || column.identity() != null
                || table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
    }

    /**
     * Constraints and indexes matched by their name in the target (generated names follow renames). A {@code not
     * valid} check or foreign key that is otherwise the same as the target's valid one is validated in place; the
     * other way (valid to not valid) is a drop and an add, since PostgreSQL cannot mark a constraint not valid.
     */
    private void constraints() {
        var oldNames = DefaultNames.of(before);
        var projectedNames = DefaultNames.of(projected);
        var newNames = DefaultNames.of(after);
        var oldNodes = nodes(before);
        var projectedNodes = nodes(projected);
        var newByName = new LinkedHashMap<String, Object>();
        for (Object node : nodes(after)) {
            newByName.put(newNames.of(node), node);
        }
        var matched = new java.util.HashSet<String>();
        var drops = new ArrayList<Change>();
        var renamesOut = new ArrayList<Change>();
        var validations = new ArrayList<Change>();
        var storage = new ArrayList<Change>();
        for (int i = 0; i < oldNodes.size(); i++) {
            Object oldNode = oldNodes.get(i);
            Object projectedNode = projectedNodes.get(i);
            String oldName = oldNames.of(oldNode);
            String name = projectedNames.of(projectedNode);
            Object now = newByName.get(name);
            // found under the same name: an index that names itself as PostgreSQL names the unnamed one is that
            // index (import writes every index's name)
            if (now instanceof Index x && projectedNode instanceof Index p) {
                projectedNode = p.withName(x.name());
            }
            Object valid = validated(projectedNode);
            boolean validates = now != null && valid != null && uncommented(now).equals(uncommented(valid));
            // an index whose storage parameters or comment alone differ, or a constraint whose comment alone differs,
            // is changed in place
            boolean restores = now != null && !validates && !now.equals(projectedNode)
                    && (now instanceof Index x && projectedNode instanceof Index p
                            ? x.equals(p.withStorage(x.storage()).withComment(x.comment()))
                            : uncommented(now).equals(uncommented(projectedNode)));
            // DROP COLUMN takes what is on the column along (forward, or on the way back of DROP EXPRESSION):
            // it is dropped before and added after, so both ways bring it back
            boolean onColumn = reads(projectedNode, rebuiltColumns);
            if (now != null && !onColumn && !matched.contains(name)
                    && (now.equals(projectedNode) || validates || restores)) {
                matched.add(name);
                if (validates) {
                    validations.add(validate(projectedNode, name));
                }
                if (restores && now instanceof Index) {
                    inPlace(storage, name, (Index) projectedNode, (Index) now);
                } else if (!Objects.equals(commentOf(projectedNode), commentOf(now))) {
                    storage.add(constraintComment(after.name(), name, commentOf(projectedNode), commentOf(now)));
                }
                if (!oldName.equals(name)) {
                    renamesOut.add(now instanceof Index
                            ? new RenameIndex(after.name(), oldName, name)
                            : new RenameConstraint(after.name(), oldName, name));
                }
                continue;
            }
            drops.add(drop(oldNode, oldName));
        }
        changes.addAll(drops);
        changes.addAll(renamesOut);
        changes.addAll(validations);
        changes.addAll(storage);
        newByName.forEach((name, node) -> {
            if (!matched.contains(name)) {
                changes.add(add(node, name));
            }
        });
    }

    /** An index's storage parameters and comment changed in place ({@code name} after this plan's renames). */
    private void inPlace(List<Change> changes, String name, Index from, Index to) {
        if (!from.storage().equals(to.storage())) {
            changes.add(new SetIndexStorage(after.name(), name, from.storage(), to.storage()));
        }
        if (!java.util.Objects.equals(from.comment(), to.comment())) {
            changes.add(indexComment(after.name(), name, from.comment(), to.comment()));
        }
    }

    static SetComment indexComment(String table, String index, String from, String to) {
        return new SetComment(new CommentTarget(CommentTarget.Kind.INDEX, Scope.CORE, table, index, null), from, to);
    }

    static SetComment constraintComment(String table, String constraint, String from, String to) {
        return new SetComment(new CommentTarget(CommentTarget.Kind.CONSTRAINT, Scope.CORE, table, constraint, null),
                from, to);
    }

    static SetComment triggerComment(String table, String trigger, String from, String to) {
        return new SetComment(new CommentTarget(CommentTarget.Kind.TRIGGER, Scope.CORE, table, trigger, null), from,
                to);
    }

    /** A constraint or index without its comment, which changes in place. */
    private static Object uncommented(Object node) {
        if (node instanceof PrimaryKey p) {
            return p.withComment(null);
        }
        if (node instanceof UniqueConstraint u) {
            return u.withComment(null);
        }
        if (node instanceof Check c) {
            return c.withComment(null);
        }
        if (node instanceof ForeignKey f) {
            return f.withComment(null);
        }
        if (node instanceof Exclusion x) {
            return x.withComment(null);
        }
        return ((Index) node).withComment(null);
    }

    private static String commentOf(Object node) {
        if (node instanceof PrimaryKey p) {
            return p.comment();
        }
        if (node instanceof UniqueConstraint u) {
            return u.comment();
        }
        if (node instanceof Check c) {
            return c.comment();
        }
        if (node instanceof ForeignKey f) {
            return f.comment();
        }
        if (node instanceof Exclusion x) {
            return x.comment();
        }
        return ((Index) node).comment();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Whether a constraint or index names one of {@code columns} (in an expression, any word counts). */
    private static boolean reads(Object node, java.util.Set<String> columns) {
        if (columns.isEmpty()) {
            return false;
        }
        var names = new ArrayList<String>();
        var texts = new ArrayList<String>();
        if (node instanceof PrimaryKey p) {
            names.addAll(p.columns());
        } else if (node instanceof UniqueConstraint u) {
            names.addAll(u.columns());
        } else if (node instanceof ForeignKey f) {
            names.addAll(f.columns());
        } else if (node instanceof Check c) {
            names.add(c.column());
            texts.add(c.expression());
        } else if (node instanceof Index x) {
            names.addAll(x.include());
            texts.add(x.where());
            for (var element : x.elements()) {
                names.add(element.column());
                texts.add(element.expression());
            }
        }
        for (String text : texts) {
            if (text != null) {
                WORD.matcher(text).results().map(m -> m.group()).forEach(names::add);
            }
        }
        return names.stream().anyMatch(columns::contains);
    }

    /** The validated form of a {@code not valid} check or foreign key; null for anything else. */
    private static Object validated(Object node) {
        if (node instanceof Check c && c.notValid()) {
            return c.withNotValid(false);
        }
        if (node instanceof ForeignKey f && f.notValid()) {
            return f.withNotValid(false);
        }
        return null;
    }

    private Change validate(Object notValid, String name) {
        if (notValid instanceof Check c) {
            return new ValidateCheck(after.name(), c, name);
        }
        return new ValidateForeignKey(after.name(), (ForeignKey) notValid, name);
    }

    private static List<Object> nodes(Table table) {
        var all = new ArrayList<Object>();
        if (table.primaryKey() != null) {
            all.add(table.primaryKey());
        }
        all.addAll(table.uniques());
        all.addAll(table.checks());
        all.addAll(table.foreignKeys());
        all.addAll(table.exclusions());
        all.addAll(table.indexes());
        return all;
    }

    private Change drop(Object node, String name) {
        String table = before.name();
        if (node instanceof PrimaryKey p) {
            return new DropPrimaryKey(table, p, name);
        }
        if (node instanceof UniqueConstraint u) {
            return new DropUnique(table, u, name);
        }
        if (node instanceof Check c) {
            return new DropCheck(table, c, name);
        }
        if (node instanceof ForeignKey f) {
            return new DropForeignKey(table, f, name);
        }
        if (node instanceof Exclusion x) {
            return new DropExclusion(table, x, name);
        }
        return new DropIndex(table, (Index) node, name);
    }

    private Change add(Object node, String name) {
        String table = after.name();
        if (node instanceof PrimaryKey p) {
            return new AddPrimaryKey(table, p, name);
        }
        if (node instanceof UniqueConstraint u) {
            return new AddUnique(table, u, name);
        }
        if (node instanceof Check c) {
            return new AddCheck(table, c, name);
        }
        if (node instanceof ForeignKey f) {
            return new AddForeignKey(table, f, name);
        }
        if (node instanceof Exclusion x) {
            return new AddExclusion(table, x, name);
        }
        return new AddIndex(table, (Index) node, name);
    }

    private void rowSecurity() {
        if (before.rowSecurityEnabled() != after.rowSecurityEnabled()) {
            changes.add(new SetRowSecurity(after.name(), RowSecurity.Setting.ENABLE, after.rowSecurityEnabled()));
        }
        if (before.rowSecurityForced() != after.rowSecurityForced()) {
            changes.add(new SetRowSecurity(after.name(), RowSecurity.Setting.FORCE, after.rowSecurityForced()));
        }
    }

    /**
     * Policies matched by name. A changed command or kind, or a clause added or taken off, cannot be altered: drop and
     * create; anything else is an ALTER POLICY. Expressions are compared as written, after the table's renames.
     */
    private void policies() {
        var now = SchemaDiff.byName(after.policies(), Policy::name);
        for (Policy old : before.policies()) {
            Policy next = now.get(old.name());
            if (next == null || !alterable(old, next)) {
                changes.add(new DropPolicy(before.name(), old));
            } else if (!next.equals(old)) {
                changes.add(new AlterPolicy(after.name(), old, next));
            }
        }
        for (Policy next : after.policies()) {
            Policy old = before.policy(next.name()).orElse(null);
            if (old == null || !alterable(old, next)) {
                changes.add(new AddPolicy(after.name(), next));
            }
        }
    }

    /**
     * ALTER POLICY changes roles and sets expressions; it cannot change the command or the kind, nor take a clause
     * off (so a rollback could not take off a clause the plan added either).
     */
    private static boolean alterable(Policy old, Policy next) {
        return next.command() == old.command() && next.permissive() == old.permissive()
                && (old.using() == null) == (next.using() == null)
                && (old.withCheck() == null) == (next.withCheck() == null);
    }

    private void triggers() {
        Map<String, Trigger> old = new LinkedHashMap<>();
        Map<String, Trigger> original = new LinkedHashMap<>();
        for (int i = 0; i < before.triggers().size(); i++) {
            old.put(before.triggers().get(i).name(), projected.triggers().get(i));
            original.put(before.triggers().get(i).name(), before.triggers().get(i));
        }
        var now = SchemaDiff.byName(after.triggers(), Trigger::name);
        old.forEach((name, trigger) -> {
            Trigger next = now.get(name);
            if (next == null || !sameButComment(next, trigger)) {
                changes.add(new DropTrigger(before.name(), original.get(name)));
            }
        });
        now.forEach((name, trigger) -> {
            Trigger previous = old.get(name);
            if (previous == null || !sameButComment(previous, trigger)) {
                changes.add(new AddTrigger(after.name(), trigger));
            } else if (!Objects.equals(previous.comment(), trigger.comment())) {
                changes.add(triggerComment(after.name(), name, previous.comment(), trigger.comment()));
            }
        });
    }

    /** Whether two triggers differ at most in their comments (which change in place). */
    static boolean sameButComment(Trigger a, Trigger b) {
        return a.withComment(b.comment()).equals(b);
    }
}
