package dev.strata.compiler.format;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A carelessly written file using every construct, in the canonical layout (a golden file). */
class RepresentativeFileTest {

    @Test
    void formatsTheRepresentativeFileAsTheGoldenShows() throws Exception {
        var input = Files.readString(Path.of("src/test/resources/format/representative.input.strata"));
        var printed = RoundTrip.assertRoundTrip("representative.input.strata", input);
        Goldens.assertMatches(printed, "format/representative.golden.strata");
    }
}
