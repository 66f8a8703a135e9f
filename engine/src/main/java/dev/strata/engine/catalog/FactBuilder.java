package dev.strata.engine.catalog;

import dev.strata.plan.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the facts from the rows of one catalog read: one entry per object, path to description. Objects that
 * belong to an extension are not among the rows, and neither is what hangs on them (their columns, constraints,
 * indexes, triggers, privileges), so the extension's own fact covers all of it. Invalid indexes are left out:
 * they are leftovers of an interrupted {@code CREATE INDEX CONCURRENTLY}, not schema. Columns are keyed by name,
 * so their order is not a fact.
 */
final class FactBuilder {

    private final CatalogRows rows;
    private final Map<String, String> facts = new TreeMap<>();
    private final Map<Long, SchemaQuery.Row> schemas = new HashMap<>();
    private final Map<Long, RelationQuery.Row> relations = new HashMap<>();
    private final Map<Long, SequenceQuery.Row> sequences = new HashMap<>();
    private final Map<Long, RoutineQuery.Row> routines = new HashMap<>();
    private final Map<Long, TypeQuery.Row> types = new HashMap<>();
    private final Map<String, ColumnQuery.Row> columns = new HashMap<>();

    FactBuilder(CatalogRows rows) {
        this.rows = rows;
        var schemaNames = new TreeSet<String>();
        for (var schema : rows.schemas()) {
            schemas.put(schema.oid(), schema);
            schemaNames.add(schema.name());
        }
        rows.relations().forEach(r -> relations.put(r.oid(), r));
        rows.sequences().forEach(s -> sequences.put(s.oid(), s));
        rows.routines().forEach(r -> routines.put(r.oid(), r));
        for (var type : rows.types()) {
            if (type.requested() && !type.extensionMember() && schemaNames.contains(type.schema())) {
                types.put(type.oid(), type);
            }
        }
        rows.columns().forEach(c -> columns.put(c.relation() + ":" + c.number(), c));
    }

    Map<String, String> build() {
        schemas();
        extensions();
        collations();
        types();
        relations();
        columns();
        constraints();
        indexes();
        triggers();
        policies();
        routines();
        sequences();
        privileges();
        others();
        return facts;
    }

    private void schemas() {
        for (var schema : rows.schemas()) {
            put("schema " + q(schema.name()), parts(comment(schema.comment())));
        }
    }

    private void extensions() {
        for (var extension : rows.extensions()) {
            put("extension " + q(extension.name()), "version " + extension.version() + "; schema "
                    + q(extension.schema()));
        }
    }

    private void collations() {
        for (var collation : rows.collations()) {
            put("collation " + name(collation.schema(), collation.name()),
                    parts(collation.definition(), comment(collation.comment())));
        }
    }

    private void types() {
        for (var type : types.values()) {
            String path = name(type.schema(), type.name());
            switch (type.kind()) {
                case "e" -> put("enum " + path, parts(String.join(", ",
                        type.labels().stream().map(FactBuilder::literal).toList()), comment(type.comment())));
                case "d" -> put("domain " + path, parts("over " + type.baseFormatted(),
                        type.notNull() ? "not null" : null, type.collation() == null ? null
                                : "collate " + q(type.collation()),
                        type.defaultExpr() == null ? null : "default " + type.defaultExpr(), comment(type.comment())));
                case "c" -> {
                    if (type.relkind().equals("c")) {
                        put("type " + path, parts("composite", comment(type.comment())));
                    }
                }
                case "r" -> put("type " + path, parts("range", comment(type.comment())));
                case "m" -> put("type " + path, parts("multirange", comment(type.comment())));
                case "b" -> {
                    if (!(type.category().equals("A") && type.element() != 0)) {
                        put("type " + path, parts("base", comment(type.comment())));
                    }
                }
                default -> {
                    // pseudo-types cannot be created by users
                }
            }
        }
    }

