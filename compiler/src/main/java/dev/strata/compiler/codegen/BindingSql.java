package dev.strata.compiler.codegen;

import static dev.strata.plan.sql.Identifiers.quote;

import dev.strata.compiler.model.Routine;
import dev.strata.plan.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that generated methods run, fixed at generation time: every name is schema-qualified and quoted, and
 * every value is a {@code ?} parameter.
 */
final class BindingSql {

    private final String schema;
    private final String coreSchema;

    BindingSql(String schema, String coreSchema) {
        this.schema = schema;
        this.coreSchema = coreSchema;
    }

    /**
     * The facade's schema first; then the core, which holds the types, operators and extensions it uses. Built with
     * the builder like every statement Strata writes; the generated code holds it as a constant and runs it as is.
     */
    String pinSearchPath() {
        return Sql.set("search_path", false).id(schema).comma().id(coreSchema).fragment();
    }

    /** All rows of a view, ordered by its first key when it declares one. */
    String selectAll(ViewBinding view) {
        String sql = select(view.row()) + " FROM " + qualified(view.view().name());
        if (view.view().keys().isEmpty()) {
            return sql;
        }
        return sql + " ORDER BY " + columns(view.view().keys().get(0));
    }

    String selectByKey(ViewBinding view, ViewBinding.KeyLookup lookup) {
        String where = lookup.fields().stream()
                .map(f -> quote(f.sqlName()) + " = ?")
                .collect(Collectors.joining(" AND "));
        return select(view.row()) + " FROM " + qualified(view.view().name()) + " WHERE " + where;
    }

    String call(RoutineBinding routine) {
        String call = qualified(routine.routine().name()) + "(" + arguments(routine) + ")";
        var result = routine.result();
        if (routine.routine().routineKind() == Routine.RoutineKind.PROCEDURE) {
            return "CALL " + call;
        }
        if (result instanceof RoutineBinding.Value value && value.setOf()) {
            return "SELECT * FROM " + call;
        }
        if (result instanceof RoutineBinding.Rows rows) {
            String sql = select(rows.row()) + " FROM " + call;
            if (rows.shape() != RoutineBinding.Shape.OPTIONAL) {
                return sql;
            }
            // A function returning one composite NULL gives one row of NULLs; ROW(r.*) IS NULL finds it.
            return sql + " AS \"result\" WHERE NOT (ROW(\"result\".*) IS NULL)";
        }
        return "SELECT " + call;
    }

    private String arguments(RoutineBinding routine) {
        return routine.arguments().stream()
                .map(a -> a.variadic() ? "VARIADIC ?" : "?")
                .collect(Collectors.joining(", "));
    }

    private String select(RowType row) {
        return "SELECT " + columns(row.fields().stream().map(Field::sqlName).toList());
    }

    private static String columns(List<String> names) {
        return names.stream().map(n -> quote(n)).collect(Collectors.joining(", "));
    }

    private String qualified(String name) {
        return quote(schema) + "." + quote(name);
    }
}
