package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inherits;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.compiler.sql.StorageParameters;
import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.ConstraintQuery;
import dev.strata.engine.catalog.PolicyQuery;
import dev.strata.engine.catalog.RelationQuery;
import dev.strata.plan.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One core table that {@link RelationCheck} accepted, as a model {@link Table}. Parts that depend on something
 * not imported (a default calling a routine that is not, a foreign key to a table left out) are left out and
 * reported; so is every setting the language has no words for. A partitioned table gets its key, a partition
 * its parent and bound and nothing else (see {@link #partition}).
 */
final class TableBuilder {

    private final CatalogIndex index;

    TableBuilder(CatalogIndex index) {
        this.index = index;
    }

    Table build(RelationQuery.Row relation) {
        if (relation.partition()) {
            return partition(relation);
        }
        String name = Describe.relation(relation);
        reportUnexpressed(relation, name, relation.partitionKey() != null);
        var broken = index.exclusions.brokenElements("relation", relation.oid());
        // an inheritance child's columns that only come from its parents are theirs (the model adds them back)
        var columns = index.columnsOf(relation.oid()).stream().filter(c -> c.local())
                .map(c -> column(relation, c, broken)).toList();
        reportInheritedColumns(relation, name);
        PrimaryKey primaryKey = null;
        var uniques = new ArrayList<UniqueConstraint>();
        var checks = new ArrayList<Check>();
        var foreignKeys = new ArrayList<ForeignKey>();
        var exclusions = new ArrayList<Exclusion>();
        for (var constraint : index.constraintsByRelation.getOrDefault(relation.oid(), List.of())) {
            if (constraint.inherited()) {
                // a foreign key's copy for a partition of the table it references: PostgreSQL makes and drops it
                reportCopyComments(constraint, Findings.qualified(name, constraint.name()));
                continue;
            }
            if (constraint.kind().equals("c") && !constraint.local()) {
                // an inheritance child's copy of its parent's check: the parent's declaration gives it
                reportCopyComments(constraint, Findings.qualified(name, constraint.name()));
                continue;
            }
            String constraintName = Findings.qualified(name, constraint.name());
            String brokenBy = broken.get("constraint " + constraint.name());
            if (brokenBy != null) {
                index.findings.add(kind(constraint), constraintName,
                        "depends on " + brokenBy + ", which is not imported", constraint.definition());
                continue;
            }
            switch (constraint.kind()) {
                case "p":
                    Constraints.reportUnexpressed(index.findings, constraint, constraintName);
                    primaryKey = primaryKey(relation, constraint, columns(relation, constraint));
                    break;
                case "u":
                    Constraints.reportUnexpressed(index.findings, constraint, constraintName);
                    uniques.add(unique(relation, constraint, columns(relation, constraint)));
                    break;
                case "c":
                    Constraints.reportUnexpressed(index.findings, constraint, constraintName);
                    checks.add(check(relation, constraint, columns(relation, constraint)));
                    break;
                case "f":
                    var foreignKey = foreignKey(relation, constraint, constraintName);
                    if (foreignKey != null) {
                        Constraints.reportUnexpressed(index.findings, constraint, constraintName);
                        foreignKeys.add(foreignKey);
                    }
                    break;
                case "x":
                    if (relation.partitionKey() != null) {
                        index.findings.add("exclusion constraint", constraintName, "an exclusion constraint on a"
                                + " partitioned table is not imported (PostgreSQL before 17 has none)",
                                constraint.definition());
                        break;
                    }
                    var exclusion = exclusion(relation, constraint, constraintName);
                    if (exclusion != null) {
                        Constraints.reportUnexpressed(index.findings, constraint, constraintName);
                        exclusions.add(exclusion);
                    }
                    break;
                default:
                    // constraint triggers ('t') are reported with the triggers
                    break;
            }
        }
        var indexes = new ArrayList<Index>();
        var indexBuilder = new IndexBuilder(index);
        for (var row : index.indexes.getOrDefault(relation.oid(), List.of())) {
            String brokenBy = broken.get("index " + row.name());
            if (brokenBy != null) {
                index.findings.add("index", Findings.qualified(relation.schema(), row.name()),
                        "depends on " + brokenBy + ", which is not imported", row.statement());
                continue;
            }
            var built = indexBuilder.build(relation, row);
            if (built != null) {
                indexes.add(built);
            }
        }
        var triggers = new ArrayList<Trigger>();
        var triggerBuilder = new TriggerBuilder(index);
        for (var row : index.triggers.getOrDefault(relation.oid(), List.of())) {
            var built = triggerBuilder.build(relation, row);
            if (built != null) {
                triggers.add(built);
            }
        }
        var rowSecurity = new ArrayList<RowSecurity>();
        if (relation.rowSecurity()) {
            rowSecurity.add(new RowSecurity(RowSecurity.Setting.ENABLE, Span.NONE));
        }
        if (relation.forceRowSecurity()) {
            rowSecurity.add(new RowSecurity(RowSecurity.Setting.FORCE, Span.NONE));
        }
        var policies = index.policies.getOrDefault(relation.oid(), List.of()).stream().map(TableBuilder::policy)
                .toList();
        var storage = relation.partitionKey() != null ? List.<StorageParameter>of()
                : StorageOptions.of(relation.options(), StorageParameters.TABLE, index.findings, "table option", name);
        var table = new Table(relation.name(), columns, primaryKey, uniques, checks, foreignKeys, indexes, triggers,
                rowSecurity, policies, relation.comment(), null, Span.NONE).withExclusions(exclusions)
                .withInherits(relation.parents().isEmpty() ? null : new Inherits(relation.parents().stream()
                        .map(p -> p.substring(p.indexOf('.') + 1)).toList(), Span.NONE))
                .withStorage(storage);
        return relation.partitionKey() == null ? table
                : table.withPartitioning(DeparsedSql.partitionKey(relation.partitionKey()), null);
    }

    /**
     * A partition: its parent and bound, and its comment. Its columns, keys, indexes and triggers are its parent's
     * (PostgreSQL copies them: the copies are not repeated); whatever it has of its own is reported, not imported.
     */
    private Table partition(RelationQuery.Row relation) {
        String name = Describe.relation(relation);
        reportUnexpressed(relation, name, true);
        String parentPath = relation.parents().get(0);
        String parent = parentPath.substring(parentPath.indexOf('.') + 1);
        String own = ": a Strata partition has only its bound and comment (declare it on the partitioned table "
                + parent + ")";
        reportOwnColumns(relation, parentPath, name);
        for (var constraint : index.constraintsByRelation.getOrDefault(relation.oid(), List.of())) {
            boolean copied = constraint.inherited() || constraint.kind().equals("c") && !constraint.local();
            if (!copied && !constraint.kind().equals("t")) {
                index.findings.add(kind(constraint), Findings.qualified(name, constraint.name()),
                        "the partition's own " + kind(constraint) + " is not imported" + own,
                        constraint.definition());
            } else if (copied) {
                reportCopyComments(constraint, Findings.qualified(name, constraint.name()));
            }
        }
        for (var row : index.indexes.getOrDefault(relation.oid(), List.of())) {
            if (!row.attached()) {
                index.findings.add("index", Findings.qualified(relation.schema(), row.name()),
                        "an index of the partition alone is not imported" + own, row.statement());
            } else if (row.comment() != null) {
                index.findings.add("index comment", Findings.qualified(relation.schema(), row.name()),
                        "the comment of a partition's copy of its parent's index is not imported" + own);
            }
        }
        for (var row : index.triggers.getOrDefault(relation.oid(), List.of())) {
            if (!row.cloned()) {
                index.findings.add("trigger", Findings.qualified(name, row.name()),
                        "a trigger of the partition alone is not imported" + own, row.definition());
            } else if (row.comment() != null) {
                index.findings.add("trigger comment", Findings.qualified(name, row.name()),
                        "the comment of a partition's copy of its parent's trigger is not imported" + own);
            }
        }
        for (var policy : index.policies.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("policy", Findings.qualified(name, policy.name()),
                    "a policy of the partition alone is not imported" + own);
        }
        if (relation.rowSecurity() || relation.forceRowSecurity()) {
            index.findings.add("table option", name, "row level security of the partition alone is not imported"
                    + own);
        }
        var of = new PartitionOf(parent, DeparsedSql.partitionBound(relation.partitionBound()), Span.NONE);
        return new Table(relation.name(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), relation.comment(), null, Span.NONE).withPartitioning(null, of);
    }

    /**
     * An inheritance child's column that it only inherits but has changed on its own (a default, NOT NULL or
     * comment its first parent with the column does not have) is imported as its parent's: the difference said.
     */
    private void reportInheritedColumns(RelationQuery.Row relation, String name) {
        if (relation.parents().isEmpty() || relation.partition()) {
            return;
        }
        var parentColumns = new HashMap<String, ColumnQuery.Row>();
        for (String parentPath : relation.parents()) {
            index.catalog.relations().stream().filter(r -> (r.schema() + "." + r.name()).equals(parentPath))
                    .findFirst().ifPresent(parent -> index.columnsOf(parent.oid())
                            .forEach(c -> parentColumns.putIfAbsent(c.name(), c)));
        }
        for (var column : index.columnsOf(relation.oid())) {
            var inherited = parentColumns.get(column.name());
            if (column.local() || inherited == null) {
                continue;
            }
            var differences = new ArrayList<String>();
            if (!Objects.equals(column.defaultExpr(), inherited.defaultExpr())) {
                differences.add("default");
            }
            boolean identity = inherited.identity() != null && !inherited.identity().isEmpty();
            if (column.notNull() != (inherited.notNull() || identity)) {
                differences.add("not null");
            }
            if (column.comment() != null) {
                differences.add("comment");
            }
            if (!differences.isEmpty()) {
                index.findings.add("column option", Findings.qualified(name, column.name()), "the inheritance"
                        + " child's own " + String.join(", ", differences) + " of an inherited column is not"
                        + " imported: an inherited column is declared once, in the parent");
            }
        }
    }

    /** A partition's column default, NOT NULL or comment that its parent does not have is not imported: said. */
    private void reportOwnColumns(RelationQuery.Row relation, String parentPath, String name) {
        var parent = index.catalog.relations().stream()
                .filter(r -> (r.schema() + "." + r.name()).equals(parentPath)).findFirst().orElse(null);
        if (parent == null) {
            return;
        }
        var parentColumns = new HashMap<String, ColumnQuery.Row>();
        index.columnsOf(parent.oid()).forEach(c -> parentColumns.put(c.name(), c));
        for (var column : index.columnsOf(relation.oid())) {
            var inherited = parentColumns.get(column.name());
            if (inherited == null) {
                continue;
            }
            var differences = new ArrayList<String>();
            if (!Objects.equals(column.defaultExpr(), inherited.defaultExpr())) {
                differences.add("default");
            }
            if (column.notNull() != inherited.notNull()) {
                differences.add("not null");
            }
            if (column.comment() != null) {
                differences.add("comment");
            }
            if (!differences.isEmpty()) {
                index.findings.add("column option", Findings.qualified(name, column.name()), "the partition's own "
                        + String.join(", ", differences) + " is not imported: a partition has its parent's columns");
            }
        }
    }

    /** The expressions as PostgreSQL prints them (outer parentheses off), with the core schema on the search path. */
    private static Policy policy(PolicyQuery.Row row) {
        var command = switch (row.command()) {
            case "r" -> Policy.Command.SELECT;
            case "a" -> Policy.Command.INSERT;
            case "w" -> Policy.Command.UPDATE;
            case "d" -> Policy.Command.DELETE;
            default -> Policy.Command.ALL;
        };
        return new Policy(row.name(), row.permissive(), command, row.roles(), unwrap(row.using()),
                unwrap(row.withCheck()), Span.NONE);
    }

    private static String unwrap(String expression) {
        return expression == null ? null : DeparsedSql.unwrap(expression);
    }

    private static String kind(ConstraintQuery.Row constraint) {
        switch (constraint.kind()) {
            case "p":
                return "primary key";
            case "u":
                return "unique constraint";
            case "f":
                return "foreign key";
            case "x":
                return "exclusion constraint";
            default:
                return "check constraint";
        }
    }

    private Column column(RelationQuery.Row relation, ColumnQuery.Row column, Map<String, String> broken) {
        String name = Findings.qualified(Describe.relation(relation), column.name());
        var type = index.types.resolve(column.typeOid(), column.formatted(), column.dimensions()).type();
        String defaultExpr = DefaultTerms.asTerm(column.defaultExpr());
        String brokenBy = broken.get("default of column " + column.name());
        if (defaultExpr != null && brokenBy != null) {
            index.findings.add("column default", name, "depends on " + brokenBy + ", which is not imported");
            defaultExpr = null;
        }
        Identity identity = identity(column.identity());
        IdentityOptions identityOptions = identity == null ? null : identityOptions(relation, column, type.name());
        String generated = column.generated().equals("s") ? DeparsedSql.unwrap(column.generatedExpr()) : null;
        reportUnexpressed(column, name);
        return new Column(column.name(), type, column.notNull(), defaultExpr, identity, identityOptions, generated,
                column.collation(), column.comment(), null, null, Span.NONE);
    }

    private static Identity identity(String code) {
        switch (code) {
            case "a":
                return Identity.ALWAYS;
            case "d":
                return Identity.BY_DEFAULT;
            default:
                return null;
        }
    }

    /** The options of the identity's sequence that differ from the defaults for the column's type, or null. */
    private IdentityOptions identityOptions(RelationQuery.Row relation, ColumnQuery.Row column, String type) {
        var sequence = index.identitySequences.get(relation.oid() + ":" + column.number());
        if (sequence == null) {
            return null;
        }
        return SequenceOptions.of(sequence).unlessDefault(SequenceOptions.defaults(type, sequence.increment()));
    }

    private void reportUnexpressed(ColumnQuery.Row column, String name) {
        if (column.customStorage()) {
            index.findings.add("column option", name, "SET STORAGE is not imported");
        }
        if (column.customCompression()) {
            index.findings.add("column option", name, "SET COMPRESSION is not imported");
        }
        if (column.customStatistics()) {
            index.findings.add("column option", name, "SET STATISTICS is not imported");
        }
        if (column.hasOptions()) {
            index.findings.add("column option", name, "attribute options (n_distinct, …) are not imported");
        }
    }

    /** What the language cannot say about a table; the storage parameters of a partition or partitioned table. */
    private void reportUnexpressed(RelationQuery.Row relation, String name, boolean partition) {
        if (relation.persistence().equals("u")) {
            index.findings.add("table option", name, "UNLOGGED is not imported: the plan creates a logged table");
        }
        if (partition && !relation.options().isEmpty()) {
            index.findings.add("table option", name, "storage parameters " + String.join(", ", relation.options())
                    + " are not imported");
        }
        if (!relation.toastOptions().isEmpty()) {
            index.findings.add("table option", name, "storage parameters of the TOAST table "
                    + String.join(", ", relation.toastOptions()) + " are not imported");
        }
        if (relation.ownTablespace()) {
            index.findings.add("table option", name, "the tablespace is not imported");
        }
        if (!relation.replicaIdentity().equals("d")) {
            index.findings.add("table option", name, "REPLICA IDENTITY is not imported");
        }
    }

    /**
     * A constraint PostgreSQL copied from another (a partition's or an inheritance child's copy of its parent's, a
     * foreign key's copy for a partition of the table it references) is not imported, and so neither is a comment
     * given to the copy or to its index: said.
     */
    private void reportCopyComments(ConstraintQuery.Row constraint, String name) {
        if (constraint.comment() != null) {
            index.findings.add("constraint comment", name, "the comment of a copy PostgreSQL made of a parent's"
                    + " constraint is not imported");
        }
        if (constraint.indexComment() != null) {
            index.findings.add("constraint index comment", name, "the comment on the index behind the constraint"
                    + " is not imported (the language comments the constraint, not its index)");
        }
    }

    private List<String> columns(RelationQuery.Row relation, ConstraintQuery.Row constraint) {
        return index.columnNames(relation.oid(), constraint.columns());
    }

    private static PrimaryKey primaryKey(RelationQuery.Row relation, ConstraintQuery.Row constraint,
                                         List<String> columns) {
        String defaultName = Constraints.primaryKeyName(relation.name());
        return new PrimaryKey(constraint.name().equals(defaultName) ? null : constraint.name(), columns,
                constraint.deferrable(), constraint.deferred(), constraint.comment(), Span.NONE);
    }

    private static UniqueConstraint unique(RelationQuery.Row relation, ConstraintQuery.Row constraint,
                                           List<String> columns) {
        String defaultName = Constraints.uniqueName(relation.name(), columns);
        return new UniqueConstraint(constraint.name().equals(defaultName) ? null : constraint.name(), columns,
                constraint.nullsNotDistinct(), constraint.deferrable(), constraint.deferred(), constraint.comment(),
                Span.NONE);
    }

    /**
     * An exclusion constraint from the index behind it (keys, operator classes, include, predicate, as an index is
     * imported) and its operators; null (reported) when the index cannot be imported.
     */
    private Exclusion exclusion(RelationQuery.Row relation, ConstraintQuery.Row constraint, String constraintName) {
        var row = index.exclusionIndexes.get(constraint.index());
        if (row == null || row.keyCount() != constraint.exclusionOperators().size()) {
            index.findings.add("exclusion constraint", constraintName, "its index was not found in the catalog",
                    constraint.definition());
            return null;
        }
        var built = new IndexBuilder(index).build(relation, row);
        if (built == null) {
            return null;
        }
        var elements = new ArrayList<Exclusion.Element>();
        for (int k = 0; k < built.elements().size(); k++) {
            elements.add(new Exclusion.Element(built.elements().get(k), constraint.exclusionOperators().get(k)));
        }
        var unnamed = new Exclusion(null, built.method(), elements, built.include(), built.where(),
                constraint.deferrable(), constraint.deferred(), Span.NONE);
        String defaultName = Identifiers.objectName(relation.name(),
                String.join("_", DefaultNames.exclusionColumnNames(unnamed)), "excl");
        // the comment of the index behind it is not the constraint's (reported with the constraint's findings)
        if (constraint.name().equals(defaultName)) {
            return unnamed.withComment(constraint.comment());
        }
        return new Exclusion(constraint.name(), unnamed.method(), elements, unnamed.include(), unnamed.where(),
                unnamed.deferrable(), unnamed.initiallyDeferred(), constraint.comment(), Span.NONE);
    }

    /**
     * A check on one column with PostgreSQL's default name was written on that column (or as a table check on
     * it, which PostgreSQL names the same way); a check with the table's default name was an unnamed table check.
     * A check with a comment is a table check (a check on a column's line takes no comment): one with the column
     * default name keeps it written out.
     */
    private static Check check(RelationQuery.Row relation, ConstraintQuery.Row constraint, List<String> columns) {
        String expression = DeparsedSql.checkExpression(constraint.definition());
        boolean notValid = !constraint.validated();
        boolean noInherit = constraint.noInherit();
        String comment = constraint.comment();
        if (columns.size() == 1 && comment == null
                && constraint.name().equals(Constraints.columnCheckName(relation.name(), columns.get(0)))) {
            return new Check(null, columns.get(0), expression, notValid, noInherit, Span.NONE);
        }
        if (columns.size() != 1 && constraint.name().equals(Constraints.tableCheckName(relation.name()))) {
            return new Check(null, null, expression, notValid, noInherit, comment, Span.NONE);
        }
        return new Check(constraint.name(), null, expression, notValid, noInherit, comment, Span.NONE);
    }

    private ForeignKey foreignKey(RelationQuery.Row relation, ConstraintQuery.Row constraint, String name) {
        if (!index.isCore(constraint.refSchema())) {
            index.findings.add("foreign key", name, "references " + constraint.refSchema() + "."
                    + constraint.refTable() + " outside the core schema");
            return null;
        }
        if (index.exclusions.relationExcluded(constraint.refRelation())) {
            index.findings.add("foreign key", name, "references " + constraint.refSchema() + "."
                    + constraint.refTable() + ", which is not imported");
            return null;
        }
        var columns = columns(relation, constraint);
        String defaultName = Constraints.foreignKeyName(relation.name(), columns);
        return new ForeignKey(constraint.name().equals(defaultName) ? null : constraint.name(), columns,
                constraint.refTable(), index.columnNames(constraint.refRelation(), constraint.refColumns()),
                Constraints.action(constraint.onDelete()),
                Constraints.action(constraint.onUpdate()), constraint.deferrable(), constraint.deferred(),
                !constraint.validated(), constraint.matchType().equals("f"), constraint.comment(), Span.NONE);
    }
}