    private void relations() {
        for (var relation : rows.relations()) {
            String path = name(relation.schema(), relation.name());
            put(kind(relation) + " " + path, parts(
                    switch (relation.persistence()) {
                        case "u" -> "unlogged";
                        case "t" -> "temporary";
                        default -> null;
                    },
                    relation.partition() ? "partition of " + String.join(", ", relation.parents()) + " "
                            + relation.partitionBound()
                            : relation.parents().isEmpty() ? null : "inherits " + String.join(", ", relation.parents()),
                    relation.partitionKey() == null ? null : "partition by " + relation.partitionKey(),
                    relation.typed() ? "typed" : null,
                    relation.options().isEmpty() ? null : "with (" + String.join(", ", relation.options()) + ")",
                    relation.toastOptions().isEmpty() ? null
                            : "toast with (" + String.join(", ", relation.toastOptions()) + ")",
                    relation.ownTablespace() ? "own tablespace" : null,
                    relation.rowSecurity() ? "row level security" : null,
                    relation.forceRowSecurity() ? "forced row level security" : null,
                    !relation.relkind().equals("r") && !relation.relkind().equals("p") ? null
                            : switch (relation.replicaIdentity()) {
                        case "n" -> "replica identity nothing";
                        case "f" -> "replica identity full";
                        case "i" -> "replica identity index";
                        default -> null;
                    },
                    comment(relation.comment())));
            if (relation.viewDef() != null) {
                put("view definition " + path, relation.viewDef());
            }
        }
    }

    private void columns() {
        for (var column : rows.columns()) {
            var relation = relations.get(column.relation());
            if (relation == null) {
                continue;
            }
            String generated = switch (column.generated()) {
                case "s" -> "generated always as (" + column.generatedExpr() + ") stored";
                case "v" -> "generated always as (" + column.generatedExpr() + ") virtual";
                default -> null;
            };
            put("column " + name(relation.schema(), relation.name()) + "." + q(column.name()), parts(
                    column.typeText(),
                    column.notNull() ? "not null" : null,
                    column.collation() == null ? null : "collate " + collation(column),
                    column.defaultExpr() == null ? null : "default " + column.defaultExpr(),
                    switch (column.identity()) {
                        case "a" -> "identity always";
                        case "d" -> "identity by default";
                        default -> null;
                    },
                    generated,
                    inheritance(relation, column),
                    comment(column.comment())));
        }
    }

    private void constraints() {
        for (var constraint : rows.constraints()) {
            String owner;
            if (constraint.relation() != 0) {
                var relation = relations.get(constraint.relation());
                owner = relation == null ? null : name(relation.schema(), relation.name());
            } else {
                var domain = types.get(constraint.domain());
                owner = domain == null ? null : name(domain.schema(), domain.name());
            }
            if (owner != null) {
                put("constraint " + owner + "." + q(constraint.name()), parts(constraint.definition(),
                        comment(constraint.comment())));
            }
        }
    }

    private void indexes() {
        for (var index : rows.indexes()) {
            var relation = relations.get(index.relation());
            if (relation != null && index.valid()) {
                put("index " + name(relation.schema(), index.name()), parts(index.statement(),
                        comment(index.comment())));
            }
        }
    }

    private void triggers() {
        for (var trigger : rows.triggers()) {
            var relation = relations.get(trigger.relation());
            if (relation == null) {
                continue;
            }
            put("trigger " + name(relation.schema(), relation.name()) + "." + q(trigger.name()), parts(
                    trigger.definition(),
                    switch (trigger.enabled()) {
                        case "D" -> "disabled";
                        case "R" -> "enabled replica";
                        case "A" -> "enabled always";
                        default -> null;
                    },
                    comment(trigger.comment())));
        }
    }

    /** A policy by everything CREATE POLICY says: kind, command, roles and both expressions. */
    private void policies() {
        for (var policy : rows.policies()) {
            var relation = relations.get(policy.relation());
            if (relation == null) {
                continue;
            }
            put("policy " + name(relation.schema(), relation.name()) + "." + q(policy.name()), parts(
                    policy.permissive() ? "permissive" : "restrictive",
                    "for " + policy.command(),
                    "to " + String.join(", ", policy.roles()),
                    policy.using() == null ? null : "using (" + policy.using() + ")",
                    policy.withCheck() == null ? null : "with check (" + policy.withCheck() + ")"));
        }
    }

    private void routines() {
        for (var routine : rows.routines()) {
            put("routine " + signature(routine), parts(routine.definition() == null ? "aggregate"
                    : routine.definition(), comment(routine.comment())));
        }
    }

