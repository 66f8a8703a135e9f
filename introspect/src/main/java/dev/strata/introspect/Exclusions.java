package dev.strata.introspect;

import dev.strata.engine.catalog.RelationQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the import leaves out, by object identity, so that whatever depends on it can be left out too (and
 * reported) instead of producing a model that no longer applies. Views and routines that depend on something left
 * out are left out in turn, until nothing changes; smaller dependants (a default, a constraint, an index) ask
 * {@link #brokenDependency} and drop just themselves. Dependencies are read only for what is left out: one query
 * per round of propagation, none when everything is imported.
 */
final class Exclusions {

    /** Reads what depends on some objects. */
    @FunctionalInterface
    interface DependencyReader {
        List<DependencyQuery.Row> dependents(Collection<DependencyQuery.Ref> refs) throws SQLException;
    }

    private final CatalogIndex index;
    private final DependencyReader reader;
    private final Set<String> excluded = new HashSet<>();
    private final List<DependencyQuery.Ref> unread = new ArrayList<>();
    /** Dependencies by owner, then by the owner's element ({@code definition}, {@code index i}, …). */
    private final Map<String, Map<String, List<DependencyQuery.Row>>> dependencies = new HashMap<>();

    Exclusions(CatalogIndex index, DependencyReader reader) {
        this.index = index;
        this.reader = reader;
    }

    private static String key(String kind, long oid) {
        return kind + ":" + oid;
    }

    void excludeRelation(long oid) {
        exclude("relation", oid);
    }

    void excludeRoutine(long oid) {
        exclude("routine", oid);
    }

    void excludeType(long oid) {
        exclude("type", oid);
        index.types.exclude(oid);
    }

    private void exclude(String kind, long oid) {
        if (excluded.add(key(kind, oid))) {
            unread.add(new DependencyQuery.Ref(kind, oid));
        }
    }

    boolean relationExcluded(long oid) {
        return excluded.contains(key("relation", oid));
    }

    boolean routineExcluded(long oid) {
        return excluded.contains(key("routine", oid));
    }

    /**
     * Reads what depends on everything left out since the last call, and leaves out (reporting each) every view
     * and routine whose definition depends on something left out, until nothing more changes.
     */
    void propagate() throws SQLException {
        while (!unread.isEmpty()) {
            var refs = List.copyOf(unread);
            unread.clear();
            for (var dependency : reader.dependents(refs)) {
                dependencies.computeIfAbsent(key(dependency.ownerKind(), dependency.owner()), k -> new HashMap<>())
                        .computeIfAbsent(dependency.element(), k -> new ArrayList<>()).add(dependency);
                if (dependency.element().equals("definition")) {
                    excludeIfBroken(dependency.ownerKind(), dependency.owner());
                }
            }
        }
    }

    private void excludeIfBroken(String kind, long oid) {
        if (excluded.contains(key(kind, oid))) {
            return;
        }
        String broken = brokenDependency(kind, oid, "definition");
        if (kind.equals("relation")) {
            var relation = index.relations.get(oid);
            if (relation == null || !isView(relation)) {
                return;
            }
            index.findings.add(Describe.relationKind(relation), Describe.relation(relation),
                    "depends on " + broken + ", which is not imported", relation.viewDef());
            excludeRelation(oid);
        } else if (kind.equals("routine")) {
            var routine = index.routines.get(oid);
            if (routine == null) {
                return;
            }
            index.findings.add(Describe.routineKind(routine), Describe.routine(routine),
                    "depends on " + broken + ", which is not imported", routine.definition());
            excludeRoutine(oid);
        }
    }

    private static boolean isView(RelationQuery.Row relation) {
        return relation.relkind().equals("v") || relation.relkind().equals("m");
    }

    /** The first left-out object that this part of an object depends on, in words; null when there is none. */
    String brokenDependency(String ownerKind, long owner, String element) {
        var elements = dependencies.getOrDefault(key(ownerKind, owner), Map.of());
        for (var dependency : elements.getOrDefault(element, List.of())) {
            if (excluded.contains(key(dependency.refKind(), dependency.ref()))) {
                return describe(dependency.refKind(), dependency.ref());
            }
        }
        return null;
    }

    private String describe(String kind, long oid) {
        switch (kind) {
            case "relation": {
                var relation = index.relations.get(oid);
                if (relation != null) {
                    return Describe.relationKind(relation) + " " + Describe.relation(relation);
                }
                return index.catalog.sequences().stream().filter(s -> s.oid() == oid).findFirst()
                        .map(s -> "sequence " + Findings.qualified(s.schema(), s.name())).orElse("relation " + oid);
            }
            case "routine": {
                var routine = index.routines.get(oid);
                return routine == null ? "routine " + oid
                        : Describe.routineKind(routine) + " " + Describe.routine(routine);
            }
            default: {
                var type = index.types.row(oid);
                return type == null ? "type " + oid : "type " + Findings.qualified(type.schema(), type.name());
            }
        }
    }

    /** Every element (default, constraint, index) of an owner that has recorded dependencies. */
    Map<String, String> brokenElements(String ownerKind, long owner) {
        var broken = new HashMap<String, String>();
        for (String element : dependencies.getOrDefault(key(ownerKind, owner), Map.of()).keySet()) {
            String reason = brokenDependency(ownerKind, owner, element);
            if (reason != null) {
                broken.put(element, reason);
            }
        }
        return broken;
    }
}
