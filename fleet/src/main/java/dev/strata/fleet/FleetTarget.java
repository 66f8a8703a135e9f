package dev.strata.fleet;

import dev.strata.engine.database.Target;

/** One database of a fleet: its name (unique in the fleet, what ring selectors match) and how to reach it. */
public record FleetTarget(String name, Target target) {
}
