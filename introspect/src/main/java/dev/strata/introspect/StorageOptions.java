package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.StorageParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Storage parameters read from {@code pg_class.reloptions} ({@code name=value}, the value as text). Those the
 * language knows for the table or index method are imported; any other is reported and left out (a parameter of
 * a newer PostgreSQL, or of an extension's module).
 */
final class StorageOptions {

    private StorageOptions() {
    }

    /** The parameters of {@code options} named in {@code known} (all, when {@code known} is null). */
    static List<StorageParameter> of(List<String> options, Set<String> known, Findings findings, String kind,
                                     String name) {
        var parameters = new ArrayList<StorageParameter>();
        for (String option : options) {
            int equals = option.indexOf('=');
            String parameter = equals < 0 ? option : option.substring(0, equals);
            String value = equals < 0 ? "true" : option.substring(equals + 1);
            if (known != null && !known.contains(parameter)) {
                findings.add(kind, name, "storage parameter " + option + " is not imported: the Strata language"
                        + " does not know it");
                continue;
            }
            parameters.add(new StorageParameter(parameter, value, Span.NONE));
        }
        return parameters;
    }
}
