package dev.strata.compiler.diff;

import dev.strata.compiler.diff.Change.AddCollation;
import dev.strata.compiler.diff.Change.AddDomain;
import dev.strata.compiler.diff.Change.AddEnum;
import dev.strata.compiler.diff.Change.AddEnumValue;
import dev.strata.compiler.diff.Change.AddExtension;
import dev.strata.compiler.diff.Change.AddSequence;
import dev.strata.compiler.diff.Change.AddTable;
import dev.strata.compiler.diff.Change.AlterDomain;
import dev.strata.compiler.diff.Change.AlterSequence;
import dev.strata.compiler.diff.Change.DropCollation;
import dev.strata.compiler.diff.Change.DropDomain;
import dev.strata.compiler.diff.Change.DropEnum;
import dev.strata.compiler.diff.Change.DropExtension;
import dev.strata.compiler.diff.Change.DropSequence;
import dev.strata.compiler.diff.Change.DropTable;
import dev.strata.compiler.diff.Change.RecreateCollation;
import dev.strata.compiler.diff.Change.RecreateDomain;
import dev.strata.compiler.diff.Change.RecreateEnum;
import dev.strata.compiler.diff.Change.RenameTable;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two models and lists what changed, as typed {@link Change}s. Objects are matched by name; a table or
 * column is matched under its old name only when the target says {@code renamed from} it and the old name is
 * gone. Spans take no part: moving a declaration changes nothing.
 */
public final class SchemaDiff {

    private final Model from;
    private final Model to;
    private final List<Change> changes = new ArrayList<>();

    private SchemaDiff(Model from, Model to) {
        this.from = from;
        this.to = to;
    }

    public static List<Change> between(Model from, Model to) {
        var diff = new SchemaDiff(from, to);
        diff.extensions();
        diff.collations();
        diff.enums();
        diff.domains();
        diff.sequences();
        diff.tables();
        ViewsAndRoutines.diff(from, to, diff.changes);
        return List.copyOf(diff.changes);
    }

    private void extensions() {
        var old = byName(from.core().extensions(), e -> e.name());
        var now = byName(to.core().extensions(), e -> e.name());
        now.forEach((name, e) -> {
            if (!old.containsKey(name)) {
                changes.add(new AddExtension(e));
            }
        });
        old.forEach((name, e) -> {
            if (!now.containsKey(name)) {
                changes.add(new DropExtension(e));
            }
        });
    }

    private void collations() {
        var old = byName(from.core().collations(), Collation::name);
        var now = byName(to.core().collations(), Collation::name);
        now.forEach((name, c) -> {
            Collation before = old.get(name);
            if (before == null) {
                changes.add(new AddCollation(c));
            } else if (!before.sameDefinition(c)) {
                changes.add(new RecreateCollation(before, c));
            }
        });
        old.forEach((name, c) -> {
            if (!now.containsKey(name)) {
                changes.add(new DropCollation(c));
            }
        });
    }

    private void enums() {
        var old = byName(from.core().enums(), EnumType::name);
        var now = byName(to.core().enums(), EnumType::name);
        now.forEach((name, e) -> {
            EnumType before = old.get(name);
            if (before == null) {
                changes.add(new AddEnum(e));
                return;
            }
            enumValues(before, e);
            comment(CommentTarget.Kind.TYPE, name, before.comment(), e.comment());
        });
        old.forEach((name, e) -> {
            if (!now.containsKey(name)) {
                changes.add(new DropEnum(e));
            }
        });
    }

    /** Labels only added (old order kept) become ADD VALUE; anything else rebuilds the type. */
    private void enumValues(EnumType before, EnumType after) {
        var oldLabels = before.labels();
        var newLabels = after.labels();
        if (oldLabels.equals(newLabels)) {
            return;
        }
        var kept = newLabels.stream().filter(oldLabels::contains).toList();
        if (!kept.equals(oldLabels)) {
            changes.add(new RecreateEnum(before, after));
            return;
        }
        for (int i = 0; i < newLabels.size(); i++) {
            String label = newLabels.get(i);
            if (oldLabels.contains(label)) {
                continue;
            }
            if (i > 0) {
                // the label before it is old or was added just before: either way it exists by now
                changes.add(new AddEnumValue(before, after, label, null, newLabels.get(i - 1)));
            } else {
                changes.add(new AddEnumValue(before, after, label, kept.get(0), null));
            }
        }
    }

