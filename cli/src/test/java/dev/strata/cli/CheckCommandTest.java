package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata check} runs every check {@code strata plan} runs: what plan would refuse, check reports. */
class CheckCommandTest {

    private static final String SOURCES = """
            core {
              table customer {
                id bigint generated always as identity primary key
                email text not null
                full_name text not null
              }
            }

            facade shop_api version 1 {
              view customers (id bigint not null, name text not null) as $$
                select id, full_name from core.customer
              $$
              grant select on customers to shop_app
            }
            """;

    @TempDir
    Path project;

    @BeforeEach
    void plannedProject() throws IOException {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/shop.strata"), SOURCES);
        assertThat(strata("plan", "--name", "init", project.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void whatPlanWouldRefuseIsAnErrorOfCheck() throws IOException {
        Files.writeString(project.resolve("schema/shop.strata"), SOURCES.replace("    full_name text not null\n", ""));

        Run check = strata("check", project.toString());
        Run plan = strata("plan", "--name", "drop-name", project.toString());

        assertThat(check.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(check.err()).contains("schema/shop.strata:9:3: error[S2003]: view customers of facade shop_api v1"
                + " still reads core column customer.full_name, which this plan drops",
                "note: migrations/0001_init/schema.strata:6:5: the column as last planned",
                "    6 |     full_name  text    not null");
        assertThat(check.out()).doesNotContain("ok:", "Not planned yet");
        assertThat(plan.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(plan.err()).contains("error[S2003]");
        Run json = strata("check", "--format", "json", project.toString());
        assertThat(json.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(json.out()).contains("\"code\" : \"S2003\"");
    }

    @Test
    void aChangePlanCanMakeIsListedAndNotAnError() throws IOException {
        Files.writeString(project.resolve("schema/shop.strata"), SOURCES.replace("    full_name text not null\n",
                "    full_name text not null\n    phone text\n"));

        Run check = strata("check", project.toString());

        assertThat(check.code()).as(check.err()).isEqualTo(ExitCode.OK);
        assertThat(check.out()).contains("ok: 1 file, 1 table, 1 facade version with 1 object, no problems",
                "Not planned yet (the sources changed since plan 0001_init): add column core.customer.phone.");
    }
}
