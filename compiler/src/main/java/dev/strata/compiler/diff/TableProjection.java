package dev.strata.compiler.diff;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.List;

/**
 * An old table seen through the renames of a plan: the table and its columns under their target names, and the
 * column lists of its constraints, indexes and triggers (and referenced tables of its foreign keys) mapped the
 * same way. PostgreSQL follows renames in constraints by itself, so a projected constraint equal to a target one
 * needs no change, at most a rename of its generated name.
 */
final class TableProjection {

    private final Table old;
    private final String newName;
    private final TableRenames renames;

    private TableProjection(Table old, String newName, TableRenames renames) {
        this.old = old;
        this.newName = newName;
        this.renames = renames;
    }

    static Table project(Table old, String newName, TableRenames renames) {
        return new TableProjection(old, newName, renames).table();
    }

    private Table table() {
        var columns = old.columns().stream().map(c -> c.withName(column(c.name()))).toList();
        return new Table(newName, columns, primaryKey(old.primaryKey()),
                old.uniques().stream().map(this::unique).toList(),
                old.checks().stream().map(this::check).toList(),
                old.foreignKeys().stream().map(this::foreignKey).toList(),
                old.indexes().stream().map(this::index).toList(),
                old.triggers().stream().map(this::trigger).toList(),
                old.rowSecurity(), old.policies(), old.comment(), old.renamedFrom(), old.span())
                .withPartitioning(old.partitionBy(), old.partitionOf())
                .withExclusions(old.exclusions().stream().map(this::exclusion).toList()).withInherits(old.inherits())
                .withStorage(old.storage());
    }

    private String column(String name) {
        String renamed = renames.newColumnName(old.name(), name);
        return renamed == null ? name : renamed;
    }

    private List<String> columns(List<String> names) {
        return names.stream().map(this::column).toList();
    }

    private PrimaryKey primaryKey(PrimaryKey key) {
        return key == null ? null : new PrimaryKey(key.name(), columns(key.columns()), key.deferrable(),
                key.initiallyDeferred(), key.comment(), key.span());
    }

    private UniqueConstraint unique(UniqueConstraint u) {
        return new UniqueConstraint(u.name(), columns(u.columns()), u.nullsNotDistinct(), u.deferrable(),
                u.initiallyDeferred(), u.comment(), u.span());
    }

    private Check check(Check c) {
        return new Check(c.name(), c.column() == null ? null : column(c.column()), c.expression(), c.notValid(),
                c.noInherit(), c.comment(), c.span());
    }

    private ForeignKey foreignKey(ForeignKey f) {
        String refTable = renames.newTableName(f.refTable());
        String target = refTable == null ? f.refTable() : refTable;
        var refColumns = f.refColumns().stream().map(c -> {
            String renamed = renames.newColumnName(f.refTable(), c);
            return renamed == null ? c : renamed;
        }).toList();
        return new ForeignKey(f.name(), columns(f.columns()), target, refColumns, f.onDelete(), f.onUpdate(),
                f.deferrable(), f.initiallyDeferred(), f.notValid(), f.matchFull(), f.comment(), f.span());
    }

    private Exclusion exclusion(Exclusion x) {
        var elements = x.elements().stream().map(e -> new Exclusion.Element(element(e.key()), e.operator())).toList();
        return new Exclusion(x.name(), x.method(), elements, columns(x.include()), x.where(), x.deferrable(),
                x.initiallyDeferred(), x.comment(), x.span());
    }

    private Index.IndexElement element(Index.IndexElement e) {
        return new Index.IndexElement(e.column() == null ? null : column(e.column()), e.expression(), e.collation(),
                e.opclass(), e.direction(), e.nulls(), e.span());
    }

    private Index index(Index i) {
        var elements = i.elements().stream().map(this::element).toList();
        return new Index(i.name(), i.unique(), i.method(), elements, columns(i.include()), i.nullsNotDistinct(),
                i.storage(), i.where(), i.comment(), i.span());
    }

    private Trigger trigger(Trigger t) {
        return new Trigger(t.name(), t.timing(), t.events(), columns(t.updateColumns()), t.forEachRow(), t.when(),
                t.function(), t.arguments(), t.comment(), t.span());
    }
}
