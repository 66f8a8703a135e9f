package dev.strata.engine.facade;

import java.util.List;

/** What a promotion did: the version now live, the one live before (null if none), the roles switched. */
public record PromoteResult(String facade, int version, String schema, Integer previous, List<String> roles,
                            long historyId) {

    public PromoteResult {
        roles = List.copyOf(roles);
    }
}
