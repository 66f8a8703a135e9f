package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** strata promote and strata facades, end to end: plan, apply, promote, roll back the release, list. */
class FacadeCommandsTest {

    @TempDir
    Path project;

    private static String facade(int version, String role) {
        return "facade api version " + version + " {\n"
                + "  view items (id bigint, label text) as $$ select id, label from core.item $$\n"
                + "  grant select on items to " + role + "\n}\n";
    }

    @Test
    void promoteListAndRollBackARelease() throws IOException {
        String role = "app_" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"demo\"\n\n[facades.api]\n"
                + "live_roles = [\"" + role + "\"]\n");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/core.strata"), "core {\n  table item {\n"
                + "    id bigint generated always as identity primary key\n    label text not null\n  }\n}\n");
        Files.writeString(project.resolve("schema/api_v1.strata"), facade(1, role));
        Files.writeString(project.resolve("schema/api_v2.strata"), facade(2, role));
        String url = TestDatabases.newDatabase("facade_cli");
        String dir = project.toString();

        assertThat(strata("plan", "--name", "init", dir).code()).isEqualTo(ExitCode.OK);
        Run notYet = strata("promote", "--url", url, "api", "1", dir);
        assertThat(notYet.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(notYet.err()).contains("api v1 is not in flight on this database");

        assertThat(strata("apply", "--url", url, dir).code()).isEqualTo(ExitCode.OK);
        Run promote = strata("promote", "--url", url, "api", "2", dir);
        assertThat(promote.code()).isEqualTo(ExitCode.OK);
        assertThat(promote.out()).contains("promoted api v2 on", "new sessions of " + role + " use schema api_v2");
        Run again = strata("promote", "--url", url, "api", "1", dir);
        assertThat(again.out()).contains("promoted api v1 (was v2)");
        Run back = strata("promote", "--url", url, "--previous", "api", dir);
        assertThat(back.out()).contains("promoted api v2 (was v1)");

        Files.delete(project.resolve("schema/api_v1.strata"));
        Run list = strata("facades", "--url", url, dir);
        assertThat(list.code()).isEqualTo(ExitCode.OK);
        assertThat(list.out().lines().toList()).hasSize(3);
        assertThat(list.out()).containsPattern("api\\s+1\\s+api_v1\\s+in flight\\s+no\\s+0001_init")
                .containsPattern("api\\s+2\\s+api_v2\\s+live\\s+yes\\s+0001_init\\s+\\S+ \\S+ by postgres \\(");
        assertThat(strata("facades", "--url", url, "--json", dir).out()).contains("\"state\" : \"live\"");
        assertThat(strata("history", "--url", url, dir).out()).contains("promote", "api v2 (was v1)");
        Run usage = strata("promote", "--url", url, "api", "two", dir);
        assertThat(usage.code()).isEqualTo(ExitCode.USAGE);
    }
}
