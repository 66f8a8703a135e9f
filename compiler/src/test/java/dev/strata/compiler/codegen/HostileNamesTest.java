package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.project.ProjectLoader;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quoted names with spaces, quotes, upper case and non-ASCII letters, Java key words, names of the generated nested
 * classes, and a comment that would end a Javadoc comment: the bindings compile without warnings, and reach the
 * right objects on PostgreSQL.
 */
class HostileNamesTest {

    private static final Path DIR = Path.of("src/test/resources/codegen/hostile");

    @TempDir
    Path work;

    private static CodegenResult generate() {
        var project = ProjectLoader.load(DIR);
        assertThat(project.diagnostics()).isEmpty();
        var result = FacadeCodegen.generate(project.model(), new CodegenRequest("Odd Api", 1, "com.example.odd.api"));
        assertThat(result.diagnostics()).isEmpty();
        return result;
    }

    @Test
    void matchesTheGoldenFiles() throws Exception {
        Goldens.verify("odd_api_v1", generate().files());
    }

    @Test
    void compilesAndRuns() throws Throwable {
        var loader = InProcessCompiler.compile(work, generate().files(), Map.of(
                "com/example/odd/scenario/OddScenario.java",
                PlannedDeployment.resource("codegen/drivers/OddScenario.java")));
        String url = TestDatabases.newDatabase("codegen_odd");
        PlannedDeployment.deploy(url, DIR);
        Drivers.call(loader, "com.example.odd.scenario.OddScenario", "run", Drivers.dataSource(url));
    }
}
