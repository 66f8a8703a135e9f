package dev.strata.it.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.BackupEntry;
import dev.strata.it.TestProject;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise a rollback makes: data written since the apply survives it. A plan adds a column to a table that has
 * a user trigger, and a new table; rows are written into both; the plan is rolled back and applied again: every
 * row and every value is back, and the triggers did not fire during the restores.
 */
class DataSurvivesRollbackTest {

    private static final String V1 = """
            core {
              table customer {
                id          bigint primary key
                email       text not null
                touched     integer not null default 0
                trigger customer_touch before update for each row execute touch()
              }
              table audit {
                id     bigint generated always as identity primary key
                note   text not null
              }
              function touch() returns trigger language plpgsql as $$
                begin
                  new.touched := old.touched + 1;
                  insert into core.audit (note) values ('touched ' || new.id);
                  return new;
                end
              $$
            }
            """;

    private static final String V2 = V1.replace("""
                touched     integer not null default 0
            """, """
                touched     integer not null default 0
                loyalty     integer
            """).replace("""
              function touch()""", """
              table purchase {
                id           bigint generated always as identity primary key
                customer_id  bigint not null references customer (id)
                total        numeric(12,2) not null
              }
              function touch()""");

    @TempDir
    Path dir;

    @Test
    void rowsWrittenSinceTheApplyComeBackWhenThePlanIsAppliedAgain() {
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", V1))
                .plan("loyalty-and-purchases", Map.of("core.strata", V2));
        PlanChain plans = project.plans();
        assertThat(plans.problems()).isEmpty();
        try (Database database = TestSupport.freshDatabase("survive")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(plans, TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.customer (id, email) VALUES (1, 'a@x'), (2, 'b@x')");
            TestSupport.execute(database, "UPDATE core.customer SET loyalty = id * 10");
            TestSupport.execute(database, "INSERT INTO core.purchase (customer_id, total) VALUES (1, 9.50),"
                    + " (2, 20), (2, 0.01)");
            List<List<String>> customers = customers(database);
            List<List<String>> purchases = purchases(database);
            String audits = TestSupport.value(database, "SELECT count(*) FROM core.audit");
            assertThat(customers).containsExactly(List.of("1", "a@x", "1", "10"), List.of("2", "b@x", "1", "20"));

            assertThatThrownBy(() -> runner.rollback(plans, RollbackRequest.last(), TestSupport.options()))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                        assertThat(e.getMessage()).contains("would drop a table that holds rows: core.purchase")
                                .contains("--drop-tables core.purchase");
                    });
            assertThat(purchases(database)).as("nothing was run").isEqualTo(purchases);

            runner.rollback(plans, RollbackRequest.last().droppingTables(List.of("core.purchase")),
                    TestSupport.options());
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.purchase')")).isNull();
            assertThat(TestSupport.value(database, "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_name = 'customer' AND column_name = 'loyalty'")).isEqualTo("0");
            assertThat(runner.backups()).filteredOn(BackupEntry::byRollback).extracting(BackupEntry::sourceTable,
                    BackupEntry::rowCount).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("core.customer", 2L),
                    org.assertj.core.groups.Tuple.tuple("core.purchase", 3L));

            runner.apply(plans, TestSupport.options());

            assertThat(customers(database)).as("values of the added column are back; the trigger did not fire")
                    .isEqualTo(customers);
            assertThat(purchases(database)).as("rows of the created table are back").isEqualTo(purchases);
            assertThat(TestSupport.value(database, "SELECT count(*) FROM core.audit")).isEqualTo(audits);
            assertThat(runner.backups()).filteredOn(BackupEntry::byRollback)
                    .allSatisfy(backup -> assertThat(backup.restoredAt()).isNotNull());
            TestSupport.execute(database, "INSERT INTO core.purchase (customer_id, total) VALUES (1, 1)");
            assertThat(TestSupport.value(database, "SELECT max(id) FROM core.purchase"))
                    .as("the identity goes on after the restored rows").isEqualTo("4");
            assertThat(TestSupport.value(database, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'customer_touch'"))
                    .as("the trigger is on again").isEqualTo("O");
        }
    }

