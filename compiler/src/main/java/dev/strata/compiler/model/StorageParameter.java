package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.Comparator;
import java.util.List;

/**
 * One storage parameter of a table or an index, {@code with (fillfactor = 70)}: the name in lower case
 * ({@code toast.autovacuum_enabled} for the TOAST table's) and the value as text, as PostgreSQL keeps it in
 * {@code pg_class.reloptions} ({@code fillfactor=70}). The names are PostgreSQL's to check; Strata knows the
 * documented ones (check {@code StorageParameterNames}).
 */
public record StorageParameter(String name, String value, Span span) {

    /** Sorted by name (stable, so a repeated name keeps its source order): the order does not matter. */
    public static List<StorageParameter> sorted(List<StorageParameter> parameters) {
        return parameters.stream().sorted(Comparator.comparing(StorageParameter::name)).toList();
    }

    /** {@code name=value}, as in {@code pg_class.reloptions}. */
    public String option() {
        return name + "=" + value;
    }
}
