package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diff.Change;
import dev.strata.plan.Step;
import java.util.List;

/**
 * The planner's answer: the ordered steps (empty when there are errors), the changes they came from, whether
 * data loss was accepted (by the sources or by the caller), the facade versions touched, and the diagnostics.
 */
public record PlanResult(List<Change> changes, List<Step> steps, List<Integer> rollbackOrder,
                         boolean dataLossAccepted, List<String> facadesAffected, List<Diagnostic> diagnostics) {

    public PlanResult {
        rollbackOrder = List.copyOf(rollbackOrder);
        changes = List.copyOf(changes);
        steps = List.copyOf(steps);
        facadesAffected = List.copyOf(facadesAffected);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
