package dev.strata.compiler.model;

import java.util.List;

/**
 * What a function tells the planner and the executor about itself, and the settings it runs with:
 * {@code cost N}, {@code rows N}, {@code parallel safe|restricted|unsafe}, {@code leakproof} and
 * {@code set NAME = VALUE, …} / {@code set NAME from current}. A null {@code cost}, {@code rows} or
 * {@code parallel} means PostgreSQL's default (100, 1000 for a set-returning function, unsafe). Settings keep the
 * order they are written in, which is the order PostgreSQL lists them in ({@code pg_proc.proconfig}).
 */
public record RoutineOptions(Float cost, Float rows, Parallel parallel, boolean leakproof, List<Setting> settings) {

    /** No option written: every one PostgreSQL's default. */
    public static final RoutineOptions NONE = new RoutineOptions(null, null, null, false, List.of());

    /** PostgreSQL's cost of a routine in any language but C and internal. */
    public static final float DEFAULT_COST = 100f;

    /** PostgreSQL's estimate of the rows a set-returning function returns. */
    public static final float DEFAULT_ROWS = 1000f;

    public RoutineOptions {
        settings = List.copyOf(settings);
    }

    public boolean none() {
        return equals(NONE);
    }

    /** The same options with a default written out left unwritten, so that {@code cost 100} equals no cost. */
    public RoutineOptions normalized() {
        Float c = cost != null && cost == DEFAULT_COST ? null : cost;
        Float r = rows != null && rows == DEFAULT_ROWS ? null : rows;
        Parallel p = parallel == Parallel.UNSAFE ? null : parallel;
        return new RoutineOptions(c, r, p, leakproof, settings);
    }

    public float effectiveCost() {
        return cost == null ? DEFAULT_COST : cost;
    }

    public float effectiveRows() {
        return rows == null ? DEFAULT_ROWS : rows;
    }

    public Parallel effectiveParallel() {
        return parallel == null ? Parallel.UNSAFE : parallel;
    }

    public java.util.Optional<Setting> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public enum Parallel { SAFE, RESTRICTED, UNSAFE }

    /**
     * {@code set NAME = VALUE, …}: the parameter's name in lower case and its values as PostgreSQL takes them
     * (strings, each one element of a list parameter such as {@code search_path}); or {@code set NAME from
     * current} ({@code values} empty), the value of the session that creates the routine.
     */
    public record Setting(String name, List<String> values, boolean fromCurrent) {
        public Setting {
            values = List.copyOf(values);
        }
    }

    /** A number as the language writes it: {@code 5}, {@code 0.5}. */
    public static String number(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
