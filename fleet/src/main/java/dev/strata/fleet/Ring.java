package dev.strata.fleet;

import java.time.Duration;
import java.util.List;

/**
 * One ring of a fleet, in rollout order: which targets it takes ({@code select}, glob patterns over target names,
 * at most {@code limit} of them when given), how many it applies at once, whether a failure stops the line, how long
 * to wait after it changed something ({@code bake}), the SQL that must return true on each of its targets
 * before the next ring starts ({@code health}, null for none) and the program that must exit 0 for each of them
 * ({@code healthCommand}, null for none).
 */
public record Ring(String name, List<String> select, Integer limit, int parallelism, OnFailure onFailure,
                   Duration bake, String health, HealthCommand healthCommand) {

    public Ring {
        select = List.copyOf(select);
    }

    /** What a failed target in the ring means for the rest of the rollout. */
    public enum OnFailure {
        /** Start no other target of the ring, and leave every later ring untouched. */
        STOP,
        /** Finish the ring and go on with the next one; the failures are reported and decide the exit code. */
        CONTINUE
    }

    /** Whether the ring has a health check, SQL or a command. */
    boolean checksHealth() {
        return health != null || healthCommand != null;
    }

    /** Whether {@code target} matches one of the ring's patterns. */
    boolean selects(String target) {
        return select.stream().anyMatch(pattern -> Glob.matches(pattern, target));
    }
}
