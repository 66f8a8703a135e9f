package dev.strata.introspect;

import dev.strata.engine.catalog.RelationQuery;
import dev.strata.engine.catalog.RoutineQuery;

/** Catalog objects in words, for the unsupported list. */
final class Describe {

    private Describe() {
    }

    static String relationKind(RelationQuery.Row relation) {
        switch (relation.relkind()) {
            case "p":
                return "partitioned table";
            case "v":
                return "view";
            case "m":
                return "materialized view";
            case "f":
                return "foreign table";
            default:
                return relation.partition() ? "partition" : "table";
        }
    }

    static String routineKind(RoutineQuery.Row routine) {
        switch (routine.kind()) {
            case "p":
                return "procedure";
            case "a":
                return "aggregate";
            case "w":
                return "window function";
            default:
                return "function";
        }
    }

    /** {@code public.last_day(timestamp with time zone)}. */
    static String routine(RoutineQuery.Row routine) {
        return Findings.qualified(routine.schema(), routine.name()) + "(" + routine.identity() + ")";
    }

    static String relation(RelationQuery.Row relation) {
        return Findings.qualified(relation.schema(), relation.name());
    }
}
