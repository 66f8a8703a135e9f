package dev.strata.engine.facade;

import java.time.Instant;

/**
 * One row of {@code strata.facade_release}: a facade version a plan deployed, its schema, and its state:
 * {@code in_flight} (deployed, usable by pinned clients), {@code live} (the version live roles follow) or
 * {@code retired} (its schema was dropped). Promotion fields say who made it live, when, and what was live before.
 */
public record FacadeRelease(String facade, int version, String schema, String state, Instant deployedAt,
                            Instant retiredAt, Instant promotedAt, String promotedDbUser, String promotedBy,
                            Integer previousLive) {

    public static final String IN_FLIGHT = "in_flight";
    public static final String LIVE = "live";
    public static final String RETIRED = "retired";

    public boolean live() {
        return LIVE.equals(state);
    }

    public boolean retired() {
        return RETIRED.equals(state);
    }

    public String label() {
        return facade + " v" + version;
    }
}
