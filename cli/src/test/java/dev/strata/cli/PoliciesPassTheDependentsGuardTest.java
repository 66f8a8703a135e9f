package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies the sources declare are the plans' own objects: the runtime's dependents guard, which refuses a drop
 * that would take an object the plans do not describe, lets a plan drop a table with its policies, and a rollback
 * drop a table it created with them, and both keep the policies where the model says. Real database, end to end.
 */
class PoliciesPassTheDependentsGuardTest {

    private static final String WITH_DOCUMENTS = """
            core {
              table account {
                id bigint primary key
              }
              table document {
                id bigint primary key
                owner text not null
                enable row level security
                policy own_rows for all using (owner = current_user)
                policy readers for select to public using (true)
              }
            }
            """;

    private static final String WITHOUT_DOCUMENTS = """
            core {
              table account {
                id bigint primary key
              }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aPlanDropsATableWithItsPoliciesAndItsRollbackPutsThemBack() throws Exception {
        Path project = work.resolve("docs");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"docs\"\n");
        Files.writeString(project.resolve("schema/core.strata"), WITH_DOCUMENTS);
        assertThat(strata("plan", "--name", "documents", project.toString()).code()).isEqualTo(ExitCode.OK);
        String url = TestDatabases.newDatabase("guard_policies");
        var first = strata("apply", "--url", url, project.toString());
        assertThat(first.code()).as(first.out() + first.err()).isEqualTo(ExitCode.OK);
        assertThat(policies(url)).isEqualTo(2);

        Files.writeString(project.resolve("schema/core.strata"), WITHOUT_DOCUMENTS);
        var plan = strata("plan", "--name", "no-documents", "--allow-data-loss", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        var drop = strata("apply", "--url", url, project.toString());
        assertThat(drop.code()).as(drop.out() + drop.err()).isEqualTo(ExitCode.OK);
        assertThat(policies(url)).isZero();

        var back = strata("rollback", "--steps", "1", "--url", url, project.toString());
        assertThat(back.code()).as(back.out() + back.err()).isEqualTo(ExitCode.OK);
        assertThat(policies(url)).isEqualTo(2);

        var toEmpty = strata("rollback", "--steps", "1", "--url", url, "--drop-tables", "core.account,core.document",
                project.toString());
        assertThat(toEmpty.code()).as(toEmpty.out() + toEmpty.err()).isEqualTo(ExitCode.OK);
        assertThat(policies(url)).isZero();
    }

    private static int policies(String url) throws Exception {
        try (Connection connection = TestDatabases.connect(url); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from pg_policy")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
