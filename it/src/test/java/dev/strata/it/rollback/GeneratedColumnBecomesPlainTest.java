package dev.strata.it.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.state.BackupEntry;
import dev.strata.it.TestProject;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored generated column becomes plain: the apply keeps the computed values, people then write their own; a
 * rollback makes the column generated again (so its values are computed again), and applying the plan again brings
 * back the values written by hand, with the index on the column in place each time.
 */
class GeneratedColumnBecomesPlainTest {

    private static final String GENERATED = """
            core {
              table item {
                id     bigint primary key
                price  numeric(10,2) not null
                qty    integer not null
                total  numeric(12,2) generated always as (price * qty) stored
                index item_by_total (total)
              }
            }
            """;

    private static final String PLAIN = GENERATED.replace(" generated always as (price * qty) stored", "");

    @TempDir
    Path dir;

    @Test
    void valuesWrittenIntoTheNowPlainColumnComeBackWhenThePlanIsAppliedAgain() {
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", GENERATED))
                .plan("plain-total", Map.of("core.strata", PLAIN));
        PlanChain plans = project.plans();
        assertThat(plans.problems()).isEmpty();
        try (Database database = TestSupport.freshDatabase("plain_again")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(TestPlans.first(plans, 1), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.item (id, price, qty) VALUES (1, 2.50, 4), (2, 1.25, 2),"
                    + " (3, 10, 1)");
            runner.apply(plans, TestSupport.options());
            assertThat(totals(database)).as("DROP EXPRESSION kept the computed values")
                    .containsExactly(List.of("1", "10.00"), List.of("2", "2.50"), List.of("3", "10.00"));

            TestSupport.execute(database, "UPDATE core.item SET total = 7.77 WHERE id = 1");
            TestSupport.execute(database, "UPDATE core.item SET total = NULL WHERE id = 2");
            List<List<String>> written = totals(database);

            runner.rollback(plans, RollbackRequest.last(), TestSupport.options());
            assertThat(totals(database)).as("generated again: computed from price and qty")
                    .containsExactly(List.of("1", "10.00"), List.of("2", "2.50"), List.of("3", "10.00"));
            assertThat(TestSupport.value(database, "SELECT attgenerated FROM pg_attribute"
                    + " WHERE attrelid = 'core.item'::regclass AND attname = 'total'")).isEqualTo("s");
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.item_by_total')")).isNotNull();
            assertThat(runner.backups()).filteredOn(BackupEntry::byRollback)
                    .extracting(BackupEntry::sourceTable, BackupEntry::rowCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("core.item", 3L));

            runner.apply(plans, TestSupport.options());
            assertThat(totals(database)).as("the values written by hand are back").isEqualTo(written);
            assertThat(TestSupport.value(database, "SELECT attgenerated FROM pg_attribute"
                    + " WHERE attrelid = 'core.item'::regclass AND attname = 'total'")).isEmpty();
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.item_by_total')")).isNotNull();
            assertThat(runner.backups()).filteredOn(BackupEntry::byRollback)
                    .allSatisfy(backup -> assertThat(backup.restoredAt()).isNotNull());
        }
    }

    private static List<List<String>> totals(Database database) {
        return TestSupport.rows(database, "SELECT id, total FROM core.item ORDER BY id");
    }
}
