package dev.strata.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a plan directory: seals the plan with the hashes of its review and source snapshot, then writes
 * plan.json, up.sql, down.sql, REVIEW.md and schema.strata into {@code migrationsDir/<id>/}. Refuses to write over
 * an existing plan: plans are immutable.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    /** A sealed plan and the files of its directory, by name in writing order. */
    public record Sealed(Plan plan, Map<String, String> files) {
        public Sealed {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    /** Seals {@code plan} with the hashes of {@code review} and {@code snapshot}, and writes its files' texts. */
    public static Sealed seal(Plan plan, String review, String snapshot) {
        var hashes = new TreeMap<String, String>();
        hashes.put(PlanChain.REVIEW_FILE, Checksums.sha256(review.getBytes(StandardCharsets.UTF_8)));
        hashes.put(PlanChain.SNAPSHOT_FILE, Checksums.sha256(snapshot.getBytes(StandardCharsets.UTF_8)));
        Plan sealed = PlanJson.seal(plan.withFiles(hashes));
        var files = new LinkedHashMap<String, String>();
        files.put(PlanChain.PLAN_FILE, PlanJson.text(sealed));
        files.put(PlanChain.UP_FILE, SqlScripts.up(sealed));
        files.put(PlanChain.DOWN_FILE, SqlScripts.down(sealed));
        files.put(PlanChain.REVIEW_FILE, review);
        files.put(PlanChain.SNAPSHOT_FILE, snapshot);
        return new Sealed(sealed, files);
    }

    /** Writes {@code files} (as {@link #seal} gives them) into {@code migrationsDir/<id>/}; returns the directory. */
    public static Path write(Path migrationsDir, String id, Map<String, String> files) throws IOException {
        Path dir = migrationsDir.resolve(id);
        if (Files.exists(dir)) {
            throw new IOException(dir + " already exists: plans are never written over");
        }
        Files.createDirectories(dir);
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Seals and writes {@code plan} with its review and snapshot; returns the sealed plan. */
    public static Plan write(Path migrationsDir, Plan plan, String review, String snapshot) throws IOException {
        Sealed sealed = seal(plan, review, snapshot);
        write(migrationsDir, plan.id(), sealed.files());
        return sealed.plan();
    }
}
