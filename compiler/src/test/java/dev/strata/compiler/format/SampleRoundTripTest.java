package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TestFactory
    Stream<DynamicTest> everyParsableErrorSampleRoundTripsToo() throws IOException {
        return samples().stream()
                .filter(file -> file.startsWith(SAMPLES.resolve("errors")))
                .map(file -> DynamicTest.dynamicTest(SAMPLES.relativize(file).toString(), () -> {
                    var parsed = RoundTrip.parse(file.toString(), Files.readString(file));
                    if (!parsed.hasErrors()) {
                        RoundTrip.assertRoundTrip(parsed.unit());
                    }
                }));
    }

    private static List<Path> samples() throws IOException {
        try (var walk = Files.walk(SAMPLES)) {
            return walk.filter(p -> p.toString().endsWith(".strata")).sorted().toList();
        }
    }
}
