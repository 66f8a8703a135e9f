package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * A function or procedure. {@code returns} is null for a procedure. {@code language} is lower case
 * ({@code sql}, {@code plpgsql}); {@code volatility} null means PostgreSQL's default (volatile); {@code body}
 * is verbatim; {@code options} holds cost, rows, parallel safety, leak-proofness and settings
 * ({@link RoutineOptions#NONE} when none is written).
 */
public record Routine(RoutineKind routineKind, String name, List<Parameter> parameters, Returns returns,
                      String language, Volatility volatility, Security security, boolean strict,
                      RoutineOptions options, String body, String comment, Span span) implements Declaration {

    public Routine {
        parameters = List.copyOf(parameters);
        options = options == null ? RoutineOptions.NONE : options;
    }

    /** A routine without cost, rows, parallel, leakproof or set options. */
    public Routine(RoutineKind routineKind, String name, List<Parameter> parameters, Returns returns, String language,
                   Volatility volatility, Security security, boolean strict, String body, String comment, Span span) {
        this(routineKind, name, parameters, returns, language, volatility, security, strict, RoutineOptions.NONE,
                body, comment, span);
    }

    /** Whether the function returns a set ({@code setof} or {@code table (…)}): only those take {@code rows}. */
    public boolean returnsSet() {
        return returns != null && (returns.setOf() || !returns.table().isEmpty());
    }

    @Override
    public String kind() {
        return routineKind == RoutineKind.FUNCTION ? "function" : "procedure";
    }

    /** The identity of the routine in PostgreSQL: name and input parameter types, e.g. {@code f(bigint,text)}. */
    public String signature() {
        var types = parameters.stream()
                .filter(p -> p.mode() != Parameter.Mode.OUT)
                .map(p -> TypeNames.canonical(p.type()))
                .toList();
        return name + "(" + String.join(",", types) + ")";
    }

    public enum RoutineKind { FUNCTION, PROCEDURE }

    public enum Volatility { VOLATILE, STABLE, IMMUTABLE }

    public enum Security { INVOKER, DEFINER }

    /**
     * {@code returns bigint}, {@code returns setof customer_row}, or {@code returns table (id bigint, …)}
     * ({@code table} non-empty, {@code type} null).
     */
    public record Returns(TypeRef type, boolean setOf, List<Parameter> table, Span span) {
        public Returns {
            table = List.copyOf(table);
        }
    }
}
