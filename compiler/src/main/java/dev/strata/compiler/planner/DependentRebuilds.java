package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;
import dev.strata.plan.StepTarget;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Views, routines and triggers that the diff leaves alone but that read something the plan drops or changes in
 * place: PostgreSQL refuses to change what a view depends on, so they are dropped before and created again after.
 */
final class DependentRebuilds extends PlanPart {

    /** What each old view reads, computed once: the rebuild loop asks again on every round. */
    private final Map<String, Set<String>> viewUses = new java.util.HashMap<>();

    DependentRebuilds(PlanContext ctx) {
        super(ctx);
    }
    // ------------------------------------------------------------------------------- dependents rebuilt

    /**
     * Views, routines and triggers that the diff leaves alone but that read something this plan drops or
     * changes in place: PostgreSQL refuses to change what a view depends on, so they are dropped before and
     * created again after. Repeats until nothing new is affected (a view over a rebuilt view is rebuilt too).
     */
    void rebuildDependents() {
        boolean more = true;
        while (more) {
            more = false;
            var touched = touchedKeys();
            for (Scope scope : scopes(from)) {
                for (View view : views(from, scope)) {
                    String key = Keys.view(scope, view.name());
                    if (handled.contains(key) || !intersects(viewUses.computeIfAbsent(key,
                            k -> oldUses.view(scope, view)), touched)) {
                        continue;
                    }
                    View now = views(to, scope).stream().filter(v -> v.name().equals(view.name())).findFirst()
                            .orElse(null);
                    if (now == null) {
                        continue;
                    }
                    handled.add(key);
                    withoutPartSteps(view.name(), scope);
                    ctx.objects.dropView(scope, view, "rebuild view");
                    ctx.objects.createView(scope, now, "rebuild view");
                    view.triggers().forEach(t -> handled.add(Keys.trigger(view.name(), t.name())));
                    more = true;
                }
                for (Routine routine : routines(from, scope)) {
                    String key = Keys.routine(scope, routine.name()) + routine.signature();
                    if (handled.contains(key) || !intersects(oldUses.signature(scope, routine), touched)) {
                        continue;
                    }
                    Routine now = routines(to, scope).stream()
                            .filter(r -> r.signature().equals(routine.signature())).findFirst().orElse(null);
                    if (now == null) {
                        continue;
                    }
                    handled.add(key);
                    ctx.objects.dropRoutine(scope, routine, "rebuild " + routine.kind());
                    ctx.objects.createRoutine(scope, now, "rebuild " + routine.kind());
                    more = true;
                }
            }
            for (Table table : from.core().tables()) {
                String newName = renames.newTableName(table.name());
                if (newName == null) {
                    continue;
                }
                for (Trigger trigger : table.triggers()) {
                    String key = Keys.trigger(table.name(), trigger.name());
                    if (handled.contains(key) || !intersects(oldUses.trigger(table.name(), trigger), touched)) {
                        continue;
                    }
                    Trigger now = to.core().table(newName).flatMap(t -> t.triggers().stream()
                            .filter(x -> x.name().equals(trigger.name())).findFirst()).orElse(null);
                    handled.add(key);
                    ctx.constraints.dropTrigger(table.name(), trigger);
                    if (now != null) {
                        ctx.constraints.addTrigger(newName, now);
                    }
                    more = true;
                }
                for (Policy policy : table.policies()) {
                    String key = Keys.policy(table.name(), policy.name());
                    if (handled.contains(key) || !intersects(oldUses.policy(table.name(), policy), touched)) {
                        continue;
                    }
                    Policy now = to.core().table(newName).flatMap(t -> t.policy(policy.name())).orElse(null);
                    handled.add(key);
                    ctx.policies.dropPolicy(table.name(), policy);
                    if (now != null) {
                        ctx.policies.addPolicy(newName, now);
                    }
                    more = true;
                }
            }
        }
    }

    /**
     * The steps that add or drop an index or trigger of a core view that is now rebuilt: the view's drop and
     * create carry its old and new indexes and triggers, both ways.
     */
    private void withoutPartSteps(String view, Scope scope) {
        if (!scope.isCore()) {
            return;
        }
        drafts.removeIf(d -> (d.target.kind() == StepTarget.Kind.INDEX || d.target.kind() == StepTarget.Kind.TRIGGER)
                && view.equals(d.target.table()) && core.equals(d.target.schema())
                && (d.change.equals("add index") || d.change.equals("drop index") || d.change.equals("add trigger")
                        || d.change.equals("drop trigger")));
    }

    /** Keys that steps drop or change in place (renames excluded: PostgreSQL follows them). */
    Set<String> touchedKeys() {
        var keys = new HashSet<String>();
        for (Draft d : drafts) {
            keys.addAll(d.modifies);
            if (!d.change.startsWith("rename")) {
                keys.addAll(d.drops);
            }
        }
        return keys;
    }

    static boolean intersects(Set<String> a, Set<String> b) {
        for (String key : a) {
            if (b.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
