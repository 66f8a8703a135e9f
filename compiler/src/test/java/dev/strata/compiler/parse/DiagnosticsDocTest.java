package dev.strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.project.LoadCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every loading and parser code has its section in docs/diagnostics.md, and the sections are in code order. */
class DiagnosticsDocTest {

    private static final Pattern SECTION = Pattern.compile("^## (S\\d{4}) (.+)$", Pattern.MULTILINE);

    private static String doc() throws IOException {
        var path = Stream.of(Path.of("docs/diagnostics.md"), Path.of("../docs/diagnostics.md"))
                .filter(Files::exists).findFirst().orElseThrow();
        return Files.readString(path);
    }

    @Test
    void everyCodeHasASectionWithItsTitle() throws IOException {
        var doc = doc();
        var expected = new ArrayList<String>();
        Arrays.stream(LoadCode.values()).forEach(c -> expected.add("## " + c.code() + " " + c.title()));
        Arrays.stream(SyntaxCode.values()).forEach(c -> expected.add("## " + c.code() + " " + c.title()));
        for (var heading : expected) {
            assertThat(doc).as("docs/diagnostics.md").containsPattern("(?m)^" + Pattern.quote(heading) + "$");
        }
    }

    @Test
    void sectionsAreOrderedByCodeAndEachHasAnExample() throws IOException {
        var doc = doc();
        var codes = new ArrayList<String>();
        var matcher = SECTION.matcher(doc);
        var starts = new ArrayList<Integer>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
            starts.add(matcher.start());
        }
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        starts.add(doc.length());
        for (int i = 0; i < codes.size(); i++) {
            var section = doc.substring(starts.get(i), starts.get(i + 1));
            assertThat(section).as(codes.get(i)).contains("```");
        }
    }

    @Test
    void codesAreUniqueAcrossPackages() {
        var all = new ArrayList<String>();
        Arrays.stream(LoadCode.values()).forEach(c -> all.add(c.code()));
        Arrays.stream(SyntaxCode.values()).forEach(c -> all.add(c.code()));
        assertThat(all).doesNotHaveDuplicates().allMatch(code -> code.matches("S0\\d{3}"));
        assertThat(List.copyOf(all)).isSorted();
    }
}
