package dev.strata.runtime.introspect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the import leaves out, by object identity, so that whatever depends on it can be left out too (and
 * reported) instead of producing a model that no longer applies. Views and routines that depend on something left
 * out are left out in turn, until nothing changes; smaller dependants (a default, a constraint, an index) ask
 * {@link #brokenDependency} and drop just themselves.
 */
final class Exclusions {

    private final CatalogIndex index;
    private final Set<String> excluded = new HashSet<>();
    /** Dependencies by owner, then by the owner's element ({@code definition}, {@code index i}, …). */
    private final Map<String, Map<String, List<DependencyQuery.Row>>> dependencies = new HashMap<>();

    Exclusions(CatalogIndex index) {
        this.index = index;
        for (var dependency : index.catalog.dependencies()) {
            dependencies.computeIfAbsent(key(dependency.ownerKind(), dependency.owner()), k -> new HashMap<>())
                    .computeIfAbsent(dependency.element(), k -> new java.util.ArrayList<>()).add(dependency);
        }
    }

    private static String key(String kind, long oid) {
        return kind + ":" + oid;
    }

    void excludeRelation(long oid) {
        excluded.add(key("relation", oid));
    }

    void excludeRoutine(long oid) {
        excluded.add(key("routine", oid));
    }

    void excludeType(long oid) {
        excluded.add(key("type", oid));
        index.types.exclude(oid);
    }

    boolean relationExcluded(long oid) {
        return excluded.contains(key("relation", oid));
    }

    boolean routineExcluded(long oid) {
        return excluded.contains(key("routine", oid));
    }

    /**
     * Leaves out every view and routine whose definition depends on something left out, reporting each, until
     * nothing more changes.
     */
    void propagate() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var relation : index.catalog.relations()) {
                if (!relationExcluded(relation.oid()) && isView(relation)) {
                    changed |= excludeIfBroken("relation", relation.oid(), Describe.relationKind(relation),
                            Findings.qualified(relation.schema(), relation.name()));
                }
            }
            for (var routine : index.catalog.routines()) {
                if (!routineExcluded(routine.oid())) {
                    changed |= excludeIfBroken("routine", routine.oid(), Describe.routineKind(routine),
                            Describe.routine(routine));
                }
            }
        }
    }

    private static boolean isView(RelationQuery.Row relation) {
        return relation.relkind().equals("v") || relation.relkind().equals("m");
    }

    private boolean excludeIfBroken(String kind, long oid, String words, String name) {
        String broken = brokenDependency(kind, oid, "definition");
        if (broken == null) {
            return false;
        }
        excluded.add(key(kind, oid));
        index.findings.add(words, name, "depends on " + broken + ", which is not imported");
        return true;
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
                    return Describe.relationKind(relation) + " " + Findings.qualified(relation.schema(), relation.name());
                }
                return index.catalog.sequences().stream().filter(s -> s.oid() == oid).findFirst()
                        .map(s -> "sequence " + Findings.qualified(s.schema(), s.name())).orElse("relation " + oid);
            }
            case "routine": {
                var routine = index.routines.get(oid);
                return routine == null ? "routine " + oid : Describe.routineKind(routine) + " " + Describe.routine(routine);
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
