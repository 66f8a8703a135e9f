package dev.strata.compiler.codegen;

import dev.strata.compiler.model.View;
import java.util.List;

/** What the facade class offers for one view: a list method, a stream method, and a lookup per key. */
record ViewBinding(View view, RowType row, String listMethod, String streamMethod, List<KeyLookup> lookups) {

    ViewBinding {
        lookups = List.copyOf(lookups);
    }

    /** {@code customersByEmail(String email)}: the row whose key columns equal the arguments. */
    record KeyLookup(String method, List<Field> fields) {
        KeyLookup {
            fields = List.copyOf(fields);
        }
    }
}
