package dev.strata.compiler.format;

import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import java.util.ArrayList;
import java.util.List;

/** A function or procedure: signature, options in canonical order, verbatim body. */
final class RoutinePrinter {

    private final Output out;

    RoutinePrinter(Output out) {
        this.out = out;
    }

    void print(Routine routine, int depth) {
        var kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "function " : "procedure ";
        var head = kind + StrataNames.name(routine.name());
        var parameters = new ArrayList<String>();
        for (int i = 0; i < routine.parameters().size(); i++) {
            parameters.add(parameter(routine.parameters().get(i), i + 1));
        }
        var tail = tail(routine);
        var header = head + "(" + String.join(", ", parameters) + ")";
        out.leadingComments(depth, routine);
        if (Layout.fits(depth, header + tail + " as $$") || parameters.isEmpty()) {
            out.line(depth, header + tail + " as " + Literals.dollarBody(routine.body()), routine);
            return;
        }
        out.line(depth, head + "(");
        for (int i = 0; i < parameters.size(); i++) {
            out.line(depth + 1, parameters.get(i) + (i < parameters.size() - 1 ? "," : ""));
        }
        out.line(depth, ")" + tail + " as " + Literals.dollarBody(routine.body()), routine);
    }

    /** Everything between the parameter list and the body. */
    private static String tail(Routine routine) {
        var text = new StringBuilder();
        if (routine.returns() != null) {
            text.append(" returns ").append(returns(routine.returns()));
        }
        if (routine.language() != null) {
            text.append(" language ").append(StrataNames.name(routine.language()));
        }
        if (routine.volatility() != null) {
            text.append(' ').append(TablePrinter.lower(routine.volatility()));
        }
        if (routine.strict()) {
            text.append(" strict");
        }
        if (routine.security() != null) {
            text.append(" security ").append(TablePrinter.lower(routine.security()));
        }
        options(routine.options(), text);
        if (routine.comment() != null) {
            text.append(" comment ").append(Literals.string(routine.comment()));
        }
        return text.toString();
    }

    /** Parallel safety, leak-proofness, cost, rows, then the settings in their order. */
    private static void options(RoutineOptions options, StringBuilder text) {
        if (options.parallel() != null) {
            text.append(" parallel ").append(TablePrinter.lower(options.parallel()));
        }
        if (options.leakproof()) {
            text.append(" leakproof");
        }
        if (options.cost() != null) {
            text.append(" cost ").append(RoutineOptions.number(options.cost()));
        }
        if (options.rows() != null) {
            text.append(" rows ").append(RoutineOptions.number(options.rows()));
        }
        for (RoutineOptions.Setting setting : options.settings()) {
            text.append(" set ").append(settingName(setting.name()));
            if (setting.fromCurrent()) {
                text.append(" from current");
                continue;
            }
            var values = setting.values().stream().map(RoutinePrinter::settingValue).toList();
            text.append(" = ").append(String.join(", ", values));
        }
    }

    static String settingName(String name) {
        var parts = new ArrayList<String>();
        for (String part : name.split("\\.", -1)) {
            parts.add(StrataNames.name(part));
        }
        return String.join(".", parts);
    }

    /** A bare word or number where it reads the same, else a string. */
    static String settingValue(String value) {
        if (value.matches("-?[0-9]+(\\.[0-9]+)?") || StrataNames.isBare(value)) {
            return value;
        }
        return Literals.string(value);
    }

    private static String returns(Routine.Returns returns) {
        if (returns.type() == null) {
            return "table (" + columns(returns.table()) + ")";
        }
        return (returns.setOf() ? "setof " : "") + TypePrinter.print(returns.type());
    }

    private static String columns(List<Parameter> columns) {
        var texts = new ArrayList<String>();
        columns.forEach(c -> texts.add(StrataNames.parameterName(c.name()) + " " + TypePrinter.print(c.type())));
        return String.join(", ", texts);
    }

    private static String parameter(Parameter parameter, int position) {
        var text = new StringBuilder();
        if (parameter.mode() != null) {
            text.append(TablePrinter.lower(parameter.mode())).append(' ');
        }
        text.append(parameter.name() == null ? "$" + position : StrataNames.parameterName(parameter.name()))
                .append(' ').append(TypePrinter.print(parameter.type()));
        if (parameter.defaultExpr() != null) {
            text.append(" default ").append(parameter.defaultExpr());
        }
        return text.toString();
    }
}
