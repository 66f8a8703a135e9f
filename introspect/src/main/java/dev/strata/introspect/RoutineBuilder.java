package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine.Returns;
import dev.strata.compiler.model.Routine.RoutineKind;
import dev.strata.compiler.model.Routine.Security;
import dev.strata.compiler.model.Routine.Volatility;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RoutineOptions.Parallel;
import dev.strata.compiler.model.RoutineOptions.Setting;
import dev.strata.engine.catalog.RoutineQuery;
import java.util.ArrayList;

/** One function or procedure that {@link RoutineCheck} accepted, as a model {@link Routine}. */
final class RoutineBuilder {

    private final CatalogIndex index;

    RoutineBuilder(CatalogIndex index) {
        this.index = index;
    }

    Routine build(RoutineQuery.Row routine) {
        boolean facade = !index.isCore(routine.schema());
        var parameters = new ArrayList<Parameter>();
        var tableColumns = new ArrayList<Parameter>();
        for (int i = 0; i < routine.argumentTypes().size(); i++) {
            String mode = routine.argumentModes().isEmpty() ? "i" : routine.argumentModes().get(i);
            var type = index.types.resolve(routine.argumentTypes().get(i)).type();
            // proargnames is null when no parameter has a name, and holds '' for each one without
            String name = i < routine.argumentNames().size() ? routine.argumentNames().get(i) : null;
            name = name == null || name.isEmpty() ? null : name;
            if (mode.equals("t")) {
                tableColumns.add(new Parameter(name, null, type, null, Span.NONE));
                continue;
            }
            String defaultExpr = DefaultTerms.asTerm(facade ? index.facadeSql("argument", routine.oid(), i + 1)
                    : routine.argumentDefaults().get(i));
            parameters.add(new Parameter(name, mode(mode), type, defaultExpr, Span.NONE));
        }
        reportUnexpressed(routine);
        return new Routine(routine.kind().equals("p") ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION, routine.name(),
                parameters, returns(routine, tableColumns), routine.language(), volatility(routine.volatility()),
                routine.securityDefiner() ? Security.DEFINER : null, routine.strict(), options(routine),
                routine.body(), routine.comment(), Span.NONE);
    }

    /** Cost, rows, parallel safety, leak-proofness and settings; PostgreSQL's defaults are left unwritten. */
    private RoutineOptions options(RoutineQuery.Row routine) {
        boolean procedure = routine.kind().equals("p");
        Float cost = procedure || routine.cost() == RoutineOptions.DEFAULT_COST ? null : routine.cost();
        Float rows = !routine.returnsSet() || routine.rows() == RoutineOptions.DEFAULT_ROWS ? null : routine.rows();
        Parallel parallel = procedure ? null : switch (routine.parallel()) {
            case "s" -> Parallel.SAFE;
            case "r" -> Parallel.RESTRICTED;
            default -> null;
        };
        var settings = new ArrayList<Setting>();
        for (String entry : routine.config()) {
            if (!isPinnedSearchPath(routine, entry)) {
                settings.add(Settings.of(entry));
            }
        }
        return new RoutineOptions(cost, rows, parallel, routine.leakproof(), settings);
    }

    private Returns returns(RoutineQuery.Row routine, java.util.List<Parameter> tableColumns) {
        if (routine.kind().equals("p")) {
            return null;
        }
        if (!tableColumns.isEmpty()) {
            return new Returns(null, false, tableColumns, Span.NONE);
        }
        return new Returns(index.types.resolve(routine.returnType()).type(), routine.returnsSet(),
                java.util.List.of(), Span.NONE);
    }

    /** {@code proargmodes}: an input parameter is written without a mode, as the parser leaves it. */
    private static Parameter.Mode mode(String code) {
        switch (code) {
            case "o":
                return Parameter.Mode.OUT;
            case "b":
                return Parameter.Mode.INOUT;
            case "v":
                return Parameter.Mode.VARIADIC;
            default:
                return null;
        }
    }

    /** Volatile is PostgreSQL's default and is left unwritten. */
    private static Volatility volatility(String code) {
        switch (code) {
            case "i":
                return Volatility.IMMUTABLE;
            case "s":
                return Volatility.STABLE;
            default:
                return null;
        }
    }

    private void reportUnexpressed(RoutineQuery.Row routine) {
        String name = Describe.routine(routine);
        // Strata leaves a core routine executable by PUBLIC, as PostgreSQL does, and revokes that from a facade's
        boolean core = index.isCore(routine.schema());
        if (core && !routine.publicExecute()) {
            report(name, "EXECUTE is revoked from PUBLIC; the Strata language cannot say so");
        } else if (!core && routine.publicExecute()) {
            index.findings.add("grant", name, "EXECUTE to PUBLIC: a facade grants to the roles it names only, so"
                    + " the plan revokes it");
        }
    }

    /**
     * The runtime pins the search path of a facade's {@code security definer} routines to the version's schema, the
     * core, then {@code pg_temp} (docs/concepts.md): that is Strata's doing, not a setting of the sources.
     */
    private boolean isPinnedSearchPath(RoutineQuery.Row routine, String entry) {
        if (index.isCore(routine.schema()) || !routine.securityDefiner()) {
            return false;
        }
        String pinned = "search_path=" + routine.schema() + "," + index.request.coreSchema() + ",pg_temp";
        return entry.replace("\"", "").replace(" ", "").equals(pinned.replace(" ", ""));
    }

    private void report(String name, String reason) {
        index.findings.add("routine option", name, reason);
    }
}
