package dev.strata.engine;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.outsideTransaction;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestPlans.withBackup;
import static dev.strata.engine.TestSupport.options;
import static dev.strata.engine.TestSupport.rows;
import static dev.strata.engine.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.lock.AdvisoryLock;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.Backup;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanJson;
import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The faults of issue 4, each on a real server. The surefire configuration runs this class on the newest and the
 * oldest supported PostgreSQL (system property strata.test.pg.major says which; the server is checked).
 */
@Tag("faults")
class FaultToleranceTest {

    private static final Backup NOTE_BACKUP = Backup.beforeStep("p2_customer_note", "core.customer", List.of("id", "note"),
            List.of("id"), "CREATE TABLE strata_backup.p2_customer_note AS SELECT id, note FROM core.customer");

    private Database database;
    private Runner runner;

    @BeforeAll
    static void checkServer() {
        TestSupport.checkExpectedServerVersion();
    }

    @BeforeEach
    void open() {
        database = TestSupport.freshDatabase("faults");
        runner = TestSupport.runner(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static PlanChain plansWithFailingThirdStep() {
        return chain("shop",
                List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                        step(2, "CREATE TABLE core.customer (id bigint PRIMARY KEY, email text NOT NULL, note text)",
                                "DROP TABLE core.customer")),
                List.of(step(1, "ALTER TABLE core.customer ADD COLUMN points integer NOT NULL DEFAULT 0",
                                "ALTER TABLE core.customer DROP COLUMN points"),
                        withBackup(2, "ALTER TABLE core.customer DROP COLUMN note",
                                "ALTER TABLE core.customer ADD COLUMN note text", NOTE_BACKUP),
                        step(3, "UPDATE core.customer\n   SET points = 'many'\n WHERE id > 0", "SELECT 1")));
    }

    @Test
    void stepFailingMidwayLeavesTheDatabaseExactlyAsBefore() throws SQLException {
        PlanChain plans = plansWithFailingThirdStep();
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        TestSupport.execute(database, "INSERT INTO core.customer VALUES (1, 'a@x', 'vip'), (2, 'b@x', NULL)");
        CatalogFacts catalogBefore = capture();
        List<List<String>> dataBefore = rows(database, "SELECT * FROM core.customer ORDER BY id");
        List<HistoryEntry> historyBefore = runner.history();

        assertThatThrownBy(() -> runner.apply(plans, options()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.DATABASE);
                    assertThat(e.problem().title()).isEqualTo("Apply of plan 0002_p2 failed at step 3.");
                    assertThat(e.problem().detail())
                            .contains("failed at step 3 of 3")
                            .contains("1 | UPDATE core.customer")
                            .contains("2 |    SET points = 'many'")
                            .contains("|                 ^ line 2, column 17")
                            .contains("invalid input syntax for type integer: \"many\" (SQLSTATE 22P02)")
                            .contains("Nothing of this plan remains");
                });

        assertThat(capture()).isEqualTo(catalogBefore);
        assertThat(rows(database, "SELECT * FROM core.customer ORDER BY id")).isEqualTo(dataBefore);
        assertThat(value(database, "SELECT to_regclass('strata_backup.p2_customer_note')")).isNull();
        assertThat(runner.backups()).isEmpty();
        List<HistoryEntry> historyAfter = runner.history();
        assertThat(historyAfter.subList(0, historyBefore.size())).isEqualTo(historyBefore);
        assertThat(historyAfter).hasSize(historyBefore.size() + 1).last().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo("failed");
            assertThat(row.planId()).isEqualTo("0002_p2");
            assertThat(row.failedStep()).isEqualTo(3);
            assertThat(row.errorText()).contains("22P02");
            assertThat(row.catalogFingerprintAfter()).isEqualTo(catalogBefore.fingerprint());
        });
        Status status = runner.status(plans);
        assertThat(status.currentPlan()).isEqualTo("0001_p1");
        assertThat(status.lastFailure().failedStep()).isEqualTo(3);
        assertThat(status.drift().drifted()).isFalse();
    }

    @Test
    void runnerKilledWithSigkillLeavesNoPartialStateAndNoLock() throws Exception {
        String url = TestSupport.newTarget("killed").jdbcUrl();
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                ApplyChild.class.getName(), url, "3").redirectErrorStream(true)
                .redirectOutput(new File("target/apply-child.log")).start();
        try (Database target = Database.connect(new dev.strata.engine.database.Target(url, "postgres", null, "test",
                false), RunnerIdentity.current(), Duration.ofSeconds(10))) {
            waitFor("the child to sleep inside its plan", Duration.ofSeconds(60), () -> "1".equals(value(target,
                    "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'"
                            + " AND application_name LIKE '%(" + ApplyChild.IDENTITY + "@%'")));
            Status during = TestSupport.runner(target).status(SleepyPlans.sleepy(3));
            assertThat(during.inProgress().runnerPid()).isEqualTo(child.pid());
            assertThat(during.inProgress().outcome()).isEqualTo(HistoryEntry.RUNNING);
            assertThat(during.lastFailure()).isNull();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);

            waitFor("the killed runner's session to end", Duration.ofSeconds(30), () -> "0".equals(value(target,
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE '%("
                            + ApplyChild.IDENTITY + "@%'")));
            try (Connection connection = target.connection()) {
                assertThat(AdvisoryLock.holder(connection)).isEmpty();
            }
            assertThat(value(target, "SELECT count(*) FROM pg_namespace WHERE nspname = 'core'")).isEqualTo("0");
            Runner next = TestSupport.runner(target);
            // the attempt was committed before its transaction: it stays on record, interrupted, naming the process
            assertThat(next.history()).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(HistoryEntry.APPLY);
                assertThat(row.planId()).isEqualTo("0001_p1");
                assertThat(row.outcome()).isEqualTo(HistoryEntry.INTERRUPTED);
                assertThat(row.runnerPid()).isEqualTo(child.pid());
                assertThat(row.host()).isEqualTo(RunnerIdentity.current().host());
                assertThat(row.osUser()).isEqualTo(ApplyChild.IDENTITY);
                assertThat(row.errorText()).contains("nothing of it remains");
            });
            assertThat(value(target, "SELECT outcome FROM strata.history")).isEqualTo("running");
            Status status = next.status(SleepyPlans.sleepy(3));
            assertThat(status.lastFailure().interrupted()).isTrue();
            assertThat(status.inProgress()).isNull();
            assertThat(status.currentPlan()).isNull();

            ApplyResult result = next.apply(SleepyPlans.sleepy(3), options());
            assertThat(result.applied()).containsExactly("0001_p1");
            assertThat(value(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'core'")).isEqualTo("2");
            // the next runner recorded the interruption for good, then its own apply
            assertThat(rows(target, "SELECT outcome, runner_pid::text FROM strata.history ORDER BY id")).containsExactly(
                    List.of("interrupted", Long.toString(child.pid())),
                    List.of("applied", Long.toString(ProcessHandle.current().pid())));
            assertThat(next.status(SleepyPlans.sleepy(3)).lastFailure()).isNull();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void twoRunnersStartedTogetherApplyExactlyOnce() throws Exception {
        PlanChain plans = SleepyPlans.sleepy(1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApplyResult>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try (Database own = Database.connect(database.target(), RunnerIdentity.current(),
                        Duration.ofSeconds(10))) {
                    start.await();
                    return TestSupport.runner(own).apply(plans, options().withLockWait(Duration.ofSeconds(30)));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<ApplyResult> results = new ArrayList<>();
        for (CompletableFuture<ApplyResult> run : runs) {
            results.add(run.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).filteredOn(result -> !result.nothingToDo()).hasSize(1);
        assertThat(results).filteredOn(ApplyResult::nothingToDo).hasSize(1);
        assertThat(runner.history()).filteredOn(row -> row.action().equals("apply")).hasSize(1);
    }

    @Test
    void secondRunnerGivesUpAfterItsBoundAndNamesTheHolder() throws Exception {
        PlanChain plans = SleepyPlans.sleepy(4);
        CompletableFuture<ApplyResult> first = CompletableFuture.supplyAsync(() -> {
            try (Database own = Database.connect(database.target(), RunnerIdentity.current(),
                    Duration.ofSeconds(10))) {
                return TestSupport.runner(own).apply(plans, options());
            }
        });
        waitFor("the first runner to take the lock", Duration.ofSeconds(30), () -> {
            try (Connection connection = database.connection()) {
                return AdvisoryLock.holder(connection).isPresent();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        String holderPid = value(database, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");

        Instant started = Instant.now();
        assertThatThrownBy(() -> runner.apply(plans, options().withLockWait(Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.LOCK_WAIT);
                    assertThat(e.problem().title()).contains("pid " + holderPid)
                            .contains("application 'strata ").contains("user postgres").contains("since");
                });
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(first.get(60, TimeUnit.SECONDS).applied()).containsExactly("0001_p1");
        assertThat(runner.history()).hasSize(1);
    }

    @Test
    void planEditedAfterItWasAppliedIsRefused() {
        PlanChain plans = plansWithFailingThirdStep();
        PlanChain first = PlanChain.of("shop", plans.plans().subList(0, 1));
        runner.apply(first, options());
        Plan original = first.plans().get(0);

        Plan resealed = PlanJson.seal(withFirstStepSql(original, "CREATE SCHEMA core AUTHORIZATION postgres"));
        assertThatThrownBy(() -> runner.apply(PlanChain.of("shop", List.of(resealed)), options()))
                .isInstanceOfSatisfying(StrataException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID))
                .hasMessageContaining("0001_p1 was changed after it was applied here");

        Plan edited = withFirstStepSql(original, "CREATE SCHEMA core AUTHORIZATION postgres");
        assertThatThrownBy(() -> runner.apply(PlanChain.of("shop", List.of(edited)), options()))
                .hasMessageContaining("0001_p1: checksum mismatch, the plan was edited after it was written");
        assertThat(runner.history()).hasSize(1);
    }

    @Test
    void missingPlanInTheChainIsRefused() {
        PlanChain three = chain("shop", List.of(step(1, "CREATE TABLE a (id int)", "DROP TABLE a")),
                List.of(step(1, "CREATE TABLE b (id int)", "DROP TABLE b")),
                List.of(step(1, "CREATE TABLE c (id int)", "DROP TABLE c")));
        PlanChain gap = PlanChain.of("shop", List.of(three.plans().get(0), three.plans().get(2)));
        assertThatThrownBy(() -> runner.apply(gap, options()))
                .isInstanceOfSatisfying(StrataException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID))
                .hasMessageContaining("0003_p3: has sequence 3 but the chain expects 2 after 0001_p1; a plan is"
                        + " missing");
        assertThat(value(database, "SELECT to_regclass('a')")).isNull();

        runner.apply(PlanChain.of("shop", three.plans().subList(0, 2)), options());
        assertThatThrownBy(() -> runner.apply(PlanChain.of("shop", three.plans().subList(0, 1)), options()))
                .hasMessageContaining("plan 0002_p2 is applied to this database but is missing from the migrations"
                        + " directory");
    }

    @Test
    void planOfAnotherProjectIsRefused() {
        PlanChain billing = chain("billing", List.of(step(1, "CREATE TABLE invoice (id int)", "DROP TABLE invoice")));
        assertThatThrownBy(() -> runner.apply(PlanChain.of("shop", billing.plans()), options()))
                .isInstanceOfSatisfying(StrataException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID))
                .hasMessageContaining("0001_p1: belongs to project 'billing', this is project 'shop'");

        runner.apply(chain("shop", List.of(step(1, "CREATE TABLE a (id int)", "DROP TABLE a"))), options());
        assertThatThrownBy(() -> runner.apply(billing, options()))
                .hasMessageContaining("this database is managed by project 'shop', not 'billing'");
        assertThat(value(database, "SELECT to_regclass('invoice')")).isNull();
    }

    @Test
    void handAlteredSchemaIsDetectedAndApplyRefuses() {
        PlanChain plans = plansWithFailingThirdStep();
        PlanChain next = chain("shop", plans.plans().get(0).steps(),
                List.of(step(1, "CREATE TABLE core.purchase (id bigint)", "DROP TABLE core.purchase")));
        runner.apply(PlanChain.of("shop", next.plans().subList(0, 1)), options());
        TestSupport.execute(database, "ALTER TABLE core.customer ADD COLUMN hacked integer;"
                + " ALTER TABLE core.customer ALTER COLUMN note SET NOT NULL");

        assertThat(runner.status(next).drift().drifted()).isTrue();
        assertThatThrownBy(() -> runner.apply(next, options()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.DRIFT);
                    assertThat(e.problem().detail())
                            .contains("+ column core.customer.hacked: integer")
                            .contains("~ column core.customer.note: text  =>  text; not null");
                });
        assertThat(value(database, "SELECT to_regclass('core.purchase')")).isNull();

        ApplyResult forced = runner.apply(next, options().withAllowDrift(true));
        assertThat(forced.applied()).containsExactly("0002_p2");
        assertThat(runner.history()).last().satisfies(row -> {
            assertThat(row.allowDrift()).isTrue();
            assertThat(row.driftDetected()).isTrue();
        });
        assertThat(runner.status(next).drift().drifted()).isFalse();
    }

    @Test
    void lockTimeoutIsRetriedThenReportedClearly() throws Exception {
        PlanChain plans = chain("shop", List.of(step(1, "CREATE TABLE busy (id int)", "DROP TABLE busy")),
                List.of(step(1, "ALTER TABLE busy ADD COLUMN n int", "ALTER TABLE busy DROP COLUMN n")));
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        var quick = options().withLockTimeout(Duration.ofMillis(200), 2, Duration.ofMillis(50));

        try (Connection blocker = database.connection()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE busy IN ACCESS SHARE MODE");
            }
            assertThatThrownBy(() -> runner.apply(plans, quick))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.DATABASE);
                        assertThat(e.problem().detail()).contains("SQLSTATE 55P03")
                                .contains("could not get its table lock within lock_timeout (200 ms), 3 times");
                    });
            blocker.rollback();
        }
        assertThat(runner.history()).last().extracting(HistoryEntry::outcome).isEqualTo("failed");

        Connection blocker = database.connection();
        blocker.setAutoCommit(false);
        try (Statement s = blocker.createStatement()) {
            s.execute("LOCK TABLE busy IN ACCESS SHARE MODE");
        }
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(700);
                blocker.rollback();
                blocker.close();
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        ApplyResult result = runner.apply(plans, options().withLockTimeout(Duration.ofMillis(200), 6,
                Duration.ofMillis(100)));
        release.get(10, TimeUnit.SECONDS);
        assertThat(result.applied()).containsExactly("0002_p2");
    }

    /**
     * A concurrent index build waits for its SHARE UPDATE EXCLUSIVE lock past a short lock_timeout (an autovacuum
     * holds that lock for minutes after a big backfill, and gives it up only to a request that waits longer than
     * deadlock_timeout), while writers go on: the waiting build queues none of them.
     */
    @Test
    void aStepOutsideTheTransactionThatLetsWritersGoOnWaitsPastAShortLockTimeout() throws Exception {
        PlanChain plans = chain("shop", List.of(step(1, "CREATE TABLE busy (id int)", "DROP TABLE busy")),
                List.of(outsideTransaction(1, "public", "busy", "busy_id", "CREATE INDEX CONCURRENTLY busy_id ON"
                        + " busy (id)", "DROP INDEX CONCURRENTLY IF EXISTS busy_id")));
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        var quick = options().withLockTimeout(Duration.ofMillis(200), 0, Duration.ofMillis(50));

        // connections of their own, not the runner's pool
        try (Connection vacuum = TestSupport.connect(database.target());
             Connection writer = TestSupport.connect(database.target())) {
            vacuum.setAutoCommit(false);
            try (Statement s = vacuum.createStatement()) {
                s.execute("LOCK TABLE busy IN SHARE UPDATE EXCLUSIVE MODE");
            }
            var apply = CompletableFuture.supplyAsync(() -> runner.apply(plans, quick));
            waitFor("the build to wait for its lock", Duration.ofSeconds(20), () -> waiting(writer));
            Thread.sleep(400);
            long started = System.nanoTime();
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO busy VALUES (1)");
            }
            assertThat((System.nanoTime() - started) / 1_000_000).as("a write while the build waits, in ms")
                    .isLessThan(500);
            assertThat(apply).isNotDone();
            vacuum.rollback();
            assertThat(apply.get(30, TimeUnit.SECONDS).applied()).containsExactly("0002_p2");
        }
        assertThat(value(database, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'busy_id'::regclass"))
                .isEqualTo("true");
    }

    @Test
    void failedConcurrentIndexIsCleanedUpAndTheApplyResumes() {
        PlanChain plans = chain("shop",
                List.of(step(1, "CREATE TABLE member (id int PRIMARY KEY, email text)", "DROP TABLE member")),
                List.of(step(1, "CREATE TABLE audit (id int)", "DROP TABLE audit"),
                        outsideTransaction(2, "public", "member", "member_email_key",
                                "CREATE UNIQUE INDEX CONCURRENTLY member_email_key ON member (email)",
                                "DROP INDEX CONCURRENTLY IF EXISTS member_email_key"),
                        outsideTransaction(3, "public", "member", "member_id_email",
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS member_id_email"
                                + " ON member (id, email)", "DROP INDEX CONCURRENTLY IF EXISTS member_id_email")));
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        TestSupport.execute(database, "INSERT INTO member VALUES (1, 'same'), (2, 'same')");

        assertThatThrownBy(() -> runner.apply(plans, options()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.DATABASE);
                    assertThat(e.problem().detail()).contains("SQLSTATE 23505")
                            .contains("transactional part of this plan is committed");
                });
        assertThat(value(database, "SELECT count(*) FROM pg_class WHERE relname = 'member_email_key'"))
                .isEqualTo("0");
        assertThat(value(database, "SELECT to_regclass('audit')")).isEqualTo("audit");
        Status status = runner.status(plans);
        assertThat(status.currentPlan()).isEqualTo("0002_p2");
        assertThat(status.currentIncomplete()).isTrue();
        assertThat(status.drift().drifted()).isFalse();

        TestSupport.execute(database, "UPDATE member SET email = 'other' WHERE id = 2");
        ApplyResult resumed = runner.apply(plans, options());
        assertThat(resumed.resumed()).isEqualTo("0002_p2");
        assertThat(value(database, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname IN ('member_email_key', 'member_id_email') AND i.indisvalid")).isEqualTo("2");
        assertThat(runner.status(plans).currentIncomplete()).isFalse();
        assertThat(runner.history()).filteredOn(row -> row.planId().equals("0002_p2"))
                .extracting(HistoryEntry::outcome).containsExactly("applied", "failed");

        assertThat(runner.rollback(plans, RollbackRequest.last(), options())).containsExactly("0002_p2");
        assertThat(value(database, "SELECT count(*) FROM pg_class WHERE relname IN ('member_email_key',"
                + " 'member_id_email', 'audit')")).isEqualTo("0");
    }

    @Test
    void invalidLeftoverOfAKilledConcurrentIndexIsDroppedBeforeTheRetry() {
        PlanChain plans = chain("shop",
                List.of(step(1, "CREATE TABLE member (id int PRIMARY KEY, email text)", "DROP TABLE member")),
                List.of(outsideTransaction(1, "public", "member", "member_email_key",
                        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS member_email_key"
                        + " ON member (email)", "DROP INDEX CONCURRENTLY IF EXISTS member_email_key")));
        runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
        TestSupport.execute(database, "INSERT INTO member VALUES (1, 'same'), (2, 'same')");
        try {
            TestSupport.execute(database, "CREATE UNIQUE INDEX CONCURRENTLY member_email_key ON member (email)");
        } catch (IllegalStateException expected) {
            // leaves an invalid index behind, as an interrupted runner would
        }
        TestSupport.execute(database, "DELETE FROM member WHERE id = 2");
        assertThat(value(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'member_email_key'::regclass"))
                .isEqualTo("f");

        runner.apply(plans, options());
        assertThat(value(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'member_email_key'::regclass"))
                .isEqualTo("t");
    }

    private static Plan withFirstStepSql(Plan plan, String sql) {
        var steps = new ArrayList<>(plan.steps());
        var old = steps.get(0);
        steps.set(0, new dev.strata.plan.Step(old.number(), old.change(), old.target(), old.object(), sql,
                old.reverseSql(), old.lock(), old.rewritesTable(), old.scansTable(), old.transactional(), old.risk(),
                old.backup(), old.reverseBackup(), old.irreversible(), old.note()));
        return new Plan(plan.format(), plan.id(), plan.sequence(), plan.name(), plan.project(), plan.coreSchema(),
                plan.parent(), plan.parentChecksum(), plan.fingerprintBefore(), plan.fingerprintAfter(),
                plan.toolVersion(), plan.dataLossAccepted(), plan.facadesAffected(), steps, plan.rollbackOrder(), plan.files(),
                plan.checksum());
    }

    private CatalogFacts capture() throws SQLException {
        try (Connection connection = database.connection()) {
            return CatalogFacts.capture(connection);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static boolean waiting(Connection connection) {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted AND mode ="
                     + " 'ShareUpdateExclusiveLock'")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
