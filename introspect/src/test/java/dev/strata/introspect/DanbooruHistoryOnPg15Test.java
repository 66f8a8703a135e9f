package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.strata.testkit.InParallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real application's schema history, step by step (see {@link DanbooruStep}): each of the 39 steps between
 * Danbooru's 40 consecutive versions is planned from the two live databases, applied with rows in the tables,
 * compared with {@code pg_dump}, rolled back and compared again, rows included. What each step comes to is held to
 * {@code src/test/resources/danbooru/expected.tsv}, a ratchet: a step listed as passing that fails, or one listed as
 * failing that passes or fails otherwise, fails the test. Run with {@code -Dstrata.danbooru.update=true} (or
 * {@code STRATA_DANBOORU_UPDATE=1}) to rewrite the file from what the walk observed, and review its diff;
 * {@code -Dstrata.danbooru.steps=31-32,36-37} walks only those steps (and compares only them).
 */
@Tag("pg15")
class DanbooruHistoryOnPg15Test {

    private static final Path EXPECTED = Path.of("src", "test", "resources", "danbooru", "expected.tsv");
    private static final String HEADER = "# step\toutcome\treason (written by DanbooruHistoryOnPg15Test; rewrite it"
            + " with -Dstrata.danbooru.update=true)";

    private static Path bin;
    private static List<Path> versions;

    @TempDir
    Path work;

    @BeforeAll
    static void tools() throws IOException {
        bin = PgTools.pg15();
        var directory = Danbooru.directory();
        PgTools.requireOrSkip(directory.isPresent(), "skipped: shared/data/realworld/danbooru not found above "
                + Path.of("").toAbsolutePath() + " (or set STRATA_DANBOORU_DIR)");
        versions = Danbooru.versions(directory.get());
        assertThat(versions).as("the versions in " + directory.get()).hasSize(40);
    }

    @Test
    void everyStepOfDanbooruHistoryComesToWhatExpectedTsvSays() throws Exception {
        var walker = new DanbooruStep(bin, work);
        String only = System.getProperty("strata.danbooru.steps", "");
        var steps = new ArrayList<Integer>();
        for (int i = 0; i + 1 < versions.size(); i++) {
            if (only.isBlank() || List.of(only.split(",")).contains(DanbooruStep.name(versions.get(i),
                    versions.get(i + 1)))) {
                steps.add(i);
            }
        }
        long start = System.nanoTime();
        // each step has databases of its own on the shared server: a few run at once (InParallel)
        List<DanbooruStep.Outcome> observed = InParallel.map(steps, i -> {
            long stepStart = System.nanoTime();
            var outcome = walker.run(versions.get(i), versions.get(i + 1));
            System.out.printf("[danbooru] %s %s %s (%d ms)%n", outcome.step(), outcome.outcome(), outcome.reason(),
                    (System.nanoTime() - stepStart) / 1_000_000);
            return outcome;
        });
        long passed = observed.stream().filter(o -> o.stage() == null).count();
        System.out.printf("[danbooru] %d of %d steps pass up, down and data, in %d s%n", passed, observed.size(),
                (System.nanoTime() - start) / 1_000_000_000);

        if (updating() && !only.isBlank()) {
            throw new AssertionError("-Dstrata.danbooru.update rewrites the whole file: run every step (leave out"
                    + " -Dstrata.danbooru.steps)");
        }
        if (updating()) {
            write(observed);
            return;
        }
        var expected = read();
        var problems = new ArrayList<String>();
        for (var outcome : observed) {
            String[] listed = expected.get(outcome.step());
            if (listed == null) {
                problems.add("step " + outcome.step() + " is not in " + EXPECTED + "; it " + outcome.outcome());
            } else if (listed[0].equals("passed") && outcome.stage() != null) {
                problems.add("step " + outcome.step() + " passed before and now " + outcome.outcome() + ": "
                        + outcome.reason());
            } else if (!listed[0].equals("passed") && outcome.stage() == null) {
                problems.add("step " + outcome.step() + " now passes but " + EXPECTED + " says it " + listed[0]
                        + ": good news, update the file");
            } else if (!listed[0].equals(outcome.outcome()) || !listed[1].equals(outcome.reason())) {
                problems.add("step " + outcome.step() + " now " + outcome.outcome() + " (" + outcome.reason()
                        + ") but " + EXPECTED + " says it " + listed[0] + " (" + listed[1] + ")");
            }
        }
        assertThat(problems).as("steps that do not come to what " + EXPECTED + " says (if the change is right,"
                + " rewrite the file with -Dstrata.danbooru.update=true and review its diff)").isEmpty();
    }

    private static boolean updating() {
        return Boolean.getBoolean("strata.danbooru.update") || System.getenv("STRATA_DANBOORU_UPDATE") != null;
    }

    private static Map<String, String[]> read() throws IOException {
        var expected = new LinkedHashMap<String, String[]>();
        for (String line : Files.readAllLines(EXPECTED)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            expected.put(fields[0], new String[] {fields[1], fields.length > 2 ? fields[2] : ""});
        }
        return expected;
    }

    private static void write(List<DanbooruStep.Outcome> observed) throws IOException {
        var lines = new ArrayList<String>();
        lines.add(HEADER);
        for (var outcome : observed) {
            lines.add(outcome.step() + "\t" + outcome.outcome() + "\t" + outcome.reason());
        }
        Files.createDirectories(EXPECTED.getParent());
        Files.write(EXPECTED, lines);
    }
}
