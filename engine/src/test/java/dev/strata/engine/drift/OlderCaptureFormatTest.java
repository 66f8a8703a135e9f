package dev.strata.engine.drift;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.first;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestSupport.options;
import static dev.strata.engine.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.database.Database;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.PlanChain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database applied by the previous Strata holds its expected catalog in the old line format (format 1) and a
 * state of version 2. Drift cannot be checked against it: this is said clearly, never skipped silently, and the
 * next apply or rollback records a capture in the current format, against which later checks run.
 */
@Tag("faults")
class OlderCaptureFormatTest {

    private static final PlanChain PLANS = chain("shop",
            List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                    step(2, "CREATE TABLE core.customer (id bigint PRIMARY KEY, email text NOT NULL)",
                            "DROP TABLE core.customer")),
            List.of(step(1, "ALTER TABLE core.customer ADD COLUMN note text",
                    "ALTER TABLE core.customer DROP COLUMN note")));

    /** What the previous Strata stored: lines of facts, hashed as they were. */
    private static final String OLD_BODY = String.join("\n", "column core.customer.email text not null",
            "column core.customer.id bigint not null", "schema core", "table core.customer");

    private final List<String> warnings = new ArrayList<>();
    private Database database;
    private Runner runner;

    @BeforeEach
    void open() {
        database = TestSupport.freshDatabase("old_format");
        runner = new Runner(database, RunnerIdentity.current(), new Reporter() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Applies the first plan, then turns the state into what the previous Strata left: version 2, format 1. */
    private String appliedByThePreviousVersion() throws Exception {
        runner.apply(first(PLANS, 1), options());
        String old = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(OLD_BODY.getBytes(StandardCharsets.UTF_8)));
        TestSupport.execute(database, String.join("\n",
                "DELETE FROM strata.state_version WHERE version >= 3;",
                "DROP TABLE strata.backfill;",
                "ALTER TABLE strata.backups DROP COLUMN taken_by;",
                "ALTER TABLE strata.history DROP COLUMN runner_pid;",
                "ALTER TABLE strata.history DROP CONSTRAINT history_outcome_check;",
                "ALTER TABLE strata.history ADD CONSTRAINT history_outcome_check",
                "  CHECK (outcome IN ('running', 'applied', 'incomplete', 'rolled_back', 'failed'));",
                "ALTER TABLE strata.catalog_snapshot DROP COLUMN format;",
                "ALTER TABLE strata.history DROP CONSTRAINT history_action_check;",
                "ALTER TABLE strata.history ADD CONSTRAINT history_action_check",
                "  CHECK (action IN ('apply', 'rollback', 'promote'));",
                "DELETE FROM strata.catalog_snapshot;",
                "INSERT INTO strata.catalog_snapshot (fingerprint, body) VALUES ('" + old + "', '" + OLD_BODY + "');",
                "UPDATE strata.history SET catalog_fingerprint_before = '" + old + "',"
                        + " catalog_fingerprint_after = '" + old + "';"));
        return old;
    }

    @Test
    void statusSaysDriftWasNotCheckedAndChangesNothing() throws Exception {
        String old = appliedByThePreviousVersion();
        DriftReport drift = runner.status(first(PLANS, 1)).drift();
        assertThat(drift.drifted()).isFalse();
        assertThat(drift.checked()).isFalse();
        assertThat(drift.expectedFingerprint()).isEqualTo(old);
        assertThat(drift.notChecked()).contains("captured by an older Strata in capture format 1")
                .contains("format " + CatalogFacts.FORMAT);
        assertThat(value(database, "SELECT max(version) FROM strata.state_version")).isEqualTo("2");
    }

    @Test
    void applyWithNothingToDoWarnsAndRecordsACaptureInTheNewFormat() throws Exception {
        String old = appliedByThePreviousVersion();
        assertThat(runner.apply(first(PLANS, 1), options()).applied()).isEmpty();

        assertThat(warnings).singleElement().asString()
                .startsWith("drift could not be checked this once: the expected catalog " + old.substring(0, 12))
                .contains("captured by an older Strata in capture format 1")
                .contains("This apply goes on without a drift check and records a capture of the live schema in the"
                        + " current format");
        HistoryEntry last = runner.history().get(runner.history().size() - 1);
        assertThat(last.action()).isEqualTo(HistoryEntry.RECAPTURE);
        assertThat(last.outcome()).isEqualTo(HistoryEntry.APPLIED);
        assertThat(last.planId()).isEqualTo("0001_p1");
        assertThat(last.catalogFingerprintBefore()).isEqualTo(old);
        assertThat(last.catalogFingerprintAfter()).hasSize(64).isNotEqualTo(old);
        assertThat(TestSupport.rows(database, "SELECT format, count(*) FROM strata.catalog_snapshot GROUP BY 1"
                + " ORDER BY 1")).containsExactly(List.of("1", "1"), List.of(String.valueOf(CatalogFacts.FORMAT), "1"));

        DriftReport drift = runner.status(first(PLANS, 1)).drift();
        assertThat(drift.checked()).isTrue();
        assertThat(drift.drifted()).isFalse();
        warnings.clear();
        runner.apply(first(PLANS, 1), options());
        assertThat(warnings).as("only once").isEmpty();
        assertThat(runner.history()).hasSize(2);

        TestSupport.execute(database, "ALTER TABLE core.customer ADD COLUMN sneaky integer");
        assertThat(runner.status(first(PLANS, 1)).drift().diff()).containsExactly(
                "+ column core.customer.sneaky: integer");
    }

    @Test
    void applyOfAPendingPlanWarnsAndItsHistoryHoldsTheNewFormat() throws Exception {
        appliedByThePreviousVersion();
        assertThat(runner.apply(PLANS, options()).applied()).containsExactly("0002_p2");
        assertThat(warnings).singleElement().asString().startsWith("drift could not be checked this once: ");
        assertThat(runner.history()).extracting(HistoryEntry::action).containsExactly("apply", "apply");
        assertThat(runner.status(PLANS).drift().checked()).isTrue();
        assertThat(runner.status(PLANS).drift().drifted()).isFalse();
    }

    @Test
    void rollbackWarnsTooAndLeavesACaptureInTheNewFormat() throws Exception {
        appliedByThePreviousVersion();
        TestSupport.execute(database, "ALTER TABLE core.customer ADD COLUMN by_hand integer");
        assertThat(runner.rollback(first(PLANS, 1), RollbackRequest.last(), options())).containsExactly("0001_p1");
        assertThat(warnings).singleElement().asString().startsWith("drift could not be checked this once: ")
                .contains("This rollback goes on without a drift check");
        assertThat(runner.status(PLANS).drift().checked()).isTrue();
        assertThat(runner.status(PLANS).drift().drifted()).isFalse();
    }
}
