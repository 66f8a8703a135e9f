package dev.strata.plan;

import java.util.List;

/**
 * A migration plan as stored in {@code migrations/NNNN_slug/plan.json}. {@code id} is the directory name
 * ({@code 0004_add-loyalty}); {@code parent} the previous plan's id (null for the first) and
 * {@code parentChecksum} its checksum, which chains the plans; fingerprints identify the model before and after;
 * {@code checksum} covers everything else in the plan.
 */
public record Plan(int format, String id, int sequence, String name, String project, String coreSchema,
                   String parent, String parentChecksum, String fingerprintBefore, String fingerprintAfter,
                   String toolVersion, boolean dataLossAccepted, List<String> facadesAffected, List<Step> steps,
                   String checksum) {

    public static final int FORMAT = 1;

    public Plan {
        facadesAffected = List.copyOf(facadesAffected);
        steps = List.copyOf(steps);
    }
}
