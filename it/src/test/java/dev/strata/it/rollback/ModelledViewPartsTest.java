package dev.strata.it.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.it.TestProject;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view with an INSTEAD OF trigger the sources declare, and a materialized view with indexes they declare: a plan
 * that rebuilds both (their queries change) passes the dependents guard, brings trigger and indexes back, and so
 * does its rollback. A second trigger made by hand on the view still stops the same plan (HandMadeDependentsTest
 * is the case without any declared trigger).
 */
class ModelledViewPartsTest {

    private static final String V1 = """
            core {
              table film {
                id       bigint primary key
                title    text not null
                deleted  boolean not null default false
              }
              function hide_film() returns trigger language plpgsql as $$
                begin
                  update core.film set deleted = true where id = old.id;
                  return old;
                end
              $$
              view current_film (id bigint, title text) as $$
                select id, title from core.film where not deleted
              $$ {
                trigger current_film_delete instead of delete for each row execute function hide_film()
              }
              materialized view film_titles (id bigint, title text) as $$
                select id, title from core.film
              $$ {
                unique index (id)
              }
            }
            """;

    private static final String V2 = V1.replace("view current_film (id bigint, title text)",
                    "view current_film (id bigint, title text, hidden boolean)")
            .replace("select id, title from core.film where not deleted",
                    "select id, title, deleted from core.film where not deleted")
            .replace("materialized view film_titles (id bigint, title text)",
                    "materialized view film_titles (id bigint, title text, length integer)")
            .replace("select id, title from core.film\n", "select id, title, length(title) from core.film\n");

    @TempDir
    Path dir;

    @Test
    void rebuildingViewsWithDeclaredTriggersAndIndexesKeepsThemBothWays() {
        PlanChain plans = plans();
        try (Database database = TestSupport.freshDatabase("viewparts")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PlanChain.of(plans.project(), plans.plans().subList(0, 1)), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.film (id, title) VALUES (1, 'Academy Dinosaur'),"
                    + " (2, 'Ace Goldfinger')");

            runner.apply(plans, TestSupport.options());
            assertThat(parts(database)).containsExactly("current_film_delete", "film_titles_id_idx");
            assertThat(runner.status(plans).drift().drifted()).as("right after the apply").isFalse();
            TestSupport.execute(database, "DELETE FROM core.current_film WHERE id = 1");
            assertThat(TestSupport.rows(database, "SELECT id, deleted FROM core.film ORDER BY id"))
                    .containsExactly(List.of("1", "t"), List.of("2", "f"));
            TestSupport.execute(database, "REFRESH MATERIALIZED VIEW CONCURRENTLY core.film_titles");

            runner.rollback(plans, RollbackRequest.last(), TestSupport.options());
            assertThat(parts(database)).containsExactly("current_film_delete", "film_titles_id_idx");
            assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_initial");
            assertThat(runner.status(plans).drift().drifted()).as("right after the rollback").isFalse();
            TestSupport.execute(database, "DELETE FROM core.current_film WHERE id = 2");
            assertThat(TestSupport.rows(database, "SELECT count(*) FROM core.film WHERE deleted"))
                    .containsExactly(List.of("2"));
        }
    }

    @Test
    void droppingADeclaredTriggerOrIndexByHandIsDrift() {
        PlanChain plans = plans();
        try (Database database = TestSupport.freshDatabase("viewparts_drift")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(plans, TestSupport.options());
            TestSupport.execute(database, "DROP TRIGGER current_film_delete ON core.current_film");
            TestSupport.execute(database, "DROP INDEX core.film_titles_id_idx");

            var drift = runner.status(plans).drift();
            assertThat(drift.drifted()).isTrue();
            assertThat(String.join("\n", drift.diff())).contains("current_film_delete", "film_titles_id_idx");
        }
    }

    @Test
    void aHandMadeSecondTriggerStillStopsTheRebuild() {
        PlanChain plans = plans();
        try (Database database = TestSupport.freshDatabase("viewparts_handmade")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PlanChain.of(plans.project(), plans.plans().subList(0, 1)), TestSupport.options());
            TestSupport.execute(database, "CREATE TRIGGER by_hand INSTEAD OF UPDATE ON core.current_film"
                    + " FOR EACH ROW EXECUTE FUNCTION core.hide_film()");

            assertThatThrownBy(() -> runner.apply(plans, TestSupport.options().withAllowDrift(true)))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.problem().kind()).isEqualTo(ProblemKind.DRIFT);
                        assertThat(e.problem().detail())
                                .contains("  - trigger core.current_film.by_hand (depends on view core.current_film)")
                                .doesNotContain("current_film_delete (depends");
                    });
            assertThat(parts(database)).containsExactly("by_hand", "current_film_delete", "film_titles_id_idx");
            assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_initial");
        }
    }

    private PlanChain plans() {
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", V1))
                .plan("longer-views", Map.of("core.strata", V2));
        PlanChain plans = project.plans();
        assertThat(plans.problems()).isEmpty();
        assertThat(plans.plans().get(1).steps()).extracting(s -> s.change())
                .containsOnly("replace view");
        return plans;
    }

    /** The triggers on views and indexes on materialized views in core, by name. */
    private static List<String> parts(Database database) {
        return TestSupport.rows(database, """
                SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE c.relkind = 'v' AND NOT t.tgisinternal
                UNION ALL
                SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class c ON c.oid = x.indrelid WHERE c.relkind = 'm'
                ORDER BY 1
                """).stream().map(row -> row.get(0)).toList();
    }
}