    private void sequences() {
        for (var sequence : rows.sequences()) {
            String owner = sequence.ownerColumn() == null ? null
                    : name(sequence.ownerSchema(), sequence.ownerTableName()) + "." + q(sequence.ownerColumn());
            put("sequence " + name(sequence.schema(), sequence.name()), parts(sequence.typeText(),
                    "start " + sequence.start(), "increment " + sequence.increment(), "min " + sequence.min(),
                    "max " + sequence.max(), "cache " + sequence.cache(), sequence.cycle() ? "cycle" : null,
                    owner == null ? null : (sequence.ownerKind().equals("i") ? "identity of " : "owned by ") + owner,
                    comment(sequence.comment())));
        }
    }

    private void privileges() {
        var held = new TreeMap<String, List<String>>();
        for (var privilege : rows.privileges()) {
            String object = privilegeObject(privilege);
            if (object == null) {
                continue;
            }
            String grantee = privilege.grantee().equals("PUBLIC") ? "PUBLIC" : q(privilege.grantee());
            held.computeIfAbsent("grant on " + object + " to " + grantee, k -> new ArrayList<>())
                    .add(privilege.privilege() + (privilege.grantable() ? " with grant option" : ""));
        }
        held.forEach((path, privileges) -> put(path, String.join(", ", new TreeSet<>(privileges))));
    }

    private String privilegeObject(PrivilegeQuery.Row privilege) {
        switch (privilege.on()) {
            case "schema" -> {
                var schema = schemas.get(privilege.oid());
                return schema == null ? null : "schema " + q(schema.name());
            }
            case "relation" -> {
                var relation = relations.get(privilege.oid());
                if (relation != null) {
                    return kind(relation) + " " + name(relation.schema(), relation.name());
                }
                var sequence = sequences.get(privilege.oid());
                return sequence == null ? null : "sequence " + name(sequence.schema(), sequence.name());
            }
            case "column" -> {
                var relation = relations.get(privilege.oid());
                var column = columns.get(privilege.oid() + ":" + privilege.column());
                return relation == null || column == null ? null
                        : "column " + name(relation.schema(), relation.name()) + "." + q(column.name());
            }
            case "routine" -> {
                var routine = routines.get(privilege.oid());
                return routine == null ? null : "routine " + signature(routine);
            }
            case "type" -> {
                var type = types.get(privilege.oid());
                return type == null ? null : "type " + name(type.schema(), type.name());
            }
            default -> {
                return null;
            }
        }
    }

    /** Objects of kinds the Strata language does not declare (rules, policies, operators, …): that they exist. */
    private void others() {
        for (var other : rows.otherObjects()) {
            put(other.kind() + " " + other.name(), "");
        }
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private void put(String path, String description) {
        facts.merge(path, description, (a, b) -> a + " | " + b);
    }

    private static String kind(RelationQuery.Row relation) {
        return switch (relation.relkind()) {
            case "r" -> "table";
            case "p" -> "partitioned table";
            case "v" -> "view";
            case "m" -> "materialized view";
            default -> "foreign table";
        };
    }

    private static String signature(RoutineQuery.Row routine) {
        return name(routine.schema(), routine.name()) + "(" + routine.identity() + ")";
    }

    /**
     * An inheritance child's column that comes from its parents: {@code inherited}, or {@code inherited and own}
     * when the child declares it too (it stays when the parents drop it). A partition's columns are its parent's,
     * which its {@code partition of} fact says already.
     */
    private static String inheritance(RelationQuery.Row relation, ColumnQuery.Row column) {
        if (relation.partition() || column.inheritCount() == 0) {
            return null;
        }
        return column.local() ? "inherited and own" : "inherited";
    }

    private static String collation(ColumnQuery.Row column) {
        return column.collationSchema() == null || column.collationSchema().equals("pg_catalog")
                ? q(column.collation()) : q(column.collationSchema()) + "." + q(column.collation());
    }

    private static String name(String schema, String name) {
        return q(schema) + "." + q(name);
    }

    private static String q(String name) {
        return Identifiers.quoteIfNeeded(name);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String comment(String comment) {
        return comment == null ? null : "comment " + literal(comment);
    }

    /** The non-null parts, joined by {@code "; "}. */
    private static String parts(String... parts) {
        var present = new ArrayList<String>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return String.join("; ", present);
    }
}
