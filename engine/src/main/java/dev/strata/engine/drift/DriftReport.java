package dev.strata.engine.drift;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The live schema compared with what the last apply or rollback left. {@code baseline} is false before any apply
 * (there is nothing to compare with); {@code diff} is empty when there is no drift. {@code notChecked} says why
 * drift could not be checked although there is an expectation (it was captured in an older capture format, see
 * {@link DriftDetector}); it is null when it was checked.
 */
public record DriftReport(boolean baseline, String expectedFingerprint, String liveFingerprint, List<String> diff,
                          String notChecked) {

    public DriftReport {
        diff = List.copyOf(diff);
    }

    @JsonProperty("drifted")
    public boolean drifted() {
        return baseline && notChecked == null && !expectedFingerprint.equals(liveFingerprint);
    }

    @JsonProperty("checked")
    public boolean checked() {
        return baseline && notChecked == null;
    }
}
