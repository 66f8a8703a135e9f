package dev.strata.compiler.diff;

import dev.strata.compiler.diff.Change.AddFacade;
import dev.strata.compiler.diff.Change.AddGrant;
import dev.strata.compiler.diff.Change.AddIndex;
import dev.strata.compiler.diff.Change.AddRoutine;
import dev.strata.compiler.diff.Change.AddTrigger;
import dev.strata.compiler.diff.Change.AddView;
import dev.strata.compiler.diff.Change.AlterRoutineOptions;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropRoutine;
import dev.strata.compiler.diff.Change.DropTrigger;
import dev.strata.compiler.diff.Change.DropView;
import dev.strata.compiler.diff.Change.EnsureRole;
import dev.strata.compiler.diff.Change.ReplaceRoutine;
import dev.strata.compiler.diff.Change.ReplaceView;
import dev.strata.compiler.diff.Change.RetireFacade;
import dev.strata.compiler.diff.Change.RevokeGrant;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;
import dev.strata.compiler.sql.DefaultNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views, functions and procedures of the core and of every facade version, the facade versions themselves and
 * their grants. Grants of an object that is created or recreated are part of its creation; only grants of
 * objects that stay are diffed one by one.
 */
final class ViewsAndRoutines {

    private final List<Change> changes;
    /** Objects (scope + name) created, dropped or recreated: their grants travel with them. */
    private final Set<String> rebuilt = new HashSet<>();

    private ViewsAndRoutines(List<Change> changes) {
        this.changes = changes;
    }

    static void diff(Model from, Model to, List<Change> changes) {
        var diff = new ViewsAndRoutines(changes);
        diff.scope(Scope.CORE, from.core().views(), to.core().views(), from.core().routines(),
                to.core().routines());
        for (Facade facade : to.facades()) {
            var before = from.facade(facade.name(), facade.version()).orElse(null);
            if (before == null) {
                changes.add(new AddFacade(facade));
                diff.scope(Scope.of(facade), List.of(), facade.views(), List.of(), facade.routines());
            } else {
                diff.scope(Scope.of(facade), before.views(), facade.views(), before.routines(), facade.routines());
            }
        }
        for (Facade facade : from.facades()) {
            if (to.facade(facade.name(), facade.version()).isEmpty()) {
                diff.scope(Scope.of(facade), facade.views(), List.of(), facade.routines(), List.of());
                changes.add(new RetireFacade(facade));
            }
        }
        diff.roles(from, to);
        diff.grants(from, to);
    }

    private void scope(Scope scope, List<View> oldViews, List<View> newViews, List<Routine> oldRoutines,
                       List<Routine> newRoutines) {
        var before = SchemaDiff.byName(oldViews, View::name);
        var after = SchemaDiff.byName(newViews, View::name);
        after.forEach((name, view) -> {
            View old = before.get(name);
            if (old == null) {
                changes.add(new AddView(scope, view));
                rebuilt.add(key(scope, name));
            } else if (!withoutComment(old).equals(withoutComment(view))) {
                changes.add(new ReplaceView(scope, old, view));
                rebuilt.add(key(scope, name));
            } else {
                if (!Objects.equals(old.comment(), view.comment())) {
                    var kind = view.materialized() ? CommentTarget.Kind.MATERIALIZED_VIEW : CommentTarget.Kind.VIEW;
                    changes.add(new SetComment(new CommentTarget(kind, scope, name, null, null), old.comment(),
                            view.comment()));
                }
                parts(old, view);
            }
        });
        before.forEach((name, view) -> {
            if (!after.containsKey(name)) {
                changes.add(new DropView(scope, view));
                rebuilt.add(key(scope, name));
            }
        });
        routines(scope, oldRoutines, newRoutines);
    }

    private void routines(Scope scope, List<Routine> oldRoutines, List<Routine> newRoutines) {
        var before = SchemaDiff.byName(oldRoutines, Routine::signature);
        var after = SchemaDiff.byName(newRoutines, Routine::signature);
        after.forEach((signature, routine) -> {
            Routine old = before.get(signature);
            if (old == null) {
                changes.add(new AddRoutine(scope, routine));
                rebuilt.add(key(scope, routine.name()));
                return;
            }
            if (!definition(old).equals(definition(routine))) {
                changes.add(new ReplaceRoutine(scope, old, routine));
                rebuilt.add(key(scope, routine.name()));
                return;
            }
            if (!old.options().normalized().equals(routine.options().normalized())) {
                changes.add(new AlterRoutineOptions(scope, old, routine));
            }
            if (!Objects.equals(old.comment(), routine.comment())) {
                var kind = routine.routineKind() == Routine.RoutineKind.FUNCTION
                        ? CommentTarget.Kind.FUNCTION : CommentTarget.Kind.PROCEDURE;
                changes.add(new SetComment(new CommentTarget(kind, scope, routine.name(), null,
                        signature.substring(routine.name().length())), old.comment(), routine.comment()));
            }
        });
        before.forEach((signature, routine) -> {
            if (!after.containsKey(signature)) {
                changes.add(new DropRoutine(scope, routine));
                rebuilt.add(key(scope, routine.name()));
            }
        });
    }

