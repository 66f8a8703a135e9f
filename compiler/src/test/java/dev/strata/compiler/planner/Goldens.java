package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Expected output kept in files; {@code -Dstrata.updateGoldens=true} rewrites them from the actual output. */
final class Goldens {

    static final boolean UPDATE = Boolean.getBoolean("strata.updateGoldens");

    private Goldens() {
    }

    static void check(Path expected, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual);
            return;
        }
        if (!Files.exists(expected)) {
            fail("missing golden file " + expected.toAbsolutePath().normalize()
                    + " (run the test with -Dstrata.updateGoldens=true to write it, then review it)");
        }
        assertThat(actual).as("golden " + expected).isEqualTo(Files.readString(expected));
    }

    /** A golden that must not exist (the case expects the other kind of output). */
    static void absent(Path unexpected) throws IOException {
        if (UPDATE) {
            Files.deleteIfExists(unexpected);
            return;
        }
        assertThat(unexpected).as("stale golden file").doesNotExist();
    }
}
