package dev.strata.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A migration plan as stored in {@code migrations/NNNN_slug/plan.json}. {@code id} is the directory name
 * ({@code 0004_add-loyalty}); {@code parent} the previous plan's id (null for the first) and
 * {@code parentChecksum} its checksum, which chains the plans; fingerprints identify the model before and after.
 * {@code rollbackOrder} is the order of the way back, as step numbers (empty: the steps in reverse order).
 * {@code files} seals the other files of the plan directory that are not derived from plan.json (REVIEW.md and
 * schema.strata): their SHA-256 by file name. {@code checksum} covers everything else in the plan, so it covers
 * every file of the directory: up.sql and down.sql are written from plan.json and compared with it.
 * {@code requires} lists what of the plan needs a newer PostgreSQL than the oldest Strata supports (left out of
 * plan.json when empty, so plans written before it existed read and hash as they were written).
 */
public record Plan(int format, String id, int sequence, String name, String project, String coreSchema,
                   String parent, String parentChecksum, String fingerprintBefore, String fingerprintAfter,
                   String toolVersion, boolean dataLossAccepted, List<String> facadesAffected, List<Step> steps,
                   List<Integer> rollbackOrder, Map<String, String> files,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ServerRequirement> requires, String checksum) {

    /** Format 2: steps carry their target, and REVIEW.md and schema.strata are sealed in {@code files}. */
    public static final int FORMAT = 2;

    public Plan {
        facadesAffected = List.copyOf(facadesAffected);
        steps = List.copyOf(steps);
        rollbackOrder = rollbackOrder == null ? List.of() : List.copyOf(rollbackOrder);
        files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A plan that needs no newer server than the oldest supported one. */
    public Plan(int format, String id, int sequence, String name, String project, String coreSchema, String parent,
                String parentChecksum, String fingerprintBefore, String fingerprintAfter, String toolVersion,
                boolean dataLossAccepted, List<String> facadesAffected, List<Step> steps,
                List<Integer> rollbackOrder, Map<String, String> files, String checksum) {
        this(format, id, sequence, name, project, coreSchema, parent, parentChecksum, fingerprintBefore,
                fingerprintAfter, toolVersion, dataLossAccepted, facadesAffected, steps, rollbackOrder, files,
                List.of(), checksum);
    }

    /** The same plan with {@code checksum} set (null to unseal). */
    public Plan withChecksum(String checksum) {
        return new Plan(format, id, sequence, name, project, coreSchema, parent, parentChecksum, fingerprintBefore,
                fingerprintAfter, toolVersion, dataLossAccepted, facadesAffected, steps, rollbackOrder, files, requires,
                checksum);
    }

    /** The same plan with the hashes of its other files; the checksum is left to {@link PlanJson#seal}. */
    public Plan withFiles(Map<String, String> hashes) {
        return new Plan(format, id, sequence, name, project, coreSchema, parent, parentChecksum, fingerprintBefore,
                fingerprintAfter, toolVersion, dataLossAccepted, facadesAffected, steps, rollbackOrder, hashes, requires,
                null);
    }

    /** What of this plan a server of major version {@code major} lacks (empty: it can run there). */
    public List<ServerRequirement> unmetOn(int major) {
        return requires.stream().filter(r -> r.major() > major).toList();
    }

    /**
     * Whether {@code step} runs after the plan's transaction: it cannot run in one (a concurrent index build, a
     * backfill), or it comes after a step that cannot (the switch of an online column change, after its backfill),
     * and then runs in a later transaction. The plan's transaction holds the steps before the first step outside it.
     */
    public boolean deferred(Step step) {
        if (!step.transactional()) {
            return true;
        }
        return steps.stream().anyMatch(s -> !s.transactional() && s.number() < step.number());
    }

    /**
     * {@code steps} (deferred ones, in the order they run) as the runtime runs them: each step outside a transaction
     * alone, each run of consecutive transactional steps in one transaction of its own.
     */
    public static List<List<Step>> runs(List<Step> steps) {
        var runs = new java.util.ArrayList<List<Step>>();
        List<Step> current = null;
        for (Step step : steps) {
            if (!step.transactional()) {
                runs.add(List.of(step));
                current = null;
            } else {
                if (current == null) {
                    current = new java.util.ArrayList<>();
                    runs.add(current);
                }
                current.add(step);
            }
        }
        return runs.stream().map(List::copyOf).toList();
    }

    /** The steps in the order the way back runs them. */
    public List<Step> stepsBackwards() {
        if (rollbackOrder.isEmpty()) {
            var reversed = new java.util.ArrayList<>(steps);
            java.util.Collections.reverse(reversed);
            return reversed;
        }
        return rollbackOrder.stream().map(number -> steps.get(number - 1)).toList();
    }
}
