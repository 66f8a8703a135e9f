package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A core table. Constraints written on columns are already moved here. {@code primaryKey}, {@code comment} and
 * {@code renamedFrom} may be null. {@code rowSecurity} holds the {@code enable} and {@code force row level
 * security} lines given (at most one of each, enable first); {@code policies} are in source order.
 * {@code partitionBy} (null unless the table is partitioned) is its {@code partition by} key; {@code partitionOf}
 * (null unless the table is a partition, declared with {@code partition NAME of PARENT …}) names its parent and
 * bound. A partition declares nothing else but a comment: its columns, keys and indexes are its parent's.
 * {@code exclusions} are its exclusion constraints in source order (set with {@link #withExclusions}).
 * {@code inherits} (null unless the table is an inheritance child, set with {@link #withInherits}) names its
 * parents; {@code columns} are then its own columns only, the inherited ones are its parents'.
 * {@code storage} holds its {@code with (…)} storage parameters, sorted by name (set with {@link #withStorage}).
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Check> checks, List<ForeignKey> foreignKeys, List<Exclusion> exclusions,
                    List<Index> indexes, List<Trigger> triggers, List<RowSecurity> rowSecurity,
                    List<Policy> policies, PartitionKey partitionBy, PartitionOf partitionOf, Inherits inherits,
                    List<StorageParameter> storage, String comment, String renamedFrom, Span span)
        implements Declaration {

    /** A table that inherits from no other, without storage parameters. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Check> checks, List<ForeignKey> foreignKeys, List<Exclusion> exclusions,
                 List<Index> indexes, List<Trigger> triggers, List<RowSecurity> rowSecurity,
                 List<Policy> policies, PartitionKey partitionBy, PartitionOf partitionOf, String comment,
                 String renamedFrom, Span span) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers, rowSecurity,
                policies, partitionBy, partitionOf, null, List.of(), comment, renamedFrom, span);
    }

    /** A table without storage parameters. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Check> checks, List<ForeignKey> foreignKeys, List<Exclusion> exclusions,
                 List<Index> indexes, List<Trigger> triggers, List<RowSecurity> rowSecurity,
                 List<Policy> policies, PartitionKey partitionBy, PartitionOf partitionOf, Inherits inherits,
                 String comment, String renamedFrom, Span span) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers, rowSecurity,
                policies, partitionBy, partitionOf, inherits, List.of(), comment, renamedFrom, span);
    }

    /** A table that inherits from no other. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Check> checks, List<ForeignKey> foreignKeys, List<Exclusion> exclusions,
                 List<Index> indexes, List<Trigger> triggers, List<RowSecurity> rowSecurity,
                 List<Policy> policies, PartitionKey partitionBy, PartitionOf partitionOf,
                 List<StorageParameter> storage, String comment, String renamedFrom, Span span) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers, rowSecurity,
                policies, partitionBy, partitionOf, null, storage, comment, renamedFrom, span);
    }

    /** A table without exclusion constraints. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes, List<Trigger> triggers,
                 List<RowSecurity> rowSecurity, List<Policy> policies, PartitionKey partitionBy,
                 PartitionOf partitionOf, String comment, String renamedFrom, Span span) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, List.of(), indexes, triggers, rowSecurity,
                policies, partitionBy, partitionOf, null, List.of(), comment, renamedFrom, span);
    }

    /** A table that is neither partitioned nor a partition. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes, List<Trigger> triggers,
                 List<RowSecurity> rowSecurity, List<Policy> policies, String comment, String renamedFrom,
                 Span span) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, triggers, rowSecurity, policies, null,
                null, comment, renamedFrom, span);
    }

    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        exclusions = List.copyOf(exclusions);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        rowSecurity = rowSecurity.stream().sorted(Comparator.comparing(RowSecurity::setting)).distinct().toList();
        policies = List.copyOf(policies);
        storage = StorageParameter.sorted(storage);
    }

    /** {@code enable row level security}: the policies apply to everyone but the owner (and superusers). */
    public boolean rowSecurityEnabled() {
        return has(RowSecurity.Setting.ENABLE);
    }

    /** {@code force row level security}: the policies apply to the table's owner too. */
    public boolean rowSecurityForced() {
        return has(RowSecurity.Setting.FORCE);
    }

    private boolean has(RowSecurity.Setting setting) {
        return rowSecurity.stream().anyMatch(r -> r.setting() == setting);
    }

    public Optional<Policy> policy(String policyName) {
        return policies.stream().filter(p -> p.name().equals(policyName)).findFirst();
    }

    public boolean partitioned() {
        return partitionBy != null;
    }

    public boolean partition() {
        return partitionOf != null;
    }

    /** The same table with {@code partition by} or {@code partition of} set. */
    public Table withPartitioning(PartitionKey by, PartitionOf of) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers,
                rowSecurity, policies, by, of, inherits, storage, comment, renamedFrom, span);
    }

    /** The same table with these exclusion constraints. */
    public Table withExclusions(List<Exclusion> constraints) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, constraints, indexes, triggers,
                rowSecurity, policies, partitionBy, partitionOf, inherits, storage, comment, renamedFrom, span);
    }

    /** The same table inheriting from {@code parents} (null: from none). */
    public Table withInherits(Inherits parents) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers,
                rowSecurity, policies, partitionBy, partitionOf, parents, storage, comment, renamedFrom, span);
    }

    /** The same table with these columns (its own). */
    public Table withColumns(List<Column> own) {
        return new Table(name, own, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers,
                rowSecurity, policies, partitionBy, partitionOf, inherits, storage, comment, renamedFrom, span);
    }

    /** The same table with these triggers. */
    public Table withTriggers(List<Trigger> all) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, all,
                rowSecurity, policies, partitionBy, partitionOf, inherits, storage, comment, renamedFrom, span);
    }

    /** The same table with these storage parameters. */
    public Table withStorage(List<StorageParameter> parameters) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, exclusions, indexes, triggers,
                rowSecurity, policies, partitionBy, partitionOf, inherits, parameters, comment, renamedFrom, span);
    }

    /** Whether the table inherits from another ({@code inherits (…)}). */
    public boolean child() {
        return inherits != null;
    }

    /** The tables it inherits from, in order; none unless it is a child. */
    public List<String> parents() {
        return inherits == null ? List.of() : inherits.parents();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    @Override
    public String kind() {
        return partitionOf != null ? "partition" : "table";
    }
}
