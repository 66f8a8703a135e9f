package dev.strata.introspect;

import dev.strata.engine.catalog.RoutineQuery;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides which functions and procedures can be imported: not aggregates or window functions, not C or internal
 * ones, not SQL-standard bodies, not bodies a {@code .strata} file cannot hold, not facade routines with unnamed
 * parameters, not routines with types the language cannot write, and only one routine per name in a schema.
 */
final class RoutineCheck {

    private static final Set<String> LIBRARY_LANGUAGES = Set.of("c", "internal");

    private final CatalogIndex index;

    RoutineCheck(CatalogIndex index) {
        this.index = index;
    }

    void run() {
        Set<String> seen = new HashSet<>();
        // rows come sorted by schema, name and arguments: the first routine of a name is the one kept
        for (var routine : index.catalog.routines()) {
            String problem = problem(routine);
            if (problem == null && !seen.add(routine.schema() + "." + routine.name())) {
                problem = "another routine of the same name is imported; the Strata language declares one routine"
                        + " per name";
            }
            if (problem != null) {
                index.findings.add(Describe.routineKind(routine), Describe.routine(routine), problem,
                        routine.definition());
                index.exclusions.excludeRoutine(routine.oid());
            }
        }
    }

    private String problem(RoutineQuery.Row routine) {
        if (routine.kind().equals("a") || routine.kind().equals("w")) {
            return "the Strata language has no " + Describe.routineKind(routine) + " declaration";
        }
        if (LIBRARY_LANGUAGES.contains(routine.language())) {
            return "language " + routine.language() + " routines live in a compiled library, which Strata does not"
                    + " manage";
        }
        if (routine.sqlStandardBody()) {
            return "a SQL-standard body (BEGIN ATOMIC) cannot be written in Strata";
        }
        String bodyProblem = Bodies.problem(routine.body());
        if (bodyProblem != null) {
            return bodyProblem;
        }
        for (int i = 0; i < routine.argumentTypes().size(); i++) {
            String name = i < routine.argumentNames().size() ? routine.argumentNames().get(i) : null;
            boolean unnamed = name == null || name.isEmpty();
            if (unnamed && !index.isCore(routine.schema())) {
                return "parameter " + (i + 1) + " has no name; a facade routine's parameters are named";
            }
            var resolved = index.types.resolve(routine.argumentTypes().get(i));
            if (!resolved.ok()) {
                return "parameter " + (unnamed ? "$" + (i + 1) : name) + ": " + resolved.problem();
            }
        }
        if (!routine.kind().equals("p")) {
            var result = index.types.resolve(routine.returnType());
            if (!result.ok()) {
                return "result: " + result.problem();
            }
        }
        return null;
    }
}
