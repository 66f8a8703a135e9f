package dev.strata.engine.facade;

import java.util.List;

/**
 * Make {@code version} of {@code facade} live, or with {@code previous} the version that was live before the
 * current one (a rollback of the release), and point {@code liveRoles} at its schema.
 */
public record PromoteRequest(String project, String facade, Integer version, boolean previous,
                             List<String> liveRoles) {

    public PromoteRequest {
        liveRoles = List.copyOf(liveRoles);
        if ((version == null) == !previous) {
            throw new IllegalArgumentException("give a version or previous, not both");
        }
    }

    public static PromoteRequest of(String project, String facade, int version, List<String> liveRoles) {
        return new PromoteRequest(project, facade, version, false, liveRoles);
    }

    public static PromoteRequest previous(String project, String facade, List<String> liveRoles) {
        return new PromoteRequest(project, facade, null, true, liveRoles);
    }
}
