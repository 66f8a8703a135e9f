package dev.strata.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.TestPlans;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lock estimate on a real database: the sizes it reads (a partitioned table's rows live in its partitions),
 * what a hold is made of (the steps from the first lock to the commit, a backup before the first lock left out), and
 * that steps outside the transaction and locks that let writes through are not holds.
 */
class LockEstimateTest {

    private Database database;

    @BeforeEach
    void open() {
        database = TestSupport.freshDatabase("lock_estimate");
        TestSupport.execute(database, """
                CREATE SCHEMA core;
                CREATE TABLE core.big (id bigint PRIMARY KEY, payload text);
                INSERT INTO core.big SELECT g, md5(g::text) FROM generate_series(1, 50000) g;
                CREATE TABLE core.measure (at date NOT NULL, v integer) PARTITION BY RANGE (at);
                CREATE TABLE core.measure_2025 PARTITION OF core.measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE core.measure_2026 PARTITION OF core.measure FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                INSERT INTO core.measure SELECT DATE '2025-01-01' + (g % 700), g FROM generate_series(1, 40000) g;
                CREATE TABLE core.small (id integer PRIMARY KEY);
                ANALYZE;
                """);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPartitionedTableIsAsBigAsItsPartitions() throws Exception {
        long partitions = Long.parseLong(TestSupport.value(database, "SELECT pg_table_size('core.measure_2025')"
                + " + pg_table_size('core.measure_2026')"));
        assertThat(partitions).isGreaterThan(1_000_000);
        List<LockEstimate.Hold> holds = estimate(plan(rewrite(1, "measure")));
        assertThat(holds).singleElement().satisfies(hold -> {
            assertThat(hold.table()).isEqualTo("core.measure");
            assertThat(hold.tableBytes()).isEqualTo(partitions);
            assertThat(hold.rows()).isEqualTo(40000);
            assertThat(hold.estimate().toMillis()).isPositive();
        });
    }

    @Test
    void aTableLockedEarlyIsHeldThroughTheLaterStepsAndABackupBeforeTheFirstLockIsNotPartOfIt() throws Exception {
        long bigTotal = Long.parseLong(TestSupport.value(database, "SELECT pg_total_relation_size('core.big')"));
        long bigTable = Long.parseLong(TestSupport.value(database, "SELECT pg_table_size('core.big')"));
        long rewrite = bigTotal * 1000 / LockEstimate.REWRITE_RATE;
        long backup = bigTable * 1000 / LockEstimate.BACKUP_RATE;
        Step addToSmall = step(1, "small", LockLevel.ACCESS_EXCLUSIVE, false, false, null);
        Step dropWithBackup = step(2, "big", LockLevel.ACCESS_EXCLUSIVE, false, false,
                Backup.beforeStep("b1", "core.big", List.of("id", "payload"), List.of("id"), "SELECT 1"));
        Step rewriteBig = rewrite(3, "big");
        List<LockEstimate.Hold> holds = estimate(plan(addToSmall, dropWithBackup, rewriteBig));
        assertThat(holds).extracting(LockEstimate.Hold::table).containsExactly("core.small", "core.big");
        assertThat(holds.get(0).estimate().toMillis()).isEqualTo(backup + rewrite);
        assertThat(holds.get(0).fromStep()).isEqualTo(1);
        assertThat(holds.get(0).cause()).startsWith("step 3 rewrites core.big");
        assertThat(holds.get(1).estimate().toMillis()).as("big is locked after its backup").isEqualTo(rewrite);
        assertThat(holds.get(1).fromStep()).isEqualTo(2);
    }

    @Test
    void stepsOutsideTheTransactionAndLocksThatLetWritesThroughAreNotHolds() throws Exception {
        Step concurrent = TestPlans.outsideTransaction(1, "core", "big", "big_payload", "SELECT 1", "SELECT 1");
        Step shareUpdate = step(2, "big", LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true, null);
        assertThat(estimate(plan(concurrent, shareUpdate))).isEmpty();
        assertThat(estimate(plan(step(1, "small", LockLevel.ACCESS_EXCLUSIVE, false, false, null))))
                .as("catalog changes alone hold nothing measurable").isEmpty();
    }

    @Test
    void offlineTheBackfillAndThePlainIndexBuildAreHeldUnderTheExpandStepsLock() throws Exception {
        long bigTotal = Long.parseLong(TestSupport.value(database, "SELECT pg_total_relation_size('core.big')"));
        long fill = bigTotal * 1000 / LockEstimate.REWRITE_RATE;
        Step expand = step(1, "big", LockLevel.ACCESS_EXCLUSIVE, false, false, null);
        Step backfill = new Step(2, "backfill column", StepTarget.ofTable(StepTarget.Kind.COLUMN, "core", "big", "c"),
                "core.big.c", "UPDATE core.big SET c = 1", "SELECT 1", LockLevel.ROW_EXCLUSIVE, false, false, false,
                Risk.SAFE, null, null, false, null, List.of(), List.of(), new dev.strata.plan.Backfill("core", "big",
                List.of("id"), List.of("bigint"), "c", "1", false));
        Step index = new Step(3, "add index", StepTarget.ofTable(StepTarget.Kind.INDEX, "core", "big", "big_i"),
                "core.big_i", "CREATE INDEX CONCURRENTLY big_i ON core.big (payload)", "SELECT 1",
                LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true, false, Risk.SAFE, null, null, false, null, List.of(),
                List.of(), null, "CREATE INDEX big_i ON core.big (payload)");
        assertThat(estimate(plan(expand, backfill, index))).as("online: the expand step is catalog changes only")
                .isEmpty();
        assertThat(offline(plan(expand, backfill, index))).singleElement().satisfies(hold -> {
            assertThat(hold.table()).isEqualTo("core.big");
            assertThat(hold.lock()).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
            assertThat(hold.estimate().toMillis()).isGreaterThanOrEqualTo(fill);
            assertThat(hold.cause()).startsWith("step 2 fills every row of core.big");
        });
        assertThat(estimate(plan(index))).as("online the build lets writes through").isEmpty();
        assertThat(offline(plan(index))).singleElement().satisfies(hold -> assertThat(hold.lock())
                .as("the plain build's lock").isEqualTo(LockLevel.SHARE));
    }

    private List<LockEstimate.Hold> offline(Plan plan) throws Exception {
        try (Connection connection = database.connection()) {
            return LockEstimate.estimate(connection, List.of(plan), true);
        }
    }

    private List<LockEstimate.Hold> estimate(Plan plan) throws Exception {
        try (Connection connection = database.connection()) {
            return LockEstimate.estimate(connection, List.of(plan));
        }
    }

    private static Plan plan(Step... steps) {
        return TestPlans.plan("shop", 1, null, List.of(steps));
    }

    private static Step rewrite(int number, String table) {
        return step(number, table, LockLevel.ACCESS_EXCLUSIVE, true, false, null);
    }

    private static Step step(int number, String table, LockLevel lock, boolean rewrites, boolean scans,
                             Backup backup) {
        return new Step(number, "change column type", StepTarget.ofTable(StepTarget.Kind.COLUMN, "core", table, "c"),
                "core." + table + ".c", "SELECT 1", "SELECT 1", lock, rewrites, scans, true, Risk.SAFE, backup, null,
                false, null);
    }
}
