package dev.strata.compiler.codegen;

import dev.strata.compiler.model.Routine;
import java.util.List;

/** The facade class's method for one function or procedure: its name, typed parameters, and result. */
record RoutineBinding(Routine routine, String method, List<Argument> arguments, Result result) {

    RoutineBinding {
        arguments = List.copyOf(arguments);
    }

    /** An input parameter; a variadic one is passed as {@code VARIADIC ?}. */
    record Argument(String sqlName, String javaName, MappedType type, boolean variadic) {
    }

    /** What a call returns. */
    sealed interface Result permits Nothing, Value, Rows {
    }

    /** A procedure, or a function that {@code returns void}. */
    record Nothing() implements Result {
    }

    /** A scalar ({@code returns bigint}), or a list of them ({@code returns setof bigint}). */
    record Value(MappedType type, boolean setOf) implements Result {
    }

    /**
     * Rows of a record: {@code returns table (…)} and {@code returns setof VIEW} give a list; a function with
     * OUT parameters gives one row; {@code returns VIEW} gives an optional row (empty when the function returns
     * NULL).
     */
    record Rows(RowType row, Shape shape) implements Result {
    }

    enum Shape { LIST, ONE, OPTIONAL }
}