    @Test
    void anEmptyCreatedTableIsDroppedWithoutBeingNamed() {
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", V1))
                .plan("loyalty-and-purchases", Map.of("core.strata", V2));
        try (Database database = TestSupport.freshDatabase("survive_empty")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(project.plans(), TestSupport.options());

            assertThat(runner.rollback(project.plans(), RollbackRequest.last(), TestSupport.options()))
                    .containsExactly("0002_loyalty-and-purchases");
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.purchase')")).isNull();
        }
    }

    @Test
    void restoringADroppedColumnFiresNoTrigger() {
        String withNote = V1.replace("""
                touched     integer not null default 0
            """, """
                touched     integer not null default 0
                note        text
            """);
        var project = new TestProject(dir).plan("initial", Map.of("core.strata", withNote))
                .plan("drop-note", Map.of("core.strata", V1));
        PlanChain plans = project.plans();
        try (Database database = TestSupport.freshDatabase("survive_drop")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PlanChain.of(plans.project(), plans.plans().subList(0, 1)), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.customer (id, email, note) VALUES (1, 'a@x', 'vip')");
            runner.apply(plans, TestSupport.options());
            List<List<String>> before = TestSupport.rows(database, "SELECT id, touched FROM core.customer");
            String audits = TestSupport.value(database, "SELECT count(*) FROM core.audit");

            runner.rollback(plans, RollbackRequest.last(), TestSupport.options());

            assertThat(TestSupport.rows(database, "SELECT id, touched, note FROM core.customer"))
                    .containsExactly(List.of(before.get(0).get(0), before.get(0).get(1), "vip"));
            assertThat(TestSupport.value(database, "SELECT count(*) FROM core.audit")).isEqualTo(audits);
        }
    }

    private static final String INVOICES = """
            core {
              sequence invoice_no start 1000
              table invoice {
                id     bigint primary key default nextval('invoice_no')
                total  numeric(12,2) not null
              }
            }
            """;

    /**
     * A sequence's position is data: rows hold the numbers it handed out. A plan that drops a sequence (and the
     * default using it) is rolled back; the next number follows the rows, not the sequence's start value. And a
     * plan that creates a sequence, rolled back and applied again, goes on where it stood.
     */
    @Test
    void aSequenceDroppedOrCreatedByAPlanKeepsItsPositionAcrossRollback() {
        String numbered = INVOICES.replace("  sequence invoice_no start 1000\n", "")
                .replace(" default nextval('invoice_no')", "");
        var project = new TestProject(dir).plan("invoices", Map.of("core.strata", numbered))
                .plan("numbered", Map.of("core.strata", INVOICES))
                .plan("unnumbered", Map.of("core.strata", numbered));
        PlanChain plans = project.plans();
        assertThat(plans.problems()).isEmpty();
        try (Database database = TestSupport.freshDatabase("sequences")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(TestPlans.first(plans, 2), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.invoice (total) VALUES (1), (2), (3)");

            runner.rollback(plans, RollbackRequest.last(), TestSupport.options());
            runner.apply(TestPlans.first(plans, 2), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.invoice (total) VALUES (4)");
            assertThat(TestSupport.value(database, "SELECT max(id) FROM core.invoice"))
                    .as("re-applied, the created sequence goes on where the rollback found it").isEqualTo("1003");

            runner.apply(plans, TestSupport.options());
            assertThat(TestSupport.value(database, "SELECT to_regclass('core.invoice_no')")).isNull();
            runner.rollback(plans, RollbackRequest.last(), TestSupport.options());
            TestSupport.execute(database, "INSERT INTO core.invoice (total) VALUES (5)");
            assertThat(TestSupport.rows(database, "SELECT id, total FROM core.invoice ORDER BY id")).containsExactly(
                    List.of("1000", "1.00"), List.of("1001", "2.00"), List.of("1002", "3.00"),
                    List.of("1003", "4.00"), List.of("1004", "5.00"));
            assertThat(runner.backups()).extracting(BackupEntry::sourceTable).contains("core.invoice_no");
        }
    }

    private static List<List<String>> customers(Database database) {
        return TestSupport.rows(database, "SELECT id, email, touched, loyalty FROM core.customer ORDER BY id");
    }

    private static List<List<String>> purchases(Database database) {
        return TestSupport.rows(database, "SELECT id, customer_id, total FROM core.purchase ORDER BY id");
    }
}
