package dev.strata.engine.drift;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The live schema compared with what the last apply or rollback left. {@code baseline} is false before any apply
 * (there is nothing to compare with); {@code diff} is empty when there is no drift.
 */
public record DriftReport(boolean baseline, String expectedFingerprint, String liveFingerprint, List<String> diff) {

    public DriftReport {
        diff = List.copyOf(diff);
    }

    @JsonProperty("drifted")
    public boolean drifted() {
        return baseline && !expectedFingerprint.equals(liveFingerprint);
    }
}
