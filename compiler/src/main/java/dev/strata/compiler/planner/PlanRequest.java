package dev.strata.compiler.planner;

import dev.strata.compiler.model.Model;

/**
 * What to plan: from the previous plan's target model ({@link Model#EMPTY} for the first plan) to the model of
 * the sources. {@code planId} names the backup tables of destructive steps; {@code firstPlan} makes the plan
 * create the core schema; {@code allowDataLoss} accepts steps whose data cannot be restored.
 */
public record PlanRequest(Model from, Model to, String coreSchema, String planId, boolean firstPlan,
                          boolean allowDataLoss) {
}
