package dev.strata.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table of modules in README.md says what each module depends on; the poms are the truth. Both name the same
 * modules and the same Strata dependencies (compile scope; test-only dependencies are not part of the picture). A
 * module may live below the root ({@code samples/shop/app}): its row names its path.
 */
class ModulePictureTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9./-]+)/` \\| [^|]+ \\| ([^|]*) \\|$");
    private static final Pattern MODULE = Pattern.compile("<module>([a-z0-9./-]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "(?s)<dependency>\\s*<groupId>dev\\.strata</groupId>\\s*<artifactId>strata-([a-z-]+)</artifactId>(.*?)"
                    + "</dependency>");

    @Test
    void theReadmeTableMatchesThePoms() throws IOException {
        Map<String, Set<String>> readme = readme();
        Map<String, Set<String>> poms = poms();

        assertThat(readme).as("README.md's module table (module -> Strata modules it depends on)")
                .isEqualTo(poms);
    }

    @Test
    void theApplyEngineDependsOnThePlanFormatOnly() throws IOException {
        assertThat(poms().get("engine")).containsExactly("plan");
        String pom = Files.readString(SourceTree.root().resolve("engine/pom.xml"));
        assertThat(pom).doesNotContain("antlr").doesNotContain("javapoet").doesNotContain("strata-grammar");
    }

    private static Map<String, Set<String>> readme() throws IOException {
        String text = Files.readString(SourceTree.root().resolve("README.md"));
        Map<String, Set<String>> modules = new TreeMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            Set<String> uses = new TreeSet<>();
            for (String part : row.group(2).split(",")) {
                String name = part.strip().split(" ")[0];
                if (Files.isDirectory(SourceTree.root().resolve(name).resolve("src"))) {
                    uses.add(name);
                }
            }
            modules.put(row.group(1), uses);
        }
        return modules;
    }

    private static Map<String, Set<String>> poms() throws IOException {
        String parent = Files.readString(SourceTree.root().resolve("pom.xml"));
        Map<String, Set<String>> modules = new TreeMap<>();
        Matcher module = MODULE.matcher(parent);
        while (module.find()) {
            String name = module.group(1);
            String pom = Files.readString(SourceTree.root().resolve(name).resolve("pom.xml"));
            Set<String> uses = new TreeSet<>();
            Matcher dependency = DEPENDENCY.matcher(pom);
            while (dependency.find()) {
                if (!dependency.group(2).contains("<scope>test</scope>")) {
                    uses.add(dependency.group(1));
                }
            }
            modules.put(name, uses);
        }
        return modules;
    }

    @Test
    void theRowPatternReadsARow() {
        Matcher row = ROW.matcher("| `cli/` | the `strata` command | introspect, tester |");
        assertThat(row.find()).isTrue();
        assertThat(Arrays.asList(row.group(1), row.group(2).strip())).containsExactly("cli", "introspect, tester");
    }
}
