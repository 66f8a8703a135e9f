package dev.strata.compiler.check;

import dev.strata.compiler.check.TypeUsage.Place;
import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/**
 * {@code serial}, {@code bigserial} and {@code smallserial} are shorthands for a table column with its own
 * sequence, not types: they cannot be arrays, domains, view columns, parameters or return types.
 */
public final class SerialTypes implements SchemaRule {

    public static final String CODE = Code.SERIAL_OUTSIDE_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var usage : TypeUsage.of(model)) {
            if (!TypeCatalog.isSerial(usage.type())) {
                continue;
            }
            if (usage.place() == Place.COLUMN && !usage.type().isArray()) {
                continue;
            }
            var name = TypeNames.canonicalName(usage.type().name());
            var integer = switch (name) {
                case "bigserial" -> "bigint";
                case "smallserial" -> "smallint";
                default -> "integer";
            };
            diagnostics.error(CODE, usage.span(), "'" + usage.type().sql() + "' is not a type and cannot be used in "
                            + usage.what(),
                    "'" + name + "' only works as the type of a table column; write '" + integer + "' here");
        }
    }
}
