package dev.strata.it.facade;

import static dev.strata.it.facade.ShopSources.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.it.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with quotes, spaces, upper case and non-ASCII letters for the facade, its view, a column and the role,
 * through plan, apply, ownership, promotion and a session of that role; SQL in a comment and in defaults stays
 * text.
 */
class HostileNamesTest {

    private static final String INJECTION = "'); drop table core.victim; --";

    private static final String NOTE = "\"Nöte \"\"q\"\"\"";

    @TempDir
    Path dir;

    @Test
    void everyNameWorksAndNothingIsInjected() throws Exception {
        String role = "App Rôle \"q\" " + UUID.randomUUID().toString().substring(0, 8);
        String quotedRole = "\"" + role.replace("\"", "\"\"") + "\"";
        String literal = "'" + INJECTION.replace("'", "''") + "'";
        String core = """
                core {
                  table victim {
                    id int primary key
                  }
                  table "Kündé Order" {
                    id  bigint generated always as identity primary key
                    NOTE text not null default LITERAL
                    comment LITERAL
                  }
                }
                """.replace("LITERAL", literal).replace("NOTE", NOTE);
        String facade = """
                facade "Shöp API" version 1 {
                  view "Order Notes" ("Íd" bigint, NOTE text default LITERAL) as $$
                    select id, NOTE from core."Kündé Order"
                  $$
                  grant select, insert on "Order Notes" to ROLE
                }
                """.replace("LITERAL", literal).replace("ROLE", quotedRole)
                .replace("NOTE", NOTE);
        try (Database database = TestSupport.freshDatabase("hostile_names")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(new TestProject(dir).plan("initial", files("core.strata", core, "api.strata", facade))
                    .plans(), TestSupport.options());
            TestSupport.execute(database, "ALTER ROLE " + quotedRole + " LOGIN");
            runner.promote(PromoteRequest.of("hostile", "Shöp API", 1, List.of(role)), TestSupport.options());

            try (Connection session = AppConnections.as(database.target().jdbcUrl(), role);
                 Statement statement = session.createStatement()) {
                statement.execute("INSERT INTO \"Order Notes\" DEFAULT VALUES");
                assertThat(PromotionTest.single(session, "SELECT " + NOTE + " FROM \"Order Notes\""))
                        .isEqualTo(INJECTION);
                assertThat(PromotionTest.single(session, "SHOW search_path")).isEqualTo("\"Shöp API_v1\"");
            }
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.victim') IS NOT NULL")).isEqualTo("t");
            assertThat(TestSupport.value(database, "SELECT obj_description('core.\"Kündé Order\"'::regclass,"
                    + " 'pg_class')")).isEqualTo(INJECTION);
            assertThat(TestSupport.value(database, "SELECT r.rolname FROM pg_class c JOIN pg_roles r"
                    + " ON r.oid = c.relowner WHERE c.relname = 'Order Notes'")).isEqualTo("Shöp API_owner");
            assertThat(runner.facades()).extracting(FacadeRelease::schema, FacadeRelease::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Shöp API_v1", "live"));
        }
    }
}
