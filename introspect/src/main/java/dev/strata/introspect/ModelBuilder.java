package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.View;
import dev.strata.engine.catalog.RelationQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the catalog rows into a {@link Model} in two stages: first decide what can be imported (types, then
 * tables and views, then routines, then whatever depends on something left out, which may read dependencies),
 * then build the declarations.
 * Declarations are sorted by name, columns by position, so the same database always gives the same model.
 */
final class ModelBuilder {

    /** Installed in every database; never declared. */
    private static final String DEFAULT_EXTENSION = "plpgsql";

    private final CatalogIndex index;

    ModelBuilder(Catalog catalog, IntrospectionRequest request, Exclusions.DependencyReader dependencies) {
        this.index = new CatalogIndex(catalog, request, dependencies);
    }

    /** The model and what was left out of it, sorted by kind and name. */
    record Built(Model model, List<Unsupported> unsupported) {
    }

    Built build() throws SQLException {
        index.findings.addAll(index.catalog.unsupportedObjects());
        var collations = new CollationBuilder(index).build();
        var types = new TypeBuilder(index);
        types.decide();
        new RelationCheck(index).run();
        new RoutineCheck(index).run();
        index.exclusions.propagate();
        var sequences = new SequenceBuilder(index);
        sequences.decide();
        index.exclusions.propagate();

        var grants = new GrantBuilder(index);
        grants.reportCore();
        var core = new Core(extensions(), types.enums(), types.domains(), sequences.build(), tables(),
                views(index.request.coreSchema()), routines(index.request.coreSchema()), collations);
        var facades = new ArrayList<Facade>();
        for (var facade : index.request.facades()) {
            if (index.catalog.schemas().contains(facade.schema())) {
                facades.add(facade(facade, grants));
            }
        }
        // an expansion Strata made reads back as the column's 'expands', not as a function and two triggers
        Model model = dev.strata.compiler.planner.Expansions.recognize(new Model(core, facades),
                index.request.coreSchema());
        return new Built(model, index.findings.sorted());
    }

    private List<Extension> extensions() {
        var extensions = new ArrayList<Extension>();
        for (var extension : index.catalog.extensions()) {
            if (extension.name().equals(DEFAULT_EXTENSION)) {
                continue;
            }
            if (index.isCore(extension.schema())) {
                extensions.add(new Extension(extension.name(), Span.NONE));
            } else {
                index.findings.add("extension", extension.name(), "installed in schema " + extension.schema()
                        + "; Strata declares extensions in the core schema only");
            }
        }
        return extensions;
    }

    private List<Table> tables() {
        var builder = new TableBuilder(index);
        var tables = new ArrayList<Table>();
        for (var relation : index.catalog.relations()) {
            if (index.isCore(relation.schema()) && (relation.relkind().equals("r") || relation.relkind().equals("p"))
                    && !index.exclusions.relationExcluded(relation.oid())) {
                tables.add(builder.build(relation));
            } else {
                policiesLeftOut(relation);
            }
        }
        return tables;
    }

    /** The policies of a relation that is not imported go with it, listed. */
    private void policiesLeftOut(RelationQuery.Row relation) {
        for (var policy : index.policies.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("policy", relation.schema() + "." + relation.name() + "." + policy.name(),
                    "its table " + relation.schema() + "." + relation.name() + " is not imported",
                    "for " + policy.command() + (policy.permissive() ? " permissive" : " restrictive") + " to "
                            + String.join(", ", policy.roles())
                            + (policy.using() == null ? "" : " using (" + policy.using() + ")")
                            + (policy.withCheck() == null ? "" : " with check (" + policy.withCheck() + ")"));
        }
    }

    private List<View> views(String schema) {
        var builder = new ViewBuilder(index);
        var views = new ArrayList<View>();
        for (var relation : index.catalog.relations()) {
            boolean view = relation.relkind().equals("v") || relation.relkind().equals("m");
            if (view && relation.schema().equals(schema) && !index.exclusions.relationExcluded(relation.oid())) {
                views.add(builder.build(relation));
            }
        }
        return views;
    }

    private List<Routine> routines(String schema) {
        var builder = new RoutineBuilder(index);
        var routines = new ArrayList<Routine>();
        for (var routine : index.catalog.routines()) {
            if (routine.schema().equals(schema) && !index.exclusions.routineExcluded(routine.oid())) {
                routines.add(builder.build(routine));
            }
        }
        return routines;
    }

    private Facade facade(FacadeSchema facade, GrantBuilder grantBuilder) {
        var views = views(facade.schema());
        var routines = routines(facade.schema());
        var grants = new ArrayList<Grant>();
        for (var relation : index.catalog.relations()) {
            if (relation.schema().equals(facade.schema()) && !index.exclusions.relationExcluded(relation.oid())) {
                grants.addAll(grantBuilder.grants("relation", relation.oid(), relation.name(),
                        Describe.relation(relation)));
            }
        }
        for (var routine : index.catalog.routines()) {
            if (routine.schema().equals(facade.schema()) && !index.exclusions.routineExcluded(routine.oid())) {
                grants.addAll(grantBuilder.grants("routine", routine.oid(), routine.name(),
                        Describe.routine(routine)));
            }
        }
        return new Facade(facade.name(), facade.version(), views, routines, grants, Span.NONE);
    }
}
