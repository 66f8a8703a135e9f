package dev.strata.engine;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestPlans.withBackup;
import static dev.strata.engine.TestSupport.options;
import static dev.strata.engine.TestSupport.rows;
import static dev.strata.engine.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.BackupEntry;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.Backup;
import dev.strata.plan.PlanChain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyRollbackTest {

    private static final Backup NOTE_BACKUP = Backup.beforeStep("p2_customer_note", "core.customer", List.of("id", "note"),
            List.of("id"), "CREATE TABLE strata_backup.p2_customer_note AS SELECT id, note FROM core.customer");

    /** Plan 1 creates core.customer with a note column; plan 2 drops the note, backing it up first. */
    static PlanChain customerPlans() {
        return chain("shop",
                List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                        step(2, "CREATE TABLE core.customer (id bigint PRIMARY KEY, email text NOT NULL, note text)",
                                "DROP TABLE core.customer")),
                List.of(withBackup(1, "ALTER TABLE core.customer DROP COLUMN note",
                        "ALTER TABLE core.customer ADD COLUMN note text;\n"
                                + "UPDATE core.customer c SET note = b.note FROM strata_backup.p2_customer_note b"
                                + " WHERE b.id = c.id", NOTE_BACKUP)));
    }

    private Database database;
    private Runner runner;

    @BeforeEach
    void open() {
        database = TestSupport.freshDatabase("apply");
        runner = TestSupport.runner(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void appliesPendingPlansInOrderAndRecordsHistory() {
        ApplyResult result = runner.apply(customerPlans(), options());

        assertThat(result.applied()).containsExactly("0001_p1", "0002_p2");
        assertThat(value(database, "SELECT string_agg(column_name, ',' ORDER BY column_name) FROM"
                + " information_schema.columns WHERE table_schema = 'core' AND table_name = 'customer'"))
                .isEqualTo("email,id");
        List<HistoryEntry> history = runner.history();
        assertThat(history).extracting(HistoryEntry::planId, HistoryEntry::action, HistoryEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0001_p1", "apply", "applied"),
                        org.assertj.core.groups.Tuple.tuple("0002_p2", "apply", "applied"));
        HistoryEntry first = history.get(0);
        assertThat(first.planChecksum()).isEqualTo(customerPlans().plans().get(0).checksum());
        assertThat(first.modelFingerprintBefore()).isEqualTo("model-0");
        assertThat(first.modelFingerprintAfter()).isEqualTo("model-1");
        assertThat(first.catalogFingerprintAfter()).hasSize(64);
        assertThat(first.dbUser()).isEqualTo("postgres");
        assertThat(first.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(first.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(first.project()).isEqualTo("shop");
    }

    @Test
    void secondApplyHasNothingToDo() {
        runner.apply(customerPlans(), options());
        ApplyResult again = runner.apply(customerPlans(), options());
        assertThat(again.nothingToDo()).isTrue();
        assertThat(runner.history()).hasSize(2);
    }

    @Test
    void statusShowsCurrentAndPendingPlans() {
        PlanChain plans = customerPlans();
        Status before = runner.status(plans);
        assertThat(before.currentPlan()).isNull();
        assertThat(before.pendingPlans()).containsExactly("0001_p1", "0002_p2");

        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        Status after = runner.status(plans);
        assertThat(after.currentPlan()).isEqualTo("0001_p1");
        assertThat(after.pendingPlans()).containsExactly("0002_p2");
        assertThat(after.drift().drifted()).isFalse();
        assertThat(after.lastFailure()).isNull();
    }

    @Test
    void rollbackRestoresDroppedColumnKeepingRowsWrittenSince() {
        PlanChain plans = customerPlans();
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        TestSupport.execute(database, "INSERT INTO core.customer VALUES (1, 'a@x', 'vip'), (2, 'b@x', NULL),"
                + " (3, 'c@x', 'late payer')");
        runner.apply(plans, options());
        TestSupport.execute(database, "INSERT INTO core.customer VALUES (4, 'd@x')");
        TestSupport.execute(database, "UPDATE core.customer SET email = 'a@new' WHERE id = 1");

        List<BackupEntry> backups = runner.backups();
        assertThat(backups).singleElement().satisfies(backup -> {
            assertThat(backup.backupTable()).isEqualTo("p2_customer_note");
            assertThat(backup.rowCount()).isEqualTo(3);
            assertThat(backup.restoredAt()).isNull();
        });

        assertThat(runner.rollback(plans, RollbackRequest.last(), options())).containsExactly("0002_p2");

        assertThat(rows(database, "SELECT id, email, note FROM core.customer ORDER BY id")).containsExactly(
                List.of("1", "a@new", "vip"), java.util.Arrays.asList("2", "b@x", null),
                List.of("3", "c@x", "late payer"), java.util.Arrays.asList("4", "d@x", null));
        assertThat(runner.backups().get(0).restoredAt()).isNotNull();
        assertThat(runner.history()).last().satisfies(row -> {
            assertThat(row.action()).isEqualTo("rollback");
            assertThat(row.outcome()).isEqualTo("rolled_back");
            assertThat(row.modelFingerprintAfter()).isEqualTo("model-1");
        });
        assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_p1");
    }

    @Test
    void reapplyAfterRollbackKeepsTheOldBackupUnderANewName() {
        PlanChain plans = customerPlans();
        runner.apply(plans, options());
        runner.rollback(plans, RollbackRequest.last(), options());
        runner.apply(plans, options());

        List<BackupEntry> backups = runner.backups();
        assertThat(backups).hasSize(2);
        assertThat(backups.get(0).backupTable()).startsWith("p2_customer_note_");
        assertThat(backups.get(1).backupTable()).isEqualTo("p2_customer_note");
        assertThat(runner.rollback(plans, RollbackRequest.last(), options())).containsExactly("0002_p2");
    }

    @Test
    void rollbackToZeroUndoesEverythingAndForwardAgainWorks() {
        PlanChain plans = customerPlans();
        runner.apply(plans, options());
        assertThat(runner.rollback(plans, RollbackRequest.to(0), options())).containsExactly("0002_p2", "0001_p1");
        assertThat(value(database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'core'")).isEqualTo("0");
        assertThat(runner.status(plans).currentPlan()).isNull();

        assertThat(runner.apply(plans, options()).applied()).containsExactly("0001_p1", "0002_p2");
        assertThat(runner.rollback(plans, RollbackRequest.steps(2), options())).hasSize(2);
        assertThat(runner.rollback(plans, RollbackRequest.last(), options())).isEmpty();
    }

    @Test
    void rollbackRefusesMoreStepsThanApplied() {
        runner.apply(customerPlans(), options());
        assertThatThrownBy(() -> runner.rollback(customerPlans(), RollbackRequest.steps(3), options()))
                .isInstanceOfSatisfying(StrataException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID))
                .hasMessageContaining("only 2 are applied");
    }

    @Test
    void irreversiblePlanIsNotRolledBack() {
        PlanChain plans = chain("shop", List.of(step(1, "CREATE TABLE t (id int)", "DROP TABLE t")),
                List.of(TestPlans.irreversible(1, "DROP TABLE t")));
        runner.apply(plans, options());
        assertThatThrownBy(() -> runner.rollback(plans, RollbackRequest.last(), options()))
                .hasMessageContaining("cannot be rolled back").hasMessageContaining("step 1");
        assertThat(runner.status(plans).currentPlan()).isEqualTo("0002_p2");
    }

    @Test
    void dryRunPrintsTheScriptAndChangesNothing() {
        ApplyResult result = runner.apply(customerPlans(), options().withDryRun(true));
        assertThat(result.dryRun()).isTrue();
        assertThat(result.applied()).containsExactly("0001_p1", "0002_p2");
        assertThat(result.dryRunScript())
                .contains("-- plan 0001_p1", "CREATE SCHEMA core;", "-- backup before step 1 into"
                        + " strata_backup.p2_customer_note", "ALTER TABLE core.customer DROP COLUMN note;", "COMMIT;");
        assertThat(value(database, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('core', 'strata')"))
                .isEqualTo("0");
    }

    @Test
    void exportsBackupTablesAsCsv(@TempDir Path dir) throws Exception {
        PlanChain plans = customerPlans();
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        TestSupport.execute(database, "INSERT INTO core.customer SELECT g, 'e' || g, 'n' || g"
                + " FROM generate_series(1, 500) g");
        ApplyResult result = runner.apply(plans, options().withExportBackupDir(dir));

        assertThat(result.exported()).singleElement();
        List<String> lines = Files.readAllLines(result.exported().get(0));
        assertThat(lines).hasSize(501);
        assertThat(lines.get(0)).isEqualTo("id,note");
        assertThat(lines).contains("42,n42");
    }

    @Test
    void pruneDropsOnlyBackupsNoRollbackNeeds() {
        PlanChain plans = customerPlans();
        runner.apply(plans, options());
        assertThat(runner.pruneBackups(new PruneRequest(null, false, false), options())).isEmpty();

        runner.rollback(plans, RollbackRequest.last(), options());
        List<BackupEntry> pruned = runner.pruneBackups(new PruneRequest(null, false, false), options());
        assertThat(pruned).singleElement().extracting(BackupEntry::backupTable).isEqualTo("p2_customer_note");
        assertThat(value(database, "SELECT to_regclass('strata_backup.p2_customer_note')")).isNull();
        assertThat(runner.backups().get(0).prunedAt()).isNotNull();
    }
}
