package dev.strata.plan;

import java.io.IOException;

/**
 * {@code plan.json}: the Jackson form of {@link Plan} ({@link Json}'s configuration), record component names as
 * property names, in component order. The checksum is SHA-256 (hex) of the compact JSON of the plan with its
 * {@code checksum} set to null, so it covers every other field, the hashes of the plan's other files included.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public static String text(Plan plan) {
        return Json.pretty(plan);
    }

    public static Plan read(String json) throws IOException {
        return Json.mapper().readValue(json, Plan.class);
    }

    public static String checksum(Plan plan) {
        return Checksums.sha256(Json.compact(plan.withChecksum(null)));
    }

    /** The plan with its checksum computed and set. */
    public static Plan seal(Plan plan) {
        return plan.withChecksum(checksum(plan));
    }
}