    private void domains() {
        var old = byName(from.core().domains(), Domain::name);
        var now = byName(to.core().domains(), Domain::name);
        now.forEach((name, d) -> {
            Domain before = old.get(name);
            if (before == null) {
                changes.add(new AddDomain(d));
                return;
            }
            if (!TypeNames.sameType(before.baseType(), d.baseType())) {
                changes.add(new RecreateDomain(before, d));
                return;
            }
            if (before.notNull() != d.notNull() || !Objects.equals(before.defaultExpr(), d.defaultExpr())
                    || !before.checks().equals(d.checks())) {
                changes.add(new AlterDomain(before, d));
            }
            comment(CommentTarget.Kind.DOMAIN, name, before.comment(), d.comment());
        });
        old.forEach((name, d) -> {
            if (!now.containsKey(name)) {
                changes.add(new DropDomain(d));
            }
        });
    }

    private void sequences() {
        var old = byName(from.core().sequences(), s -> s.name());
        var now = byName(to.core().sequences(), s -> s.name());
        now.forEach((name, s) -> {
            var before = old.get(name);
            if (before == null) {
                changes.add(new AddSequence(s));
            } else if (!before.equals(s)) {
                // a comment alone is set in place; the options are altered when they differ
                if (!before.withComment(null).equals(s.withComment(null))) {
                    changes.add(new AlterSequence(before, s));
                }
                if (!Objects.equals(before.comment(), s.comment())) {
                    changes.add(new SetComment(new CommentTarget(CommentTarget.Kind.SEQUENCE, Scope.CORE, name, null,
                            null), before.comment(), s.comment()));
                }
            }
        });
        old.forEach((name, s) -> {
            if (!now.containsKey(name)) {
                changes.add(new DropSequence(s));
            }
        });
    }

    private void tables() {
        var renames = TableRenames.of(from, to);
        var matchedOld = new java.util.HashSet<String>();
        var oldTables = byName(from.core().tables(), Table::name);
        for (Table table : to.core().tables()) {
            String oldName = renames.oldTableName(table.name());
            Table before = oldName == null ? null : oldTables.get(oldName);
            if (before == null) {
                changes.add(new AddTable(table));
                continue;
            }
            matchedOld.add(before.name());
            if (!before.name().equals(table.name())) {
                changes.add(new RenameTable(before, table));
            }
            TableDiffer.diff(before, table, renames, changes);
        }
        for (Table table : from.core().tables()) {
            if (!matchedOld.contains(table.name())) {
                changes.add(new DropTable(table));
            }
        }
        mergedColumnTypes();
    }

    /**
     * A column that an inheritance child declares and also inherits (merged) changes type with the parent's: the
     * parent's ALTER COLUMN … TYPE recurses into it, and PostgreSQL refuses one on the child itself ("cannot alter
     * inherited column"). The sources must give both the same type (S1730), so the child's own change is the
     * parent's and goes.
     */
    private void mergedColumnTypes() {
        var byParent = changes.stream().filter(Change.AlterColumnType.class::isInstance)
                .map(Change.AlterColumnType.class::cast).toList();
        for (Change.AlterColumnType parent : byParent) {
            for (Table child : dev.strata.compiler.model.Inheritance.descendants(to.core(), parent.table())) {
                changes.removeIf(change -> change instanceof Change.AlterColumnType own
                        && own.table().equals(child.name()) && own.to().name().equals(parent.to().name())
                        && dev.strata.compiler.model.TypeNames.sameType(own.to().type(), parent.to().type()));
            }
        }
    }

    private void comment(CommentTarget.Kind kind, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new SetComment(new CommentTarget(kind, Scope.CORE, name, null, null), before, after));
        }
    }

    static <T> Map<String, T> byName(List<T> items, java.util.function.Function<T, String> name) {
        var map = new LinkedHashMap<String, T>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item), item);
        }
        return map;
    }
}
