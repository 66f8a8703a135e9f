package dev.strata.engine.plans;

import dev.strata.plan.Plan;
import java.util.List;
import java.util.Optional;

/** The plans of one project in chain order, as found in its migrations directory (or built in code). */
public record PlanSet(String project, List<Plan> plans) {

    public PlanSet {
        plans = List.copyOf(plans);
    }

    public Optional<Plan> byId(String id) {
        return plans.stream().filter(plan -> plan.id().equals(id)).findFirst();
    }

    public Optional<Plan> last() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }
}
