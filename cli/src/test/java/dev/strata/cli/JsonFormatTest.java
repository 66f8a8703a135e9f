package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format json} and {@code --json} are one option in two spellings, on every command that prints JSON. */
class JsonFormatTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandWithOneSpellingHasTheOtherAndDocsCliListsItsJson() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "cli.md"));
        String table = docs.substring(docs.indexOf("## JSON output"));
        var missing = new ArrayList<String>();
        for (Command command : Commands.all()) {
            boolean json = command.options().hasLongOption("json");
            boolean format = command.options().hasLongOption("format");
            assertThat(json).as(command.name() + ": --json and --format go together").isEqualTo(format);
            if (json && !table.contains("`" + command.name())) {
                missing.add(command.name());
            }
        }
        assertThat(missing).as("commands printing JSON that docs/cli.md's JSON output table does not list").isEmpty();
    }

    @Test
    void bothSpellingsPrintTheSameAndContradictionsAreUsageErrors() throws IOException {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        var check = Run.strata("check", "--json", shop.toString());
        assertThat(check.code()).isEqualTo(ExitCode.OK);
        assertThat(check.out()).isEqualTo(Run.strata("check", "--format", "json", shop.toString()).out())
                .isEqualTo("[ ]\n");

        String url = TestDatabases.newDatabase("json_format");
        var status = Run.strata("status", "--url", url, "--json", shop.toString());
        assertThat(status.code()).isEqualTo(ExitCode.OK);
        assertThat(status.out()).startsWith("{\n").contains("\"pendingPlans\" : [\n    \"0001_initial\",");
        assertThat(Run.strata("status", "--url", url, "--format", "json", shop.toString()).out())
                .isEqualTo(status.out());

        var both = Run.strata("status", "--url", url, "--json", "--format", "text", shop.toString());
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--json and --format text ask for two formats: give one");
        var other = Run.strata("history", "--url", url, "--format", "yaml", shop.toString());
        assertThat(other.code()).isEqualTo(ExitCode.USAGE);
        assertThat(other.err()).contains("--format must be text or json, not 'yaml'");
    }
}
