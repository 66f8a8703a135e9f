package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sample that parses round-trips through the formatter. */
class SampleRoundTripTest {

    private static final Path SAMPLES = Path.of("../samples");

    @TestFactory
    Stream<DynamicTest> everyValidSampleRoundTrips() throws IOException {
        var files = samples();
        assertThat(files).as("sample files under %s", SAMPLES.toAbsolutePath()).isNotEmpty();
        return files.stream()
                .filter(file -> !file.startsWith(SAMPLES.resolve("errors")))
                .map(file -> DynamicTest.dynamicTest(SAMPLES.relativize(file).toString(),
                        () -> RoundTrip.assertRoundTrip(file.toString(), Files.readString(file))));
    }

    /** Error samples with semantic errors parse, so they must round-trip too; the rest are for the parser. */
    @TestFactory
    Stream<DynamicTest> everyParsableErrorSampleRoundTripsToo() throws IOException {
        var parsable = new ArrayList<DynamicTest>();
        for (var file : samples()) {
            if (!file.startsWith(SAMPLES.resolve("errors")) || !Files.isRegularFile(file)) {
                continue;
            }
            var text = utf8(file);
            if (text == null || RoundTrip.parse(file.toString(), text).hasErrors()) {
                continue;
            }
            parsable.add(DynamicTest.dynamicTest(SAMPLES.relativize(file).toString(),
                    () -> RoundTrip.assertRoundTrip(file.toString(), text)));
        }
        assertThat(parsable).as("error samples that parse").hasSizeGreaterThan(20);
        return parsable.stream();
    }

    private static String utf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<Path> samples() throws IOException {
        try (var walk = Files.walk(SAMPLES)) {
            // Skip hidden directories, like the loader: .strata/ holds the embedded server's data, not sources.
            return walk.filter(p -> p.toString().endsWith(".strata") && Files.isRegularFile(p) && !isHidden(p))
                    .sorted().toList();
        }
    }

    static boolean isHidden(Path path) {
        for (Path part : SAMPLES.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
