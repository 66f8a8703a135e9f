package dev.strata.compiler.check;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One place where a type is written (sequences aside, which only take integer types): what it is and where.
 * {@code localRowTypes} are the names of the views of its facade version (empty in the core), whose row types a
 * facade routine may use.
 */
record TypeUsage(TypeRef type, Place place, String what, Set<String> localRowTypes, Span ownerSpan) {

    enum Place { COLUMN, DOMAIN, VIEW_COLUMN, PARAMETER, RETURNS, RETURNS_TABLE }

    /** The span to point at: the type itself when it has one, else the column or parameter that has it. */
    Span span() {
        return type.span().isKnown() || !ownerSpan.isKnown() ? type.span() : ownerSpan;
    }

    static List<TypeUsage> of(Model model) {
        var all = new ArrayList<TypeUsage>();
        var core = model.core();
        for (var domain : core.domains()) {
            all.add(new TypeUsage(domain.baseType(), Place.DOMAIN, "domain '" + domain.name() + "'", Set.of(),
                    domain.span()));
        }
        for (var table : core.tables()) {
            for (var column : table.columns()) {
                all.add(new TypeUsage(column.type(), Place.COLUMN,
                        "column '" + table.name() + "." + column.name() + "'", Set.of(), column.span()));
            }
        }
        core.views().forEach(v -> addView(v, Set.of(), all));
        core.routines().forEach(r -> addRoutine(r, Set.of(), all));
        for (var facade : model.facades()) {
            var views = new HashSet<String>();
            facade.views().forEach(v -> views.add(v.name()));
            facade.views().forEach(v -> addView(v, views, all));
            facade.routines().forEach(r -> addRoutine(r, views, all));
        }
        return all;
    }

    private static void addView(View view, Set<String> rowTypes, List<TypeUsage> all) {
        for (var column : view.columns()) {
            all.add(new TypeUsage(column.type(), Place.VIEW_COLUMN,
                    "column '" + column.name() + "' of " + view.kind() + " '" + view.name() + "'", rowTypes,
                    column.span()));
        }
    }

    private static void addRoutine(Routine routine, Set<String> rowTypes, List<TypeUsage> all) {
        var of = " of " + routine.kind() + " '" + routine.name() + "'";
        for (int i = 0; i < routine.parameters().size(); i++) {
            var parameter = routine.parameters().get(i);
            String name = parameter.name() == null ? "$" + (i + 1) : parameter.name();
            all.add(new TypeUsage(parameter.type(), Place.PARAMETER, "parameter '" + name + "'" + of,
                    rowTypes, parameter.span()));
        }
        var returns = routine.returns();
        if (returns == null) {
            return;
        }
        if (returns.type() != null) {
            all.add(new TypeUsage(returns.type(), Place.RETURNS, "the return type" + of, rowTypes,
                    returns.span()));
        }
        for (var column : returns.table()) {
            all.add(new TypeUsage(column.type(), Place.RETURNS_TABLE, "column '" + column.name() + "' returned" + of,
                    rowTypes, column.span()));
        }
    }
}
