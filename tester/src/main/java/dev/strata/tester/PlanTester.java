package dev.strata.tester;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanAssembler;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.PlanResult;
import dev.strata.compiler.planner.Planner;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.catalog.CatalogReader;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code strata test}: proves each plan on a scratch database. The plans are applied in order on one database;
 * for each tested plan it captures the catalog's facts ({@link CatalogFacts}: every user schema, from the same
 * reader drift detection uses) and every table's data, applies the plan through the
 * {@link Runner} (so backups are taken), compares the catalog with the plan's target model built from empty in a
 * second scratch database, checks the facades' declared interfaces, rolls back, compares catalog and data with the
 * snapshot, applies again and compares with the model again. Then the fixtures named after the plan load
 * ({@link Fixtures}), and after the last plan the user's tests run ({@link UserTests}).
 */
public final class PlanTester {

    private static final Duration CONNECT = Duration.ofSeconds(30);

    private final TestRequest request;
    private final ProjectConfig project;
    private final RunnerIdentity identity = RunnerIdentity.current();
    private final ApplyOptions options = ApplyOptions.defaults();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, CatalogFacts> expected = new HashMap<>();

    private PlanTester(TestRequest request) {
        this.request = request;
        this.project = request.project();
    }

    /** Runs the whole test. Problems with the plans or the database become failed checks, never exceptions. */
    public static TestReport run(TestRequest request) {
        return new PlanTester(request).run();
    }

    private TestReport run() {
        long start = System.nanoTime();
        var reports = new ArrayList<PlanReport>();
        MigrationChain chain = MigrationChain.load(project);
        if (!chain.isValid()) {
            reports.add(new PlanReport("migrations", List.of(CheckResult.failed("load plans", 0,
                    String.join("\n", chain.diagnostics().stream().map(PlanTester::describe).toList())))));
            return new TestReport(reports, warnings, millisSince(start));
        }
        PlanChain plans = chain.chain();
        try (ScratchServer server = request.server() == null ? ScratchServer.embedded()
                : ScratchServer.at(request.server())) {
            testPlans(server, chain, plans, reports);
        } catch (SQLException | RuntimeException e) {
            reports.add(new PlanReport("scratch database", List.of(CheckResult.failed("set up", 0, message(e)))));
        }
        return new TestReport(reports, warnings, millisSince(start));
    }

    /**
     * For {@code strata plan}: proves {@code plan}, made after the chain of plans in {@code chain} and not written
     * anywhere yet, the way {@code strata test --last 1} proves a last plan: the earlier plans applied on a scratch
     * database (with their fixtures), {@code request.generatedRows()} rows generated per core table, then the plan
     * applied, compared with its model ({@code model}) built from empty, rolled back (catalog and data compared with
     * before), applied again and compared again. The user's tests are not run (they are for the plan's author to
     * update; {@code strata test} runs them). The scratch databases are made on {@code request.server()}, or on the
     * JVM's scratch server when it is null, and dropped afterwards.
     */
    public static Verified verify(TestRequest request, MigrationChain chain, Plan plan, Model model) {
        long start = System.nanoTime();
        PlanTester tester = new PlanTester(request);
        List<Plan> plans = new ArrayList<>(chain.chain().plans());
        plans.add(plan);
        List<Model> models = new ArrayList<>(chain.links().stream().map(MigrationChain.Link::model).toList());
        models.add(model);
        var reports = new ArrayList<PlanReport>();
        String where = request.server() != null ? request.server().display() : "the embedded scratch server";
        String version = "PostgreSQL";
        try (ScratchServer server = ScratchServer.at(request.server() != null ? request.server()
                : ScratchServer.shared().admin())) {
            try (Connection connection = ScratchServer.connect(server.admin())) {
                version = "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
            }
            tester.testPlans(server, models, PlanChain.of(plan.project(), plans), 1, false, reports);
        } catch (SQLException | RuntimeException e) {
            reports.add(new PlanReport(plan.id(), List.of(CheckResult.failed("scratch database", 0, message(e)))));
        }
        List<CheckResult> checks = new ArrayList<>();
        reports.forEach(report -> checks.addAll(report.checks()));
        return new Verified(new PlanReport(plan.id(), checks), version + " (" + where + ")", millisSince(start));
    }

    /** A plan's verification: its checks, the server they ran on ({@code PostgreSQL 18.1 (…)}), how long it took. */
    public record Verified(PlanReport report, String server, long millis) {
    }

    private void testPlans(ScratchServer server, MigrationChain chain, PlanChain plans, List<PlanReport> reports)
            throws SQLException {
        testPlans(server, chain.links().stream().map(MigrationChain.Link::model).toList(), plans,
                request.lastPlans(), true, reports);
    }

