package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/** PostgreSQL only allows identity on {@code smallint}, {@code integer} and {@code bigint} columns. */
public final class IdentityColumns implements SchemaRule {

    public static final String CODE = Code.IDENTITY_TYPE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            for (var column : table.columns()) {
                if (column.identity() == null) {
                    continue;
                }
                var type = column.type();
                if (!type.isArray() && TypeCatalog.INTEGER_TYPES.contains(TypeNames.canonicalName(type.name()))) {
                    continue;
                }
                var span = type.span().isKnown() ? type.span() : column.span();
                diagnostics.error(CODE, span, "identity column '" + table.name() + "." + column.name()
                                + "' has type " + type.sql() + "; identity needs smallint, integer or bigint",
                        "declare the column as bigint, or drop 'generated " + column.identity().sql()
                                + " as identity'");
            }
        }
    }
}
