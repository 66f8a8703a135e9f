package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/**
 * Each referencing column has the type of the column it references. Domains count as their base type and serial
 * as the integer it stands for; type modifiers are not compared (a {@code varchar(10)} may reference a
 * {@code varchar(20)}), but {@code integer} referencing {@code bigint} is reported: PostgreSQL accepts it, and it
 * breaks as soon as the referenced values outgrow the smaller type.
 */
public final class ForeignKeyTypes implements SchemaRule {

    public static final String CODE = Code.FOREIGN_KEY_TYPE_MISMATCH.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        var types = TypeCatalog.of(model.core());
        for (var table : model.core().tables()) {
            for (var fk : table.foreignKeys()) {
                var target = ForeignKeyTarget.resolve(table, fk, lookup);
                if (target == null) {
                    continue;
                }
                for (int i = 0; i < target.columns().size(); i++) {
                    var column = target.columns().get(i);
                    var referenced = target.refColumns().get(i);
                    var type = types.comparable(column.type());
                    var refType = types.comparable(referenced.type());
                    if (type.equals(refType)) {
                        continue;
                    }
                    var refName = target.table().name() + "." + referenced.name();
                    diagnostics.report(Diagnostic.error(CODE, fk.span(),
                                    "foreign key column '" + column.name() + "' is " + shown(column, type)
                                            + " but references '" + refName + "', which is "
                                            + shown(referenced, refType),
                                    "declare '" + column.name() + "' as " + referenced.type().sql()
                                            + ", the type of the column it references")
                            .withNote(referenced.span(), "'" + refName + "' is declared here"));
                }
            }
        }
    }

    /** The type as written, with what it resolves to when that differs: "money_amount (numeric)". */
    private static String shown(Column column, String resolved) {
        var written = column.type().sql();
        var canonical = TypeNames.canonical(column.type());
        return canonical.equals(resolved) || written.equals(resolved) ? resolved : written + " (" + resolved + ")";
    }
}