    /**
     * Tests the last {@code lastPlans} of {@code plans} (0: all), {@code models} the model of each; the user's tests
     * run after the last one when {@code userTests}.
     */
    private void testPlans(ScratchServer server, List<Model> models, PlanChain plans, int lastPlans,
                           boolean userTests, List<PlanReport> reports) throws SQLException {
        List<Plan> all = plans.plans();
        int firstTested = lastPlans == 0 ? 0 : Math.max(0, all.size() - lastPlans);
        Fixtures fixtures = Fixtures.in(project.root().resolve("fixtures"));
        Target live = server.newDatabase("strata_test_live");
        try (Database database = Database.connect(live, identity, CONNECT)) {
            Runner runner = new Runner(database, identity, Reporter.silent());
            for (int k = 0; k < all.size(); k++) {
                Plan plan = all.get(k);
                PlanChain upTo = plans.first(k + 1);
                if (k >= firstTested) {
                    var run = new PlanRun(server, database, runner, upTo, plan, models.get(k),
                            userTests && k == all.size() - 1, fixtures, k == 0);
                    reports.add(run.test());
                    if (run.stopped) {
                        skipRest(all.subList(k + 1, all.size()), plan, reports);
                        return;
                    }
                    continue;
                }
                runner.apply(upTo, options);
                try (Connection connection = database.connection()) {
                    fixtures.loadAfter(connection, plan, k == 0);
                } catch (FixtureFailure e) {
                    reports.add(new PlanReport(plan.id(), List.of(CheckResult.failed("fixtures", 0, e.getMessage()))));
                    skipRest(all.subList(k + 1, all.size()), plan, reports);
                    return;
                }
            }
        }
    }

    private static void skipRest(List<Plan> rest, Plan failed, List<PlanReport> reports) {
        for (Plan plan : rest) {
            reports.add(new PlanReport(plan.id(), List.of(CheckResult.skipped("all checks",
                    "not tested: plan " + failed.id() + " could not be brought to its applied state"))));
        }
    }

    /** The checks of one plan, on the live database and a second one built from empty for the model. */
    private final class PlanRun {

        private final ScratchServer server;
        private final Database database;
        private final Runner runner;
        private final PlanChain upTo;
        private final Plan plan;
        private final Model model;
        private final boolean last;
        private final Fixtures fixtures;
        private final boolean first;
        private final List<CheckResult> checks = new ArrayList<>();
        private boolean stopped;

        PlanRun(ScratchServer server, Database database, Runner runner, PlanChain upTo, Plan plan, Model model,
                boolean last, Fixtures fixtures, boolean first) {
            this.fixtures = fixtures;
            this.first = first;
            this.server = server;
            this.database = database;
            this.runner = runner;
            this.upTo = upTo;
            this.plan = plan;
            this.model = model;
            this.last = last;
        }

        PlanReport test() throws SQLException {
            if (request.generatedRows() > 0) {
                try (Connection connection = database.connection()) {
                    DataGenerator.fill(connection, plan.coreSchema(), request.generatedRows(), warnings);
                }
            }
            CatalogFacts catalogBefore;
            SortedMap<String, String> dataBefore;
            try (Connection connection = database.connection()) {
                var rows = CatalogReader.readUserSchemas(connection);
                catalogBefore = CatalogFacts.of(rows);
                dataBefore = DataChecksums.capture(connection, rows);
            }
            if (!check("apply", () -> runner.apply(upTo, options))) {
                stopped = true;
                return report();
            }
            matchesModel("catalog matches model");
            check("facade interfaces", () -> {
                try (Connection connection = database.connection()) {
                    problems(FacadeInterfaces.check(connection, model, plan.coreSchema()));
                }
            });
            if (plan.steps().stream().anyMatch(Step::irreversible)) {
                String reason = "plan " + plan.id() + " has irreversible steps (accepted data loss)";
                checks.add(CheckResult.skipped("rollback", reason));
            } else if (!rollBackAndReapply(catalogBefore, dataBefore)) {
                stopped = true;
                return report();
            }
            if (fixtures.anyAfter(plan, first) && !check("fixtures", () -> {
                try (Connection connection = database.connection()) {
                    fixtures.loadAfter(connection, plan, first);
                }
            })) {
                stopped = true;
                return report();
            }
            if (last) {
                userTests();
            }
            return report();
        }

