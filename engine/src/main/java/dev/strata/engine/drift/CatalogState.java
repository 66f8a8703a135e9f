package dev.strata.engine.drift;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A normalized capture of the live catalog as sorted lines, one per fact ({@code column core.customer.email text
 * not null}). Two captures are equal when the schema says the same thing; the fingerprint is a hash of the lines,
 * and the diff between two captures is the lines one has and the other has not, which reads as a schema diff.
 */
public record CatalogState(List<String> lines) {

    public CatalogState {
        lines = List.copyOf(new TreeSet<>(lines));
    }

    public static CatalogState parse(String body) {
        return new CatalogState(body.isEmpty() ? List.of() : List.of(body.split("\n")));
    }

    public String body() {
        return String.join("\n", lines);
    }

    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What changed from {@code expected} to this state: "- " lines are gone, "+ " lines are new. */
    public List<String> diffFrom(CatalogState expected) {
        Set<String> mine = new TreeSet<>(lines);
        Set<String> theirs = new TreeSet<>(expected.lines);
        List<String> diff = new ArrayList<>();
        for (String line : expected.lines) {
            if (!mine.contains(line)) {
                diff.add("- " + line);
            }
        }
        for (String line : lines) {
            if (!theirs.contains(line)) {
                diff.add("+ " + line);
            }
        }
        return diff;
    }
}
