package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime commands read strata.toml with the compiler's one reader: its errors are diagnostics under their
 * codes and exit code 1, before any database is touched; never a stack trace.
 */
class ProjectFileCommandsTest {

    @TempDir
    Path project;

    @Test
    void malformedTomlStopsEveryRuntimeCommandWithItsDiagnostic() throws IOException {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = shop\n");
        String dir = project.toString();
        for (List<String> args : List.of(List.of("status", dir), List.of("apply", dir), List.of("rollback", dir),
                List.of("history", dir), List.of("backups", "list", dir), List.of("facades", dir),
                List.of("baseline", dir), List.of("test", dir), List.of("promote", "api", "2", dir))) {
            Run run = strata(args.toArray(String[]::new));
            assertThat(run.code()).as(args.toString()).isEqualTo(ExitCode.VALIDATION);
            assertThat(run.err()).as(args.toString()).contains(
                    "strata.toml:2:8: error[S0008]: strata.toml is not valid TOML: unknown token",
                    "strata " + args.get(0) + ": " + project.toAbsolutePath().normalize().resolve("strata.toml")
                            + " has errors (shown above); nothing was done")
                    .doesNotContain("internal error", "Exception");
        }
    }

    @Test
    void liveRolesThatAreNotAListAreAnInvalidValue() throws IOException {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n\n[facades.api]\n"
                + "live_roles = \"app\"\n");

        Run run = strata("promote", "api", "2", project.toString());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).contains("strata.toml:5:1: error[S0010]: [facades.api] live_roles must be a list of"
                + " role names", "hint: write it as a list of quoted names, for example live_roles = [\"shop_app\"]");
    }

    @Test
    void warningsAreShownAndTheCommandGoesOn() throws IOException {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\nmigratons = \"plans\"\n");

        Run run = strata("status", "--url", "jdbc:postgresql://127.0.0.1:1/shop", "--connect-timeout", "1s",
                project.toString());

        assertThat(run.err()).contains("warning[S0009]: unknown key 'migratons' in [project]");
        assertThat(run.code()).isEqualTo(ExitCode.CONNECTION);
    }
}
