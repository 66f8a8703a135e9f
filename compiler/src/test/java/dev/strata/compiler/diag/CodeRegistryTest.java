package dev.strata.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.check.DiagnosticsCatalogTest;
import dev.strata.compiler.parse.SyntaxCode;
import dev.strata.compiler.project.LoadCode;
import dev.strata.plan.PlanProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry of codes {@link Code} against everything else that names codes: docs/diagnostics.md (both ways, with
 * titles), the plan module's {@link PlanProblem.Kind}, the loader's and parser's code groups, samples/errors, and
 * the main sources of every module (no code is written as a string literal outside the registry).
 */
class CodeRegistryTest {

    private static final Pattern HEADING = Pattern.compile("^## (S\\d{4}) (.+)$", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"S\\d{4}\"");
    /** Codes no file can show (see docs/diagnostics.md, top): their tests build each case. */
    private static final Set<String> WITHOUT_SAMPLE = DiagnosticsCatalogTest.WITHOUT_SAMPLE.keySet();

    private static Path root() {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("samples/errors"))
                && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root").isNotNull();
        return dir;
    }

    /** Code to title, as the headings of docs/diagnostics.md say. */
    private static Map<String, String> documented() throws IOException {
        var sections = new LinkedHashMap<String, String>();
        var matcher = HEADING.matcher(Files.readString(root().resolve("docs/diagnostics.md")));
        while (matcher.find()) {
            sections.put(matcher.group(1), matcher.group(2));
        }
        return sections;
    }

    private static Map<String, String> registered() {
        return Arrays.stream(Code.values()).collect(Collectors.toMap(Code::code, Code::title, (a, b) -> a,
                LinkedHashMap::new));
    }

    @Test
    void everyCodeIsRegisteredOnceInOrder() {
        var codes = Arrays.stream(Code.values()).map(Code::code).toList();

        assertThat(codes).doesNotHaveDuplicates().isSorted().allMatch(c -> c.matches("S\\d{4}"));
        assertThat(Arrays.stream(Code.values()).map(Code::title)).allMatch(t -> !t.isBlank());
        Arrays.stream(Code.values()).forEach(c -> assertThat(Code.of(c.code())).contains(c));
        assertThat(Code.of("S9999")).isEmpty();
    }

    @Test
    void theRegistryAndTheDocumentAgreeBothWaysWithTheirTitles() throws IOException {
        var documented = documented();
        var registered = registered();

        assertThat(registered.keySet()).as("registered codes without a section in docs/diagnostics.md")
                .isSubsetOf(documented.keySet());
        assertThat(documented.keySet()).as("sections of docs/diagnostics.md whose code is not registered")
                .isSubsetOf(registered.keySet());
        assertThat(new TreeMap<>(documented)).as("titles").isEqualTo(new TreeMap<>(registered));
    }

    @Test
    void thePlanModulesCodesAreInTheRegistry() {
        for (PlanProblem.Kind kind : PlanProblem.Kind.values()) {
            assertThat(Code.of(kind.code())).as(kind.name()).isPresent();
            assertThat(Code.of(kind).code()).isEqualTo(kind.code());
        }
    }

    @Test
    void theLoadersAndParsersCodesAreTheRegistrys() {
        for (LoadCode code : LoadCode.values()) {
            assertThat(code.registered().code()).isEqualTo(code.code()).startsWith("S00");
            assertThat(code.registered().name()).isEqualTo(code.name());
        }
        for (SyntaxCode code : SyntaxCode.values()) {
            assertThat(code.registered().code()).isEqualTo(code.code()).matches("S0[12]\\d\\d");
            assertThat(code.registered().name()).isEqualTo(code.name());
        }
    }

    @Test
    void everyCodeThatAFileCanShowHasASample() throws IOException {
        var sampled = new TreeSet<String>();
        try (Stream<Path> files = Files.list(root().resolve("samples/errors"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .forEach(n -> sampled.add(n.substring(0, 5)));
        }
        var expected = new TreeSet<>(registered().keySet());
        expected.removeAll(WITHOUT_SAMPLE);

        assertThat(sampled).as("codes with a sample in samples/errors").isEqualTo(expected);
        assertThat(registered().keySet()).containsAll(WITHOUT_SAMPLE);
    }

    @Test
    void noMainSourceWritesACodeAsAStringLiteral() throws IOException {
        var allowed = Set.of(
                Path.of("compiler/src/main/java/dev/strata/compiler/diag/Code.java"),
                Path.of("plan/src/main/java/dev/strata/plan/PlanProblem.java"));
        var root = root();
        var offending = new ArrayList<String>();
        var sources = new ArrayList<Path>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> walk = Files.walk(main)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path source : sources) {
            Path relative = root.relativize(source);
            if (allowed.contains(relative)) {
                continue;
            }
            var lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL.matcher(lines.get(i)).find()) {
                    offending.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offending).as("codes written as literals; use dev.strata.compiler.diag.Code").isEmpty();
    }
}
