package dev.strata.introspect;

import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.ConstraintQuery;
import dev.strata.engine.catalog.IndexQuery;
import dev.strata.engine.catalog.RelationQuery;
import dev.strata.engine.catalog.RoutineQuery;
import dev.strata.engine.catalog.SequenceQuery;
import dev.strata.engine.catalog.PolicyQuery;
import dev.strata.engine.catalog.TriggerQuery;
import dev.strata.engine.catalog.TypeQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalog rows grouped the ways the builders look them up (columns by relation, constraints by relation or
 * domain, …), plus the shared state of one model build: the type resolver, the exclusions and the findings.
 */
final class CatalogIndex {

    final Catalog catalog;
    final IntrospectionRequest request;
    final TypeResolver types;
    final Findings findings = new Findings();
    final Exclusions exclusions;
    final Map<Long, RelationQuery.Row> relations;
    final Map<Long, List<ColumnQuery.Row>> columns;
    final Map<Long, List<ConstraintQuery.Row>> constraintsByRelation;
    final Map<Long, List<ConstraintQuery.Row>> constraintsByDomain;
    final Map<Long, List<IndexQuery.Row>> indexes;
    final Map<Long, IndexQuery.Row> exclusionIndexes;
    final Map<Long, List<TriggerQuery.Row>> triggers;
    final Map<Long, List<PolicyQuery.Row>> policies;
    final Map<Long, RoutineQuery.Row> routines;
    final Map<String, SequenceQuery.Row> identitySequences = new HashMap<>();
    final Map<String, String> facadeSql = new HashMap<>();
    /** The collations of the core schema that are imported, by name: columns of core tables may name them. */
    final java.util.Set<String> collations = new java.util.HashSet<>();

    CatalogIndex(Catalog catalog, IntrospectionRequest request, Exclusions.DependencyReader dependencies) {
        this.catalog = catalog;
        this.request = request;
        var typeRows = new HashMap<Long, TypeQuery.Row>();
        catalog.types().forEach(t -> typeRows.put(t.oid(), t));
        this.types = new TypeResolver(typeRows, request.coreSchema());
        this.relations = byKey(catalog.relations(), RelationQuery.Row::oid);
        this.routines = byKey(catalog.routines(), RoutineQuery.Row::oid);
        this.columns = grouped(catalog.columns().stream()
                .sorted(Comparator.comparingInt(ColumnQuery.Row::number)).toList(), ColumnQuery.Row::relation);
        var constraints = catalog.constraints().stream()
                .sorted(Comparator.comparing(ConstraintQuery.Row::name)).toList();
        this.constraintsByRelation = grouped(
                constraints.stream().filter(c -> c.relation() != 0).toList(), ConstraintQuery.Row::relation);
        this.constraintsByDomain = grouped(
                constraints.stream().filter(c -> c.domain() != 0).toList(), ConstraintQuery.Row::domain);
        this.indexes = grouped(catalog.indexes().stream().sorted(Comparator.comparing(IndexQuery.Row::name)).toList(),
                IndexQuery.Row::relation);
        this.exclusionIndexes = byKey(catalog.exclusionIndexes(), IndexQuery.Row::oid);
        this.triggers = grouped(catalog.triggers(), TriggerQuery.Row::relation);
        this.policies = grouped(catalog.policies(), PolicyQuery.Row::relation);
        for (var sequence : catalog.sequences()) {
            if (sequence.ownerKind().equals("i")) {
                identitySequences.put(sequence.ownerTable() + ":" + sequence.ownerColumnNumber(), sequence);
            }
        }
        for (var row : catalog.facadeSql()) {
            facadeSql.put(row.kind() + ":" + row.oid() + ":" + row.position(), row.sql());
        }
        this.exclusions = new Exclusions(this, dependencies);
    }

    List<ColumnQuery.Row> columnsOf(long relation) {
        return columns.getOrDefault(relation, List.of());
    }

    String columnName(long relation, int number) {
        for (var column : columnsOf(relation)) {
            if (column.number() == number) {
                return column.name();
            }
        }
        throw new IllegalStateException("no column " + number + " in relation " + relation);
    }

    List<String> columnNames(long relation, List<Integer> numbers) {
        return numbers.stream().map(n -> columnName(relation, n)).toList();
    }

    boolean isCore(String schema) {
        return request.coreSchema().equals(schema);
    }

    /** The SQL of a facade object as read with every name qualified; null when there is none. */
    String facadeSql(String kind, long oid, int position) {
        return facadeSql.get(kind + ":" + oid + ":" + position);
    }

    static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
        var map = new HashMap<K, V>();
        rows.forEach(r -> map.put(key.apply(r), r));
        return map;
    }

    static <K, V> Map<K, List<V>> grouped(List<V> rows, Function<V, K> key) {
        var map = new HashMap<K, List<V>>();
        rows.forEach(r -> map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return map;
    }
}
