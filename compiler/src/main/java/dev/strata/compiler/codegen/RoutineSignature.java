package dev.strata.compiler.codegen;

import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import java.util.Locale;
import java.util.stream.Collectors;

/** A routine's declaration in one line, for Javadoc: {@code place_order(customer_id bigint) returns bigint}. */
final class RoutineSignature {

    private RoutineSignature() {
    }

    static String of(Routine routine) {
        String parameters = routine.parameters().stream()
                .map(RoutineSignature::parameter)
                .collect(Collectors.joining(", "));
        String text = routine.name() + "(" + parameters + ")";
        var returns = routine.returns();
        if (returns == null) {
            return text;
        }
        if (!returns.table().isEmpty()) {
            String columns = returns.table().stream()
                    .map(c -> c.name() + " " + c.type().sql())
                    .collect(Collectors.joining(", "));
            return text + " returns table (" + columns + ")";
        }
        return text + " returns " + (returns.setOf() ? "setof " : "") + returns.type().sql();
    }

    private static String parameter(Parameter parameter) {
        String mode = parameter.mode() == null || parameter.mode() == Parameter.Mode.IN ? ""
                : parameter.mode().name().toLowerCase(Locale.ROOT) + " ";
        return mode + parameter.name() + " " + parameter.type().sql();
    }
}
