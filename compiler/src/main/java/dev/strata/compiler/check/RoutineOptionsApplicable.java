package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import java.util.ArrayList;
import java.util.stream.Stream;

/**
 * Routine options PostgreSQL rejects: {@code cost}, {@code rows}, {@code parallel} and {@code leakproof} on a
 * procedure (it takes only {@code security} and {@code set}), {@code rows} on a function that returns no set, and a
 * cost or rows that is not positive.
 */
public final class RoutineOptionsApplicable implements SchemaRule {

    public static final String CODE = Code.ROUTINE_OPTION_NOT_APPLICABLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var facadeRoutines = model.facades().stream().flatMap(f -> f.routines().stream());
        Stream.concat(model.core().routines().stream(), facadeRoutines).forEach(r -> inspect(r, diagnostics));
    }

    private static void inspect(Routine routine, Diagnostics diagnostics) {
        RoutineOptions options = routine.options();
        String what = routine.kind() + " '" + routine.name() + "'";
        if (routine.routineKind() == Routine.RoutineKind.PROCEDURE) {
            var written = new ArrayList<String>();
            if (options.cost() != null) {
                written.add("cost");
            }
            if (options.rows() != null) {
                written.add("rows");
            }
            if (options.parallel() != null) {
                written.add("parallel");
            }
            if (options.leakproof()) {
                written.add("leakproof");
            }
            for (String option : written) {
                diagnostics.error(CODE, routine.span(), what + " has '" + option + "', which only a function can have",
                        "a procedure takes 'security' and 'set' options only: remove '" + option + "'");
            }
            return;
        }
        if (options.rows() != null && !routine.returnsSet()) {
            diagnostics.error(CODE, routine.span(), what + " has 'rows' but returns a single value",
                    "'rows' estimates the rows of a function that returns setof or table (…): remove it");
        }
        positive(what, "cost", options.cost(), routine, diagnostics);
        positive(what, "rows", options.rows(), routine, diagnostics);
    }

    private static void positive(String what, String option, Float value, Routine routine, Diagnostics diagnostics) {
        if (value != null && value <= 0) {
            diagnostics.error(CODE, routine.span(), what + " has '" + option + " " + RoutineOptions.number(value)
                    + "', which must be more than 0", "write a positive estimate, or leave '" + option + "' out");
        }
    }
}
