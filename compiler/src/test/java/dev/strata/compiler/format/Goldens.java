package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in files under {@code src/test/resources}. Run with {@code -Dstrata.updateGoldens=true}
 * to rewrite them from the actual output, then review the diff.
 */
final class Goldens {

    static final Path ROOT = Path.of("src/test/resources");

    private Goldens() {
    }

    static void assertMatches(String actual, String relativePath) throws IOException {
        var golden = ROOT.resolve(relativePath);
        if (Boolean.getBoolean("strata.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing golden file " + golden.toAbsolutePath()
                    + "; run the test with -Dstrata.updateGoldens=true to create it, then review it");
        }
        assertThat(actual).as("output against golden file %s", golden.toAbsolutePath())
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