        /** Rolls the plan back, compares with the state before it, applies it again; false when it cannot go on. */
        private boolean rollBackAndReapply(CatalogFacts catalogBefore, SortedMap<String, String> dataBefore) {
            // a scratch database: the tables the plan created may go (their rows are kept and put back by the re-apply)
            var created = plan.steps().stream().filter(s -> s.reverseBackup() != null && s.target() != null
                    && s.target().kind() == StepTarget.Kind.TABLE)
                    .map(s -> s.target().schema() + "." + s.target().name()).toList();
            if (!check("rollback", () -> runner.rollback(upTo, RollbackRequest.last().droppingTables(created),
                    options))) {
                return false;
            }
            check("rollback restores catalog", () -> {
                try (Connection connection = database.connection()) {
                    problems(catalogBefore.diff(CatalogFacts.capture(connection)),
                            "after rolling back " + plan.id() + " the catalog differs from before it"
                                    + " (- before only, + after only):");
                }
            });
            check("rollback restores data", () -> {
                try (Connection connection = database.connection()) {
                    problems(DataChecksums.diff(dataBefore, DataChecksums.capture(connection,
                                    CatalogReader.readUserSchemas(connection))),
                            "after rolling back " + plan.id() + " the data differs from before it:");
                }
            });
            if (!check("re-apply", () -> runner.apply(upTo, options))) {
                return false;
            }
            matchesModel("re-apply matches model");
            return true;
        }

        private PlanReport report() {
            return new PlanReport(plan.id(), checks);
        }

        private void matchesModel(String name) {
            check(name, () -> {
                CatalogFacts want = expected.get(plan.id());
                if (want == null) {
                    want = buildFromEmpty();
                    expected.put(plan.id(), want);
                }
                try (Connection connection = database.connection()) {
                    CatalogFacts got = CatalogFacts.capture(connection);
                    problems(want.diff(got), "the database after " + plan.id() + " differs from its model built"
                            + " from empty (- model only, + database only, ~ model => database):");
                }
            });
        }

        /** The target model planned from empty and run on a fresh database: what the catalog should look like. */
        private CatalogFacts buildFromEmpty() throws SQLException {
            PlanResult result = Planner.plan(new PlanRequest(Model.EMPTY, model, plan.coreSchema(), plan.id(), true,
                    true));
            if (result.hasErrors()) {
                throw new CheckFailure("cannot plan the model of " + plan.id() + " from empty:\n" + String.join("\n",
                        result.diagnostics().stream().map(PlanTester::describe).toList()));
            }
            Target target = server.newDatabase("strata_test_model");
            Plan fromEmpty = PlanAssembler.inMemory(new PlanAssembler.Header("0001_model-from-empty", 1,
                    "model-from-empty", plan.project(), plan.coreSchema(), null, plan.toolVersion()), Model.EMPTY, model,
                    result);
            // through the Runner, like the plans under test, so what the runtime adds to every plan (facade
            // ownership, pinned search paths of security definer routines) is in the expected catalog too
            try (Database expectedDatabase = Database.connect(target, identity, CONNECT)) {
                new Runner(expectedDatabase, identity, Reporter.silent()).apply(PlanChain.of(plan.project(),
                        List.of(fromEmpty)), options);
            } catch (StrataException e) {
                throw new CheckFailure("the model of " + plan.id() + " built from empty does not apply: "
                        + e.problem().render());
            }
            try (Connection connection = ScratchServer.connect(target)) {
                return CatalogFacts.capture(connection);
            }
        }

        private void userTests() {
            UserTests tests = UserTests.in(project.root().resolve("tests"));
            for (UserTests.TestFile file : tests.files()) {
                check("test " + file.display(), () -> {
                    try (Connection connection = database.connection()) {
                        String failure = tests.run(connection, file, plan.coreSchema());
                        if (failure != null) {
                            throw new CheckFailure(failure);
                        }
                    }
                });
            }
        }

        private boolean check(String name, Work work) {
            long start = System.nanoTime();
            try {
                work.run();
                checks.add(CheckResult.passed(name, millisSince(start)));
                return true;
            } catch (CheckFailure | FixtureFailure e) {
                checks.add(CheckResult.failed(name, millisSince(start), e.getMessage()));
            } catch (StrataException e) {
                checks.add(CheckResult.failed(name, millisSince(start), "plan " + plan.id() + ": "
                        + e.problem().render()));
            } catch (SQLException | RuntimeException e) {
                checks.add(CheckResult.failed(name, millisSince(start), message(e)));
            }
            return false;
        }
    }

    private static void problems(List<String> lines) {
        if (!lines.isEmpty()) {
            throw new CheckFailure(String.join("\n", lines));
        }
    }

    private static void problems(List<String> lines, String heading) {
        if (!lines.isEmpty()) {
            throw new CheckFailure(heading + "\n" + String.join("\n", lines));
        }
    }

    private static String describe(Diagnostic d) {
        return d.span().file() + ":" + d.span().line() + ": " + d.code() + " " + d.message();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /** A check's failure with the message to show. */
    static final class CheckFailure extends RuntimeException {
        CheckFailure(String message) {
            super(message);
        }
    }
}
