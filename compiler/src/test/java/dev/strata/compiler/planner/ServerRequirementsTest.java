package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.plan.ServerRequirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRequirementsTest {

    private static final String ACCOUNT = """
            core {
              table account {
                id     bigint primary key
                email  text unique nulls not distinct
                code   text
                unique index account_code (code) nulls not distinct
              }
            }
            """;

    @Test
    void nullsNotDistinctNeedsFifteenNamedAsPostgreSqlNamesTheConstraint() {
        assertThat(ServerRequirements.introduced(Model.EMPTY, model(ACCOUNT), "core")).containsExactly(
                new ServerRequirement(15, "UNIQUE NULLS NOT DISTINCT", "core.account_email_key"),
                new ServerRequirement(15, "an index with NULLS NOT DISTINCT", "core.account_code"));
    }

    @Test
    void aPlanNeedsOnlyWhatItBringsNotWhatTheDatabaseAlreadyHolds() {
        String more = ACCOUNT.replace("    code   text\n", "    code   text\n    note   text\n");
        assertThat(ServerRequirements.introduced(model(ACCOUNT), model(more), "core")).isEmpty();
        // and the way back, to a model without them, brings nothing either
        assertThat(ServerRequirements.introduced(model(ACCOUNT), Model.EMPTY, "core")).isEmpty();
    }

    @Test
    void multirangeTypesNeedFourteenWhereverTheSourcesNameThem() {
        Model model = model("""
                core {
                  domain busy_times tstzmultirange
                  table room {
                    id      bigint primary key
                    booked  datemultirange
                  }
                  function free(at tstzmultirange) returns int4multirange language sql as $$ select null::int4multirange $$
                }
                """);
        assertThat(ServerRequirements.of(model, "core")).extracting(ServerRequirement::describe).containsExactly(
                "the multirange type datemultirange (core.room.booked) needs PostgreSQL 14 or later",
                "the multirange type tstzmultirange (core.busy_times) needs PostgreSQL 14 or later",
                "the multirange type tstzmultirange (core.free) needs PostgreSQL 14 or later",
                "the multirange type int4multirange (core.free) needs PostgreSQL 14 or later");
    }

    @Test
    void aModelOfWhatThirteenHasNeedsNothing() {
        assertThat(ServerRequirements.of(model("""
                core {
                  table account {
                    id     bigint generated always as identity primary key
                    email  text unique
                    during tstzrange
                    total  numeric generated always as (id * 2) stored
                    index account_during using gist (during)
                  }
                }
                """), "core")).isEmpty();
    }

    private static Model model(String source) {
        var result = new StrataParser().parse("schema.strata", source);
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
