package dev.strata.engine;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestSupport.options;
import static dev.strata.engine.TestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.PlanChain;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A step that drops an object (or a reverse that does) is refused, before it runs, when objects the plans do not
 * describe depend on it: PostgreSQL would drop them silently (a view's triggers, a table's policies and rules, the
 * indexes on a column) or refuse the statement.
 */
class DependentsGuardTest {

    private static final StepTarget VIEW = StepTarget.of(StepTarget.Kind.VIEW, "core", "v");
    private static final StepTarget TABLE = StepTarget.of(StepTarget.Kind.TABLE, "core", "t");
    private static final StepTarget COLUMN = StepTarget.ofTable(StepTarget.Kind.COLUMN, "core", "t", "a");
    private static final StepTarget TRIGGER = StepTarget.ofTable(StepTarget.Kind.TRIGGER, "core", "v", "v_ins");

    /** Plan 1: table core.t (id, a, note: it has a toast table), view core.v over it, and a trigger function. */
    private static List<Step> base() {
        return List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                step(2, "CREATE TABLE core.t (id bigint PRIMARY KEY, a int, note text)", "DROP TABLE core.t"),
                step(3, "CREATE VIEW core.v AS SELECT id, a FROM core.t", "DROP VIEW core.v"),
                step(4, "CREATE FUNCTION core.v_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " INSERT INTO core.t VALUES (NEW.id, NEW.a); RETURN NEW; END $$",
                        "DROP FUNCTION core.v_ins()"));
    }

    private static Step rebuildView(int number) {
        return step(number, "DROP VIEW core.v", "CREATE VIEW core.v AS SELECT id, a FROM core.t")
                .dropping(List.of(VIEW), List.of());
    }

    private static Step createView(int number) {
        return step(number, "CREATE VIEW core.v AS SELECT id, a, a + 1 AS b FROM core.t", "DROP VIEW core.v")
                .dropping(List.of(), List.of(VIEW));
    }

    private Database database;
    private Runner runner;

    @BeforeEach
    void open() {
        database = TestSupport.freshDatabase("depend");
        runner = TestSupport.runner(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The hand-made objects are drift, so the apply is allowed past the drift check to reach the guard. */
    /** Step 1 of a second plan: the view over core.t goes. */
    private static Step dropView() {
        return step(1, "DROP VIEW core.v", "CREATE VIEW core.v AS SELECT id, a FROM core.t")
                .dropping(List.of(VIEW), List.of());
    }

    /** Step 2: core.t goes, after its view. */
    private static Step dropTable() {
        return step(2, "DROP TABLE core.t", "CREATE TABLE core.t (id bigint PRIMARY KEY, a int)")
                .dropping(List.of(TABLE), List.of());
    }

    /** Step 2: column core.t.a goes, after the view that reads it. */
    private static Step dropColumn() {
        return step(2, "ALTER TABLE core.t DROP COLUMN a", "ALTER TABLE core.t ADD COLUMN a int")
                .dropping(List.of(COLUMN), List.of());
    }

    private static ApplyOptions pastDrift() {
        return options().withAllowDrift(true);
    }

    private void handMade(String sql) {
        TestSupport.execute(database, sql);
    }

    @Test
    void rebuildingAViewIsRefusedWhenAHandMadeInsteadOfTriggerWouldGoWithIt() {
        PlanChain plans = chain("shop", base(), List.of(rebuildView(1), createView(2)));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("CREATE TRIGGER v_ins INSTEAD OF INSERT ON core.v FOR EACH ROW EXECUTE FUNCTION core.v_ins()");

        assertThatThrownBy(() -> runner.apply(plans, pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.DRIFT);
                    assertThat(e.problem().title())
                            .isEqualTo("Apply of plan 0002_p2 refused before its first statement.");
                    assertThat(e.problem().detail()).startsWith("Step 1 (sql test.step1) would drop view core.v,"
                            + " and an object that the plans do not describe depends on it; PostgreSQL would drop"
                            + " it silently or refuse the statement. It was not run:\n"
                            + "  - trigger core.v.v_ins (depends on view core.v)\n"
                            + "Describe it in the sources so that plans drop and recreate it, or drop it yourself"
                            + " first and make it again after the apply; then run the command again. Declaring it"
                            + " unmanaged in strata.toml does not let a plan drop it.\n"
                            + "Nothing of this plan remains");
                });

        assertThat(value(database, "SELECT count(*) FROM pg_trigger WHERE tgname = 'v_ins'"
                + " AND tgrelid = 'core.v'::regclass")).isEqualTo("1");
        assertThat(value(database, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'v'")).isEqualTo("2");
        HistoryEntry last = runner.history().get(runner.history().size() - 1);
        assertThat(last.planId()).isEqualTo("0002_p2");
        assertThat(last.outcome()).isEqualTo(HistoryEntry.FAILED);
        assertThat(last.errorText()).contains("trigger core.v.v_ins (depends on view core.v)");
        assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_p1");
    }

    @Test
    void aPlanThatDropsTheDependentItselfFirstPasses() {
        Step dropTrigger = step(1, "DROP TRIGGER v_ins ON core.v", "CREATE TRIGGER v_ins INSTEAD OF INSERT ON core.v"
                + " FOR EACH ROW EXECUTE FUNCTION core.v_ins()").dropping(List.of(TRIGGER), List.of());
        PlanChain plans = chain("shop", base(), List.of(dropTrigger, rebuildView(2), createView(3)));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("CREATE TRIGGER v_ins INSTEAD OF INSERT ON core.v FOR EACH ROW EXECUTE FUNCTION core.v_ins()");

        assertThat(runner.apply(plans, pastDrift()).applied()).containsExactly("0002_p2");
        assertThat(value(database, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'v'")).isEqualTo("3");
    }

    @Test
    void aDependentALaterStepDropsIsThePlansOwn() {
        Step dropTable = step(1, "DROP TABLE core.t", "CREATE TABLE core.t (id bigint PRIMARY KEY, a int)")
                .dropping(List.of(TABLE), List.of());
        Step dropView = step(2, "SELECT 1", "SELECT 1").dropping(List.of(VIEW), List.of());
        PlanChain plans = chain("shop", base(), List.of(dropTable, dropView));
        runner.apply(TestPlans.first(plans, 1), options());

        // the view reads the table and no step drops it first: PostgreSQL refuses the DROP TABLE, the guard does not
        assertThatThrownBy(() -> runner.apply(plans, options()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.DATABASE);
                    assertThat(e.problem().detail()).contains("other objects depend on it");
                });
    }

    @Test
    void droppingATableIsRefusedWhenAHandMadePolicyAndRuleWouldGoWithIt() {
        Step dropView = dropView();
        Step dropTable = dropTable();
        PlanChain plans = chain("shop", base(), List.of(dropView, dropTable));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("ALTER TABLE core.t ENABLE ROW LEVEL SECURITY; CREATE POLICY positive ON core.t USING (a > 0);"
                + " CREATE RULE no_delete AS ON DELETE TO core.t DO INSTEAD NOTHING");

        assertThatThrownBy(() -> runner.apply(plans, pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().title())
                            .isEqualTo("Apply of plan 0002_p2 refused before its first statement.");
                    assertThat(e.problem().detail()).contains("would drop table core.t, and 2 objects that the"
                                    + " plans do not describe depend on it")
                            .contains("  - policy core.t.positive (depends on table core.t)\n"
                                    + "  - rule core.t.no_delete (depends on table core.t)\n")
                            .doesNotContain("t_pkey").doesNotContain("_RETURN");
                });
        assertThat(value(database, "SELECT count(*) FROM pg_views WHERE schemaname = 'core'")).isEqualTo("1");
        assertThat(value(database, "SELECT count(*) FROM pg_policy WHERE polname = 'positive'")).isEqualTo("1");
    }

    @Test
    void droppingAColumnIsRefusedWhenAHandMadeIndexIsOnIt() {
        Step dropView = dropView();
        Step dropColumn = dropColumn();
        PlanChain plans = chain("shop", base(), List.of(dropView, dropColumn));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("CREATE INDEX t_a_id ON core.t (a, id); CREATE STATISTICS core.t_a_stats ON a, id FROM core.t");

        assertThatThrownBy(() -> runner.apply(plans, pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().detail())
                        .contains("would drop column core.t.a, and 2 objects")
                        .contains("  - index core.t_a_id (depends on column core.t.a)\n")
                        .contains("  - statistics object core.t_a_stats (depends on column core.t.a)\n")
                        .doesNotContain("t_pkey"));
        assertThat(value(database, "SELECT count(*) FROM pg_indexes WHERE indexname = 't_a_id'")).isEqualTo("1");
        assertThat(value(database, "SELECT count(*) FROM pg_views WHERE schemaname = 'core'")).isEqualTo("1");
    }

    @Test
    void droppingAColumnWithOnlyItsOwnDefaultAndTheTablesKeyPasses() {
        Step dropView = dropView();
        Step dropColumn = dropColumn();
        PlanChain plans = chain("shop", base(), List.of(dropView, dropColumn));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("ALTER TABLE core.t ALTER COLUMN a SET DEFAULT 7");

        assertThat(runner.apply(plans, pastDrift()).applied()).containsExactly("0002_p2");
    }

    /** On PostgreSQL 18 a NOT NULL column has a constraint of its own ({@code t_a_not_null}): the column's part. */
    @Test
    void droppingANotNullColumnPassesWithItsOwnNotNullConstraint() {
        Step dropView = dropView();
        Step dropColumn = dropColumn();
        PlanChain plans = chain("shop", base(), List.of(dropView, dropColumn));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("ALTER TABLE core.t ALTER COLUMN a SET NOT NULL");

        assertThat(runner.apply(plans, pastDrift()).applied()).containsExactly("0002_p2");
        assertThat(value(database, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 't' AND column_name = 'a'")).isEqualTo("0");
    }

    @Test
    void aRollbackWhoseReverseDropsAViewWithAHandMadeTriggerIsRefused() {
        PlanChain plans = chain("shop", base(), List.of(rebuildView(1), createView(2)));
        runner.apply(plans, options());
        handMade("CREATE TRIGGER v_ins INSTEAD OF INSERT ON core.v FOR EACH ROW EXECUTE FUNCTION core.v_ins()");

        assertThatThrownBy(() -> runner.rollback(plans, RollbackRequest.last(), pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(ProblemKind.DRIFT);
                    assertThat(e.problem().title())
                            .isEqualTo("Rollback of plan 0002_p2 refused before its first statement.");
                    assertThat(e.problem().detail()).startsWith("The reverse of step 2 (sql test.step2) would drop"
                                    + " view core.v, and an object")
                            .contains("  - trigger core.v.v_ins (depends on view core.v)\n")
                            .contains("the plan is still applied");
                });
        assertThat(runner.status(plans).currentPlan()).isEqualTo("0002_p2");
        assertThat(value(database, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'v'")).isEqualTo("3");
        HistoryEntry last = runner.history().get(runner.history().size() - 1);
        assertThat(last.action()).isEqualTo(HistoryEntry.ROLLBACK);
        assertThat(last.outcome()).isEqualTo(HistoryEntry.FAILED);
    }

    @Test
    void droppingAFunctionIsRefusedWhenAHandMadeTriggerUsesIt() {
        StepTarget function = StepTarget.of(StepTarget.Kind.FUNCTION, "core", "v_ins()");
        Step dropFunction = step(1, "DROP FUNCTION core.v_ins()", "SELECT 1").dropping(List.of(function), List.of());
        PlanChain plans = chain("shop", base(), List.of(dropFunction));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("CREATE TRIGGER t_ins BEFORE INSERT ON core.t FOR EACH ROW EXECUTE FUNCTION core.v_ins()");

        assertThatThrownBy(() -> runner.apply(plans, pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().detail())
                        .contains("would drop function core.v_ins(), and an object")
                        .contains("  - trigger core.t.t_ins (depends on function core.v_ins())\n"));
    }

    @Test
    void droppingATableIsRefusedWhenItHasHandMadePartitionsOrChildren() {
        Step dropView = dropView();
        Step dropTable = dropTable();
        Step dropEvents = step(3, "DROP TABLE core.events", "CREATE TABLE core.events (k int) PARTITION BY RANGE (k)")
                .dropping(List.of(StepTarget.of(StepTarget.Kind.TABLE, "core", "events")), List.of());
        List<Step> first = new java.util.ArrayList<>(base());
        first.add(step(5, "CREATE TABLE core.events (k int) PARTITION BY RANGE (k)", "DROP TABLE core.events"));
        PlanChain plans = chain("shop", first, List.of(dropView, dropTable, dropEvents));
        runner.apply(TestPlans.first(plans, 1), options());
        handMade("CREATE TABLE core.t_child (extra text) INHERITS (core.t);"
                + " CREATE TABLE core.events_1 PARTITION OF core.events FOR VALUES FROM (0) TO (10)");

        assertThatThrownBy(() -> runner.apply(plans, pastDrift()))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().detail())
                        .contains("Step 2 (sql test.step2) would drop table core.t, and an object")
                        .contains("  - inheritance child core.t_child (depends on table core.t)\n")
                        .contains("Step 3 (sql test.step3) would drop table core.events, and an object")
                        .contains("  - partition core.events_1 (depends on table core.events)\n")
                        .contains("Describe them in the sources"));
    }
}
