package dev.strata.compiler.planner;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.plan.ServerRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What of a model needs a newer PostgreSQL than the oldest Strata supports (13). A plan needs what its model after
 * it needs and the model before it did not: a database holding the model before already runs on a server that has
 * the rest, and the reverse only goes back to that. Only what the plans' own SQL says is listed: the language's constructs and the built-in
 * types it names; what verbatim SQL from the sources calls (a function body's {@code MERGE}) only a server of the
 * target's version can judge, which is what {@code strata test --scratch-url} on such a server is for.
 */
final class ServerRequirements {

    /** Built-in multirange types, new in PostgreSQL 14. */
    private static final Set<String> MULTIRANGES = Set.of("int4multirange", "int8multirange", "nummultirange",
            "tsmultirange", "tstzmultirange", "datemultirange", "anymultirange");

    private ServerRequirements() {
    }

    /** What the plan from {@code from} to {@code to} brings that needs a newer server. */
    static List<ServerRequirement> introduced(Model from, Model to, String coreSchema) {
        var before = Set.copyOf(of(from, coreSchema));
        return of(to, coreSchema).stream().filter(r -> !before.contains(r)).toList();
    }

    static List<ServerRequirement> of(Model model, String coreSchema) {
        var found = new ArrayList<ServerRequirement>();
        var core = model.core();
        for (Table table : core.tables()) {
            String where = coreSchema + "." + table.name();
            var names = DefaultNames.of(table);
            for (var unique : table.uniques()) {
                if (unique.nullsNotDistinct()) {
                    found.add(new ServerRequirement(15, "UNIQUE NULLS NOT DISTINCT",
                            coreSchema + "." + names.of(unique)));
                }
            }
            for (var index : table.indexes()) {
                if (index.nullsNotDistinct()) {
                    found.add(new ServerRequirement(15, "an index with NULLS NOT DISTINCT",
                            coreSchema + "." + names.of(index)));
                }
            }
            for (var column : table.columns()) {
                type(column.type(), where + "." + column.name(), found);
            }
        }
        for (var domain : core.domains()) {
            type(domain.baseType(), coreSchema + "." + domain.name(), found);
        }
        for (Routine routine : core.routines()) {
            routine(routine, coreSchema, found);
        }
        for (var facade : model.facades()) {
            for (Routine routine : facade.routines()) {
                routine(routine, facade.schemaName(), found);
            }
        }
        return List.copyOf(found);
    }

    private static void routine(Routine routine, String schema, List<ServerRequirement> found) {
        String where = schema + "." + routine.name();
        for (Parameter parameter : routine.parameters()) {
            type(parameter.type(), where, found);
        }
        if (routine.returns() != null) {
            type(routine.returns().type(), where, found);
            for (Parameter column : routine.returns().table()) {
                type(column.type(), where, found);
            }
        }
    }

    private static void type(TypeRef type, String where, List<ServerRequirement> found) {
        if (type != null && MULTIRANGES.contains(type.name().toLowerCase(Locale.ROOT))) {
            found.add(new ServerRequirement(14, "the multirange type " + type.name(), where));
        }
    }
}