    /** The view as CREATE VIEW makes it: without its comment, indexes and triggers (those change in place). */
    private static View withoutComment(View v) {
        return new View(v.name(), v.materialized(), v.columns(), v.keys(), v.body(), null, v.span());
    }

    /** Whether two indexes differ at most in their comments (which change in place). */
    private static boolean sameButComment(Index a, Index b) {
        return a != null && b != null && a.withComment(b.comment()).equals(b);
    }

    /**
     * Indexes and triggers of a view that stays (a created or rebuilt view carries its own): matched by name, the
     * generated names of indexes included; one that differs is dropped and added, one whose comment alone differs
     * (an index's or a trigger's) gets its new comment in place.
     */
    private void parts(View old, View now) {
        var oldNames = DefaultNames.of(old);
        var newNames = DefaultNames.of(now);
        var oldIndexes = new LinkedHashMap<String, Index>();
        old.indexes().forEach(i -> oldIndexes.put(oldNames.of(i), i));
        var newIndexes = new LinkedHashMap<String, Index>();
        now.indexes().forEach(i -> newIndexes.put(newNames.of(i), i));
        oldIndexes.forEach((name, index) -> {
            if (!sameButComment(index, newIndexes.get(name))) {
                changes.add(new DropIndex(old.name(), index, name));
            }
        });
        newIndexes.forEach((name, index) -> {
            Index was = oldIndexes.get(name);
            if (!sameButComment(was, index)) {
                changes.add(new AddIndex(now.name(), index, name));
            } else if (!java.util.Objects.equals(was.comment(), index.comment())) {
                changes.add(TableDiffer.indexComment(now.name(), name, was.comment(), index.comment()));
            }
        });
        var oldTriggers = SchemaDiff.byName(old.triggers(), Trigger::name);
        var newTriggers = SchemaDiff.byName(now.triggers(), Trigger::name);
        oldTriggers.forEach((name, trigger) -> {
            Trigger next = newTriggers.get(name);
            if (next == null || !TableDiffer.sameButComment(trigger, next)) {
                changes.add(new DropTrigger(old.name(), trigger));
            }
        });
        newTriggers.forEach((name, trigger) -> {
            Trigger was = oldTriggers.get(name);
            if (was == null || !TableDiffer.sameButComment(was, trigger)) {
                changes.add(new AddTrigger(now.name(), trigger));
            } else if (!java.util.Objects.equals(was.comment(), trigger.comment())) {
                changes.add(TableDiffer.triggerComment(now.name(), name, was.comment(), trigger.comment()));
            }
        });
    }

    /** What a routine is without its comment and the options that ALTER FUNCTION changes in place. */
    private static Routine definition(Routine r) {
        return new Routine(r.routineKind(), r.name(), r.parameters(), r.returns(), r.language(), r.volatility(),
                r.security(), r.strict(), r.body(), null, r.span());
    }

    private static String key(Scope scope, String name) {
        return scope.label() + "/" + name;
    }

    private void roles(Model from, Model to) {
        var known = roles(from);
        for (String role : roles(to)) {
            if (!known.contains(role)) {
                changes.add(new EnsureRole(role));
            }
        }
    }

    private static Set<String> roles(Model model) {
        var roles = new TreeSet<String>();
        model.core().tables().forEach(table -> table.policies().forEach(policy -> roles.addAll(policy.roles())));
        for (Facade facade : model.facades()) {
            for (Grant grant : facade.grants()) {
                roles.addAll(grant.roles());
            }
        }
        return roles;
    }

    /** USAGE on each facade schema and privileges on objects that stay; retired schemas take theirs along. */
    private void grants(Model from, Model to) {
        for (Facade facade : to.facades()) {
            var before = from.facade(facade.name(), facade.version());
            var old = before.map(GrantEntries::all).orElse(new TreeSet<>());
            var now = GrantEntries.all(facade);
            Scope scope = Scope.of(facade);
            for (GrantEntry entry : now) {
                if (!old.contains(entry) && !travelsWithObject(scope, entry)) {
                    changes.add(new AddGrant(scope, entry));
                }
            }
            for (GrantEntry entry : old) {
                if (!now.contains(entry) && !travelsWithObject(scope, entry)) {
                    changes.add(new RevokeGrant(scope, entry));
                }
            }
        }
    }

    private boolean travelsWithObject(Scope scope, GrantEntry entry) {
        return !entry.onSchema() && rebuilt.contains(key(scope, entry.object()));
    }
}
