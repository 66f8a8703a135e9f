package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files for generated sources, kept in the source tree under
 * {@code src/test/resources/codegen/golden/CASE/} as {@code <path>.txt}. Run with {@code -Dstrata.updateGoldens=true}
 * to rewrite them (and delete the ones no longer generated); review the diff before committing.
 */
final class Goldens {

    static final Path ROOT = Path.of("src/test/resources/codegen/golden");

    private Goldens() {
    }

    static boolean updating() {
        return Boolean.getBoolean("strata.updateGoldens");
    }

    static void verify(String testCase, List<GeneratedFile> files) throws IOException {
        Path dir = ROOT.resolve(testCase).toAbsolutePath();
        Set<Path> expected = files.stream().map(f -> golden(dir, f)).collect(Collectors.toSet());
        if (updating()) {
            for (GeneratedFile file : files) {
                Path golden = golden(dir, file);
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
            }
            for (Path stale : existing(dir)) {
                if (!expected.contains(stale)) {
                    Files.delete(stale);
                }
            }
            return;
        }
        var problems = new ArrayList<String>();
        for (GeneratedFile file : files) {
            Path golden = golden(dir, file);
            if (!Files.exists(golden)) {
                problems.add("missing golden file " + golden + " (run with -Dstrata.updateGoldens=true to write it)");
            }
        }
        for (Path stale : existing(dir)) {
            if (!expected.contains(stale)) {
                problems.add("golden file " + stale + " is no longer generated (run with -Dstrata.updateGoldens=true"
                        + " to delete it)");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        for (GeneratedFile file : files) {
            assertThat(file.content())
                    .as("generated %s compared with golden file %s", file.relativePath(), golden(dir, file))
                    .isEqualTo(Files.readString(golden(dir, file), StandardCharsets.UTF_8));
        }
    }

    private static Path golden(Path dir, GeneratedFile file) {
        return dir.resolve(file.relativePath() + ".txt");
    }

    private static List<Path> existing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
