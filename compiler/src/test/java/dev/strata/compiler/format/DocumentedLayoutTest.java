package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/formatting.md is in the layout it describes. */
class DocumentedLayoutTest {

    @Test
    void theDocumentedExampleIsCanonical() throws Exception {
        var doc = Files.readString(Path.of("../docs/formatting.md"));
        int start = doc.indexOf("```\n") + 4;
        var example = doc.substring(start, doc.indexOf("```\n", start));
        assertThat(RoundTrip.assertRoundTrip("formatting.md", example)).isEqualTo(example);
    }
}
