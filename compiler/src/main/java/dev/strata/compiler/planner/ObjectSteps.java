package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Change.AddFacade;
import dev.strata.compiler.diff.Change.AlterRoutineOptions;
import dev.strata.compiler.diff.Change.EnsureRole;
import dev.strata.compiler.diff.Change.ReplaceRoutine;
import dev.strata.compiler.diff.Change.RetireFacade;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.diff.CommentTarget;
import dev.strata.compiler.diff.GrantEntries;
import dev.strata.compiler.diff.GrantEntry;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.plan.LockLevel;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Steps for views, functions and procedures (core and facades), comments, facade versions, roles and grants.
 * A created view or routine carries its comment and grants: dropping it loses both.
 */
final class ObjectSteps extends PlanPart {

    ObjectSteps(PlanContext ctx) {
        super(ctx);
    }

    // ------------------------------------------------------------------------------------------- comments

    void setComment(SetComment c) {
        CommentTarget t = c.target();
        String schema = t.scope().schema(core);
        String target;
        String key;
        StepTarget touched;
        LockLevel lock = LockLevel.NONE;
        switch (t.kind()) {
            case TABLE -> {
                touched = targetTable(t.name());
                target = Sql.qualified(core, t.name());
                key = Keys.table(t.name());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case COLUMN -> {
                touched = targetColumn(t.name(), t.column());
                target = columnTarget(t.name(), t.column());
                key = Keys.column(t.name(), t.column());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case TYPE, DOMAIN -> {
                touched = targetCore(t.kind() == CommentTarget.Kind.DOMAIN ? StepTarget.Kind.DOMAIN
                        : StepTarget.Kind.ENUM, t.name());
                target = Sql.qualified(core, t.name());
                key = Keys.type(t.name());
            }
            case VIEW, MATERIALIZED_VIEW -> {
                touched = StepTarget.of(StepTarget.Kind.VIEW, schema, t.name());
                target = Sql.qualified(schema, t.name());
                key = Keys.view(t.scope(), t.name());
            }
            case INDEX -> {
                touched = targetIndex(t.name(), t.column());
                target = Sql.qualified(core, t.column());
                key = Keys.constraint(t.column());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case CONSTRAINT, TRIGGER -> {
                boolean constraint = t.kind() == CommentTarget.Kind.CONSTRAINT;
                touched = constraint ? targetConstraint(t.name(), t.column()) : targetTrigger(t.name(), t.column());
                target = null;
                key = constraint ? Keys.constraint(t.column()) : Keys.trigger(t.name(), t.column());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case SEQUENCE -> {
                touched = targetCore(StepTarget.Kind.SEQUENCE, t.name());
                target = Sql.qualified(core, t.name());
                key = Keys.sequence(t.name());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case FUNCTION, PROCEDURE -> {
                Routine routine = routines(to, t.scope()).stream()
                        .filter(r -> r.signature().equals(t.name() + t.signature())).findFirst().orElseThrow();
                touched = routineTarget(schema, routine);
                target = ddl.routineSignature(schema, routine, facadeRowTypes(to, t.scope()));
                key = Keys.routine(t.scope(), t.name());
            }
            default -> throw new IllegalStateException("no comment target " + t.kind());
        }
        String object = t.column() != null ? obj(t.name()) + "." + t.column()
                : schema + "." + t.name();
        // a constraint or trigger is named on its table: COMMENT ON CONSTRAINT name ON table
        String forward = target == null ? ddl.commentOnTableObject(t.kind().sql(), t.column(), t.name(), c.to())
                : ddl.comment(t.kind().sql(), target, c.to());
        String reverse = target == null ? ddl.commentOnTableObject(t.kind().sql(), t.column(), t.name(), c.from())
                : ddl.comment(t.kind().sql(), target, c.from());
        var d = add(c.kind(), touched, object, COMMENTS, forward, reverse);
        d.newUses.add(key);
        d.lock(lock);
        if (!t.scope().isCore()) {
            d.facades.add(t.scope().label());
        }
    }

    int createRank(Scope scope, boolean view) {
        if (!scope.isCore()) {
            return FACADE_OBJECTS;
        }
        return view ? CORE_VIEWS : CORE_ROUTINES;
    }

    /**
     * CREATE VIEW with its column defaults, comment, grants, indexes and triggers (a dropped view loses them all).
     * The indexes are built in the same transaction as the view they index, so not concurrently.
     */
    String createViewSql(Model model, Scope scope, View view) {
        String schema = scope.schema(core);
        var statements = new ArrayList<String>();
        statements.add(ddl.createView(schema, view));
        for (ViewColumn column : view.columns()) {
            if (column.defaultExpr() != null) {
                statements.add(ddl.viewColumnDefault(schema, view, column));
            }
        }
        if (view.comment() != null) {
            String kind = view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
            statements.add(ddl.comment(kind, Sql.qualified(schema, view.name()), view.comment()));
        }
        statements.addAll(objectGrants(model, scope, view.name(), "TABLE", Sql.qualified(schema, view.name())));
        var names = DefaultNames.of(view);
        for (Index index : view.indexes()) {
            statements.add(createIndexSql(view.name(), names.of(index), index));
        }
        for (Trigger trigger : view.triggers()) {
            statements.add(createTriggerSql(view.name(), trigger));
        }
        return String.join("\n", statements);
    }

    /** What a view's indexes and triggers read besides the view: functions in index keys, trigger functions. */
    private static Set<String> partUses(Uses uses, View view) {
        var keys = new LinkedHashSet<String>();
        for (Index index : view.indexes()) {
            index.elements().forEach(e -> keys.addAll(uses.sql(e.expression(), Scope.CORE)));
            keys.addAll(uses.sql(index.where(), Scope.CORE));
        }
        view.triggers().forEach(t -> keys.add(Keys.routine(Scope.CORE, t.function())));
        keys.remove(Keys.view(Scope.CORE, view.name()));
        return keys;
    }

    /** The triggers of a view: DROP VIEW drops them along, the dependents guard is told so. */
    private List<StepTarget> triggerTargets(View view) {
        return view.triggers().stream().map(t -> targetTrigger(view.name(), t.name())).toList();
    }

    List<String> objectGrants(Model model, Scope scope, String object, String kind, String target) {
        if (scope.isCore()) {
            return List.of();
        }
        Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
        var statements = new ArrayList<String>();
        for (GrantEntry entry : GrantEntries.on(facade, object)) {
            statements.add(ddl.grant(true, entry.privilege(), kind, target, entry.role()));
        }
        return statements;
    }

    void createView(Scope scope, View view, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, StepTarget.of(StepTarget.Kind.VIEW, schema, view.name()), schema + "." + view.name(),
                createRank(scope, true), createViewSql(to, scope, view),
                ddl.dropView(schema, view));
        d.creating();
        d.creates.add(Keys.view(scope, view.name()));
        d.newUses.addAll(newUses.view(scope, view));
        d.newUses.addAll(partUses(newUses, view));
        d.newUses.add(Keys.schema(schema));
        d.alsoReverseDrops.addAll(triggerTargets(view));
        view.triggers().forEach(t -> d.creates.add(Keys.trigger(view.name(), t.name())));
        grantRoles(to, scope, view.name(), d);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
        if (view.materialized()) {
            d.scans().note("Fills the materialized view: reads the tables it selects from.");
        }
    }

    void dropView(Scope scope, View view, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, StepTarget.of(StepTarget.Kind.VIEW, schema, view.name()), schema + "." + view.name(),
                DROP_VIEWS, ddl.dropView(schema, view),
                createViewSql(from, scope, view));
        d.dropping();
        d.drops.add(Keys.view(scope, view.name()));
        d.oldUses.addAll(oldUses.view(scope, view));
        d.oldUses.addAll(partUses(oldUses, view));
        d.oldUses.add(Keys.schema(schema));
        d.alsoDrops.addAll(triggerTargets(view));
        view.triggers().forEach(t -> d.drops.add(Keys.trigger(view.name(), t.name())));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    void grantRoles(Model model, Scope scope, String object, Draft d) {
        if (scope.isCore()) {
            return;
        }
        Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
        GrantEntries.on(facade, object).forEach(e -> d.newUses.add(Keys.role(e.role())));
    }

    String createRoutineSql(Model model, Scope scope, Routine routine, boolean orReplace) {
        String schema = scope.schema(core);
        var statements = new ArrayList<String>();
        Set<String> rowTypes = facadeRowTypes(model, scope);
        statements.add(ddl.createRoutine(schema, routine, orReplace, rowTypes));
        String kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "FUNCTION" : "PROCEDURE";
        String signature = ddl.routineSignature(schema, routine, rowTypes);
        if (routine.comment() != null || orReplace) {
            statements.add(ddl.comment(kind, signature, routine.comment()));
        }
        if (!orReplace && !scope.isCore()) {
            // PostgreSQL lets PUBLIC execute new functions; a facade grants EXECUTE only to the roles it names
            statements.add(ddl.revokeFromPublic(kind, signature));
            statements.addAll(objectGrants(model, scope, routine.name(), kind, signature));
        }
        return String.join("\n", statements);
    }

    void createRoutine(Scope scope, Routine routine, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, routineTarget(schema, routine), schema + "." + routine.signature(),
                createRank(scope, false),
                createRoutineSql(to, scope, routine, false),
                ddl.dropRoutine(schema, routine, facadeRowTypes(to, scope)));
        d.creating();
        d.creates.add(Keys.routine(scope, routine.name()));
        d.newUses.addAll(newUses.routine(scope, routine));
        d.newUses.add(Keys.schema(schema));
        grantRoles(to, scope, routine.name(), d);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    void dropRoutine(Scope scope, Routine routine, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, routineTarget(schema, routine), schema + "." + routine.signature(), DROP_VIEWS,
                ddl.dropRoutine(schema, routine, facadeRowTypes(from, scope)),
                createRoutineSql(from, scope, routine, false));
        d.dropping();
        d.drops.add(Keys.routine(scope, routine.name()));
        d.oldUses.addAll(oldUses.signature(scope, routine));
        d.reverseUses.addAll(oldUses.routine(scope, routine));
        d.oldUses.add(Keys.schema(schema));
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    /** Same parameters and result: CREATE OR REPLACE keeps grants and dependents. Otherwise drop and create. */
    void replaceRoutine(ReplaceRoutine c) {
        Routine a = c.from();
        Routine b = c.to();
        boolean inPlace = Objects.equals(a.returns(), b.returns()) && a.parameters().equals(b.parameters());
        if (!inPlace) {
            dropRoutine(c.scope(), a, c.kind());
            createRoutine(c.scope(), b, c.kind());
            return;
        }
        String schema = c.scope().schema(core);
        var d = add(c.kind(), routineTarget(schema, b), schema + "." + b.signature(),
                createRank(c.scope(), false),
                createRoutineSql(to, c.scope(), b, true), createRoutineSql(from, c.scope(), a, true));
        d.newUses.addAll(newUses.routine(c.scope(), b));
        d.newUses.add(Keys.routine(c.scope(), b.name()));
        d.reverseUses.addAll(oldUses.routine(c.scope(), a));
        d.replacesInPlace = true;
        if (!c.scope().isCore()) {
            d.facades.add(c.scope().label());
        }
    }

    /** Cost, rows, parallel safety, leak-proofness or settings: ALTER in place, back the same way. */
    void alterRoutineOptions(AlterRoutineOptions c) {
        Routine a = c.from();
        Routine b = c.to();
        String schema = c.scope().schema(core);
        String signature = ddl.routineSignature(schema, b, facadeRowTypes(to, c.scope()));
        var d = add(c.kind(), routineTarget(schema, b), schema + "." + b.signature(), createRank(c.scope(), false),
                ddl.alterRoutineOptions(b, signature, a.options(), b.options()),
                ddl.alterRoutineOptions(a, signature, b.options(), a.options()));
        d.newUses.add(Keys.routine(c.scope(), b.name()));
        if (!c.scope().isCore()) {
            d.facades.add(c.scope().label());
        }
    }

    // ---------------------------------------------------------------------------------- facades, grants

    void addFacade(AddFacade c) {
        String schema = c.facade().schemaName();
        var d = add(c.kind(), StepTarget.facadeVersion(schema, c.facade().name(), c.facade().version()), schema,
                SCHEMAS, ddl.createSchema(schema), ddl.dropSchema(schema));
        d.creating();
        d.creates.add(Keys.schema(schema));
        d.facades.add(c.facade().label());
    }

    void retireFacade(RetireFacade c) {
        Facade facade = c.facade();
        String schema = facade.schemaName();
        var reverse = new ArrayList<String>();
        reverse.add(ddl.createSchema(schema));
        for (GrantEntry entry : GrantEntries.all(facade)) {
            if (entry.onSchema()) {
                reverse.add(ddl.grant(true, GrantEntry.USAGE, "SCHEMA", Identifiers.quote(schema), entry.role()));
            }
        }
        var d = add(c.kind(), StepTarget.facadeVersion(schema, facade.name(), facade.version()), schema,
                RETIRE_FACADES, ddl.dropSchema(schema), String.join("\n", reverse));
        d.dropping();
        d.drops.add(Keys.schema(schema));
        d.facades.add(facade.label());
        d.note("Applications still using " + facade.label() + " lose it.");
    }

    void ensureRole(EnsureRole c) {
        add(c.kind(), StepTarget.global(StepTarget.Kind.ROLE, c.role()), c.role(), ROLES, ddl.ensureRole(c.role()), ddl.roleKept(c.role()))
                .creates.add(Keys.role(c.role()));
    }

    void grant(Scope scope, GrantEntry entry, boolean grant) {
        Model model = grant ? to : from;
        String schema = scope.schema(core);
        String kind;
        String target;
        String key;
        StepTarget touched;
        if (entry.onSchema()) {
            touched = StepTarget.facadeVersion(schema, scope.facade(), scope.version());
            kind = "SCHEMA";
            target = Identifiers.quote(schema);
            key = Keys.schema(schema);
        } else {
            Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
            Routine routine = facade.routines().stream().filter(r -> r.name().equals(entry.object())).findFirst()
                    .orElse(null);
            if (routine != null) {
                kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "FUNCTION" : "PROCEDURE";
                touched = routineTarget(schema, routine);
                target = ddl.routineSignature(schema, routine, facadeRowTypes(model, scope));
                key = Keys.routine(scope, routine.name());
            } else {
                kind = "TABLE";
                touched = StepTarget.of(StepTarget.Kind.VIEW, schema, entry.object());
                target = Sql.qualified(schema, entry.object());
                key = Keys.view(scope, entry.object());
            }
        }
        String object = schema + (entry.onSchema() ? "" : "." + entry.object()) + " " + entry.privilege()
                + " to " + entry.role();
        var d = add(grant ? "grant" : "revoke", touched, object, grant ? GRANTS : REVOKES,
                ddl.grant(grant, entry.privilege(), kind, target, entry.role()),
                ddl.grant(!grant, entry.privilege(), kind, target, entry.role()));
        if (grant) {
            d.newUses.add(key);
            d.newUses.add(Keys.role(entry.role()));
        } else {
            d.oldUses.add(key);
        }
        d.facades.add(scope.label());
    }
}
