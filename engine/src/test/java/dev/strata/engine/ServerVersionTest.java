package dev.strata.engine;

import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestSupport.options;
import static dev.strata.engine.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.database.Database;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanJson;
import dev.strata.plan.ServerRequirement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A plan made on one PostgreSQL major version and applied on another either runs or is refused before anything
 * runs, with the reason. Runs on the newest and the oldest supported server (surefire's two executions of the
 * {@code faults} group); the plan under test needs PostgreSQL 15, so it applies on the newest and is refused on 13.
 */
@Tag("faults")
class ServerVersionTest {

    private Database database;
    private Runner runner;
    private int major;

    @BeforeAll
    static void checkServer() {
        TestSupport.checkExpectedServerVersion();
    }

    @BeforeEach
    void open() throws SQLException {
        database = TestSupport.freshDatabase("versions");
        runner = TestSupport.runner(database);
        major = ScratchServer.shared().majorVersion();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** 0001 makes a table any supported server can hold; 0002 adds a constraint PostgreSQL 15 brought. */
    private static PlanChain chain() {
        Plan first = TestPlans.plan("shop", 1, null, List.of(
                step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                step(2, "CREATE TABLE core.account (id bigint PRIMARY KEY, email text)", "DROP TABLE core.account")));
        Plan second = TestPlans.plan("shop", 2, first, List.of(
                step(1, "ALTER TABLE core.account ADD CONSTRAINT account_email_key UNIQUE NULLS NOT DISTINCT (email)",
                        "ALTER TABLE core.account DROP CONSTRAINT account_email_key")));
        second = PlanJson.seal(new Plan(second.format(), second.id(), second.sequence(), second.name(),
                second.project(), second.coreSchema(), second.parent(), second.parentChecksum(),
                second.fingerprintBefore(), second.fingerprintAfter(), second.toolVersion(), false, List.of(),
                second.steps(), List.of(), null,
                List.of(new ServerRequirement(15, "UNIQUE NULLS NOT DISTINCT", "core.account_email_key")), null));
        return PlanChain.of("shop", List.of(first, second));
    }

    @Test
    void aPlanNeedingANewerServerIsRefusedUpFrontAndOtherwiseRuns() {
        PlanChain plans = chain();
        if (major >= 15) {
            assertThat(runner.apply(plans, options()).applied()).containsExactly("0001_p1", "0002_p2");
            assertThat(value(database, "SELECT count(*) FROM pg_constraint WHERE conname = 'account_email_key'"))
                    .isEqualTo("1");
            assertThat(runner.rollback(plans, RollbackRequest.to(0), options()))
                    .containsExactly("0002_p2", "0001_p1");
            return;
        }
        assertThatThrownBy(() -> runner.apply(plans, options()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.problem().title()).startsWith("The target runs PostgreSQL " + major + " (")
                            .endsWith("older than a pending plan needs; nothing was run.");
                    assertThat(e.problem().detail()).contains("plan 0002_p2: UNIQUE NULLS NOT DISTINCT"
                            + " (core.account_email_key) needs PostgreSQL 15 or later");
                });
        // up front: not even the first plan, which this server could hold, ran
        assertThat(value(database, "SELECT to_regnamespace('core')")).isNull();
        assertThat(runner.history()).isEmpty();
        // what this server can hold still applies
        assertThat(runner.apply(TestPlans.first(plans, 1), options()).applied()).containsExactly("0001_p1");
        assertThat(value(database, "SELECT to_regclass('core.account') IS NOT NULL")).isEqualTo("t");
    }

    @Test
    void plansWithoutRequirementsKeepTheirJsonAndChecksum() throws Exception {
        Plan plain = chain().plans().get(0);
        assertThat(PlanJson.text(plain)).doesNotContain("requires");
        Plan read = PlanJson.read(PlanJson.text(chain().plans().get(1)));
        assertThat(read.requires()).containsExactly(
                new ServerRequirement(15, "UNIQUE NULLS NOT DISTINCT", "core.account_email_key"));
        assertThat(PlanJson.checksum(read)).isEqualTo(read.checksum());
    }
}
