package dev.strata.runtime.plans;

import dev.strata.compiler.plan.Plan;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plan's checksum: SHA-256 (hex) of its JSON form with the {@code checksum} property itself null, so it covers
 * every other field (steps, SQL, parent link, fingerprints). A plan whose stored checksum differs from this was
 * edited after it was written.
 */
public final class PlanChecksums {

    private PlanChecksums() {
    }

    public static String compute(Plan plan) {
        Plan withoutChecksum = new Plan(plan.format(), plan.id(), plan.sequence(), plan.name(), plan.project(),
                plan.coreSchema(), plan.parent(), plan.parentChecksum(), plan.fingerprintBefore(),
                plan.fingerprintAfter(), plan.toolVersion(), plan.dataLossAccepted(), plan.facadesAffected(),
                plan.steps(), null);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(PlanJson.bytes(withoutChecksum));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same plan with its checksum set (for plans built in code, as tests do). */
    public static Plan seal(Plan plan) {
        return new Plan(plan.format(), plan.id(), plan.sequence(), plan.name(), plan.project(), plan.coreSchema(),
                plan.parent(), plan.parentChecksum(), plan.fingerprintBefore(), plan.fingerprintAfter(),
                plan.toolVersion(), plan.dataLossAccepted(), plan.facadesAffected(), plan.steps(), compute(plan));
    }

}
