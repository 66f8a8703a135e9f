package dev.strata.compiler.planner;

import dev.strata.compiler.model.Model;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place a plan is made and sealed: from the planner's steps to {@link Plan} and the files of its
 * directory. REVIEW.md and the source snapshot are written first and their hashes sealed into plan.json; then the
 * checksum covers plan.json, and so every file (up.sql and down.sql are written from plan.json). Used by
 * {@code strata plan}, plans between live databases, baselines and {@code strata test}.
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /**
     * Where the plan goes in its chain and who makes it: its id ({@code 0004_add-loyalty}), number and name, the
     * project and core schema, the plan before it (null for the first) and the tool version written into it.
     */
    public record Header(String id, int sequence, String name, String project, String coreSchema, Plan parent,
                         String toolVersion) {
    }

    /** A plan and the texts of its directory, by file name in writing order. */
    public record Assembled(Plan plan, Map<String, String> files) {
        public Assembled {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    /**
     * Seals the planned steps from {@code from} to {@code to}; {@code sources} are the files the model was read
     * from (path to text), kept in the snapshot.
     */
    public static Assembled assemble(Header header, Model from, Model to, PlanResult result,
                                     Map<String, String> sources) {
        return assemble(header, from, to, result, sources, null);
    }

    /** As {@link #assemble(Header, Model, Model, PlanResult, Map)}, REVIEW.md saying {@code verification}. */
    public static Assembled assemble(Header header, Model from, Model to, PlanResult result,
                                     Map<String, String> sources, String verification) {
        Plan parent = header.parent();
        Plan unsealed = new Plan(Plan.FORMAT, header.id(), header.sequence(), header.name(), header.project(),
                header.coreSchema(), parent == null ? null : parent.id(), parent == null ? null : parent.checksum(),
                ModelFingerprint.of(from), ModelFingerprint.of(to), header.toolVersion(), result.dataLossAccepted(),
                result.facadesAffected(), result.steps(), result.rollbackOrder(), null,
                ServerRequirements.introduced(from, to, header.coreSchema()), null);
        String review = ReviewWriter.write(unsealed, from, to, verification);
        var sealed = PlanWriter.seal(unsealed, review, SourceSnapshot.of(sources));
        return new Assembled(sealed.plan(), sealed.files());
    }

    /** A plan sealed without files of its own, for a plan that is only run (never written to a directory). */
    public static Plan inMemory(Header header, Model from, Model to, PlanResult result) {
        return assemble(header, from, to, result, Map.of()).plan();
    }
}
