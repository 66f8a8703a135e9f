package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md, samples/errors and the codes in the code agree with each other. A sample is a broken
 * {@code .strata} file, or a broken project directory, or (for "not a directory") a plain file, named after the
 * code it produces; {@link ErrorSamplesTest} checks that it does.
 */
public class DiagnosticsCatalogTest {

    private static final Pattern HEADING = Pattern.compile("^## (S\\d{4}) \\S.*$", Pattern.MULTILINE);
    private static final String CODEGEN = "reported by strata codegen, not by strata check;"
            + " FacadeCodegenDiagnosticsTest and CodegenCommandTest produce it";
    /** Codes that cannot have a sample file, and where they are tested instead. */
    /** Codes no file can show, each with the test that produces it instead. */
    public static final Map<String, String> WITHOUT_SAMPLE = Map.ofEntries(
            Map.entry("S0005", "a source file over 16 MiB does not belong in the repository; ProjectLoaderTest"
                    + " generates one"),
            Map.entry("S0901", "comes from writing a formatted file, not from its content; FormatterTest makes a"
                    + " write fail"),
            Map.entry("S0902", "comes from a formatter bug, not from a file; FormatterTest feeds the check an"
                    + " unprintable unit"),
            Map.entry("S2041", "comes from running a plan on a scratch database, not from a file;"
                    + " PlanCommandTest writes a check that generated rows break"),
            Map.entry("S3001", CODEGEN), Map.entry("S3002", CODEGEN), Map.entry("S3003", CODEGEN),
            Map.entry("S3004", CODEGEN), Map.entry("S3005", CODEGEN), Map.entry("S3006", CODEGEN),
            Map.entry("S4001", "comes from reading a live database, not from a file; the import tests create the"
                    + " objects"),
            Map.entry("S4002", "comes from comparing a live database with plans, not from a file; LivePlannerTest"
                    + " produces it"),
            Map.entry("S4003", "comes from reading a live database, not from a file; NotModelledCommandsTest creates"
                    + " the objects"),
            Map.entry("S4004", "comes from comparing strata.toml with a live database; NotModelledCommandsTest"
                    + " produces it"),
            Map.entry("S4005", "comes from comparing two live databases, not from a file; NotModelledCommandsTest"
                    + " creates them"));

    private static final Pattern SAMPLE = Pattern.compile("^(S\\d{4})-[a-z0-9]+(-[a-z0-9]+)*(\\.strata)?$");

    static List<String> documentedCodes() throws IOException {
        var matcher = HEADING.matcher(Files.readString(RepositoryFiles.diagnosticsDoc()));
        var codes = new ArrayList<String>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryFiles.errorSamples())) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static String codeOf(Path sample) {
        return sample.getFileName().toString().substring(0, 5);
    }

    @Test
    void theDocumentListsEachCodeOnceInOrder() throws IOException {
        var codes = documentedCodes();

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates().isSorted();
    }

    @Test
    void samplesAreNamedAfterTheirCode() throws IOException {
        assertThat(samples()).allSatisfy(p -> assertThat(p.getFileName().toString()).matches(SAMPLE));
    }

    @Test
    void everyDocumentedCodeHasASampleAndEverySampleIsDocumented() throws IOException {
        var documented = new TreeSet<>(documentedCodes());
        documented.removeAll(WITHOUT_SAMPLE.keySet());
        var sampled = new TreeSet<String>();
        samples().forEach(p -> sampled.add(codeOf(p)));

        assertThat(sampled).as("codes with a sample in samples/errors").isEqualTo(documented);
    }

    /** The codes the semantic checks declare, read from the rules' public constants. */
    static TreeSet<String> ruleCodes() {
        var declared = new TreeSet<String>();
        for (var rule : SemanticChecker.rules()) {
            for (var field : rule.getClass().getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    declared.add(readCode(field));
                }
            }
        }
        return declared;
    }

    @Test
    void everyCodeTheChecksCanReportIsDocumented() throws IOException {
        var declared = ruleCodes();

        assertThat(declared).hasSizeGreaterThanOrEqualTo(30).allMatch(c -> c.matches("S1\\d{3}"));
        assertThat(documentedCodes()).containsAll(declared);
    }

    private static String readCode(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
