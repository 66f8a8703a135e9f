package dev.strata.it.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.it.TestProject;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bug this guards against: replacing a view is DROP VIEW then CREATE VIEW, and PostgreSQL drops the view's
 * triggers with it, no CASCADE needed. A view gets an INSTEAD OF trigger by hand; the next plan, made by the real
 * planner, rebuilds the view: the apply stops before the drop, names the trigger, and leaves the database as it was.
 */
class HandMadeDependentsTest {

    private static final String V1 = """
            core {
              table customer {
                id     bigint primary key
                email  text not null
              }
              view customer_emails (id bigint not null, email text not null) as $$
                select id, email from core.customer
              $$
              function insert_customer() returns trigger language plpgsql as $$
                begin
                  insert into core.customer (id, email) values (new.id, new.email);
                  return new;
                end
              $$
            }
            """;

    private static final String V2 = V1.replace("view customer_emails (id bigint not null, email text not null)",
            "view customer_emails (id bigint not null, email text not null, domain text)").replace(
            "select id, email from core.customer", "select id, email, split_part(email, '@', 2) from core.customer");

    @TempDir
    Path dir;

    @Test
    void rebuildingAViewWithAHandMadeInsteadOfTriggerIsRefusedAndChangesNothing() {
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", V1))
                .plan("email-domain", Map.of("core.strata", V2));
        PlanChain plans = project.plans();
        assertThat(plans.problems()).isEmpty();
        assertThat(plans.plans().get(1).steps()).anySatisfy(step -> {
            assertThat(step.change()).isEqualTo("replace view");
            assertThat(step.sql()).startsWith("DROP VIEW");
            assertThat(step.drops()).extracting(t -> t.schema() + "." + t.name()).containsExactly("core.customer_emails");
        });
        try (Database database = TestSupport.freshDatabase("handmade")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PlanChain.of(plans.project(), plans.plans().subList(0, 1)), TestSupport.options());
            TestSupport.execute(database, "CREATE TRIGGER insert_through INSTEAD OF INSERT ON core.customer_emails"
                    + " FOR EACH ROW EXECUTE FUNCTION core.insert_customer()");

            assertThatThrownBy(() -> runner.apply(plans, TestSupport.options().withAllowDrift(true)))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.problem().kind()).isEqualTo(ProblemKind.DRIFT);
                        assertThat(e.problem().detail()).contains("(replace view core.customer_emails) would drop"
                                + " view core.customer_emails")
                                .contains("  - trigger core.customer_emails.insert_through (depends on view"
                                        + " core.customer_emails)");
                    });

            TestSupport.execute(database, "INSERT INTO core.customer_emails VALUES (1, 'a@x')");
            assertThat(TestSupport.rows(database, "SELECT id, email FROM core.customer"))
                    .containsExactly(List.of("1", "a@x"));
            List<HistoryEntry> history = runner.history();
            assertThat(history.get(history.size() - 1).outcome()).isEqualTo(HistoryEntry.FAILED);
            assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_initial");
        }
    }
}
