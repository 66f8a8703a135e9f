package dev.strata.fleet;

import dev.strata.engine.ApplyResult;
import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.Status;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.DatabaseErrors;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.facade.PromoteResult;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * Runs one set of sealed plans over a fleet, ring after ring, with the engine's {@link Runner} on every target:
 * each target keeps its own history and advisory lock, so a plan is never applied twice to a target however many
 * runners work on the fleet, and a second run continues where every target stands. Within a ring at most
 * {@code parallelism} targets are worked on at once, each through one connection; a failure in a ring whose
 * on-failure is stop starts no other target of that ring and leaves every later ring untouched.
 */
public final class FleetRunner {

    /** A health check running longer than this fails. */
    static final int HEALTH_TIMEOUT_SECONDS = 60;

    private final List<FleetTargets.RingTargets> rings;
    private final RunnerIdentity identity;
    private final Reporter reporter;
    private final Duration connectTimeout;
    private final Sleeper sleeper;

    /** How the runner waits out a ring's bake time (tests replace it to see the wait without waiting). */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public FleetRunner(List<FleetTargets.RingTargets> rings, RunnerIdentity identity, Reporter reporter,
                       Duration connectTimeout) {
        this(rings, identity, reporter, connectTimeout, duration -> Thread.sleep(duration.toMillis()));
    }

    public FleetRunner(List<FleetTargets.RingTargets> rings, RunnerIdentity identity, Reporter reporter,
                       Duration connectTimeout, Sleeper sleeper) {
        this.rings = List.copyOf(rings);
        this.identity = identity;
        this.reporter = reporter;
        this.connectTimeout = connectTimeout;
        this.sleeper = sleeper;
    }

    /** Applies the pending plans on every target, ring by ring; see the class comment for stop-the-line. */
    public FleetResult apply(PlanChain plans, ApplyOptions options) {
        return rollout("apply", plans.project(), rings, (ring, target, log) -> applyOne(ring, target, plans, options,
                log));
    }

    /**
     * Applies the pending plans on the targets of one ring only (one pipeline job per ring), after checking, from
     * each target's own history, that every target of the rings before it has every plan; if one has not, nothing
     * is applied and the problem names the targets (INVALID: exit code 1).
     */
    public FleetResult apply(PlanChain plans, ApplyOptions options, String onlyRing) {
        int index = -1;
        for (int i = 0; i < rings.size(); i++) {
            if (rings.get(i).ring().name().equals(onlyRing)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "The fleet has no ring named '" + onlyRing
                    + "'.", "Its rings are " + String.join(", ", rings.stream().map(r -> r.ring().name()).toList())
                    + "."));
        }
        for (FleetTargets.RingTargets earlier : rings.subList(0, index)) {
            String name = earlier.ring().name();
            List<String> notDone = inParallel(earlier, false, (target, log) -> statusOne(name, target, plans, log))
                    .stream().filter(outcome -> outcome.state() != TargetOutcome.State.CURRENT)
                    .map(outcome -> outcome.target() + " (" + outcome.state().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ') + ")").toList();
            if (!notDone.isEmpty()) {
                throw new StrataException(new Problem(ProblemKind.INVALID, "Ring " + onlyRing + " cannot start: ring "
                        + name + " before it is not done on " + count(notDone.size(), "target") + ": "
                        + String.join(", ", notDone.subList(0, Math.min(5, notDone.size())))
                        + (notDone.size() > 5 ? ", …" : "") + "; nothing was applied.", "Finish ring " + name
                        + " first (strata fleet apply --ring " + name + ", or strata fleet apply for every ring in"
                        + " order); strata fleet status shows where each target stands."));
            }
        }
        return rollout("apply", plans.project(), List.of(rings.get(index)), (ring, target, log) -> applyOne(ring,
                target, plans, options, log));
    }

    /**
     * Rolls every target back to plan {@code toSequence} (0: every plan), ring by ring in reverse order, so that
     * a later ring is never ahead of an earlier one; a target with nothing after that sequence is current. Only a
     * sequence, never a count of steps: a second run (after a stop, or by a second runner) must not roll back more.
     */
    public FleetResult rollback(PlanChain plans, int toSequence, java.util.Set<String> dropTables,
                                ApplyOptions options) {
        RollbackRequest request = RollbackRequest.to(toSequence).droppingTables(dropTables);
        List<FleetTargets.RingTargets> reversed = new ArrayList<>(rings);
        java.util.Collections.reverse(reversed);
        return rollout("rollback", plans.project(), reversed, (ring, target, log) -> rollbackOne(ring, target, plans,
                request, options, log));
    }

    /**
     * Makes {@code request}'s facade version live on every target, ring by ring (the canary ring's roles first); a
     * target where that version is live already is current. Only an explicit version: {@code --previous} means a
     * different version on a target promoted twice.
     */
    public FleetResult promote(String project, PromoteRequest request, ApplyOptions options) {
        if (request.previous()) {
            throw new IllegalArgumentException("a fleet promotes a named version only");
        }
        return rollout("promote", project, rings, (ring, target, log) -> promoteOne(ring, target, request, options,
                log));
    }

    private interface Work {
        TargetOutcome run(String ring, FleetTarget target, Reporter log);
    }

    private FleetResult rollout(String command, String project, List<FleetTargets.RingTargets> order, Work work) {
        List<RingResult> results = new ArrayList<>();
        String stoppedAt = null;
        for (FleetTargets.RingTargets ring : order) {
            String name = ring.ring().name();
            if (stoppedAt != null) {
                results.add(new RingResult(name, ring.targets().stream()
                        .map(target -> TargetOutcome.untouched(name, target, TargetOutcome.State.UNTOUCHED))
                        .toList(), Duration.ZERO, false, false));
                continue;
            }
            reporter.info("ring " + name + ": " + count(ring.targets().size(), "target") + ", "
                    + ring.ring().parallelism() + " at a time");
            boolean stopOnFailure = ring.ring().onFailure() == Ring.OnFailure.STOP;
            List<TargetOutcome> outcomes = inParallel(ring, stopOnFailure,
                    (target, log) -> work.run(name, target, log));
            Duration baked = Duration.ZERO;
            boolean changed = outcomes.stream().anyMatch(TargetOutcome::changed);
            boolean failed = outcomes.stream().anyMatch(TargetOutcome::failed);
            if (changed && !ring.ring().bake().isZero() && !(failed && stopOnFailure)) {
                reporter.info("ring " + name + ": baking for " + text(ring.ring().bake()));
                baked = bake(ring.ring().bake());
            }
            boolean checked = false;
            if (ring.ring().checksHealth() && !(failed && stopOnFailure)) {
                outcomes = health(ring, outcomes);
                checked = true;
                failed = outcomes.stream().anyMatch(TargetOutcome::failed);
                long unhealthy = outcomes.stream().filter(o -> o.state() == TargetOutcome.State.UNHEALTHY).count();
                reporter.info("ring " + name + ": health check " + (unhealthy == 0 ? "passed" : "failed on "
                        + unhealthy + " of " + outcomes.size() + " targets"));
            }
            boolean stops = failed && stopOnFailure;
            if (stops) {
                stoppedAt = name;
                reporter.warn("ring " + name + " failed and its on-failure is stop: every later ring is left"
                        + " untouched");
            }
            results.add(new RingResult(name, outcomes, baked, checked, stops));
        }
        return new FleetResult(command, project, results, stoppedAt);
    }

    /** What apply would do on every target (a dry run of each target's apply); changes nothing. */
    public FleetResult plan(PlanChain plans, ApplyOptions options) {
        ApplyOptions dryRun = options.withDryRun(true);
        List<RingResult> results = new ArrayList<>();
        for (FleetTargets.RingTargets ring : rings) {
            String name = ring.ring().name();
            results.add(new RingResult(name, inParallel(ring, false,
                    (target, log) -> planOne(name, target, plans, dryRun, log)), Duration.ZERO, false, false));
        }
        return new FleetResult("plan", plans.project(), results, null);
    }

    /** Where every target stands: current plan, pending plans, drift, a runner at work; changes nothing. */
    public FleetResult status(PlanChain plans) {
        List<RingResult> results = new ArrayList<>();
        for (FleetTargets.RingTargets ring : rings) {
            String name = ring.ring().name();
            results.add(new RingResult(name, inParallel(ring, false,
                    (target, log) -> statusOne(name, target, plans, log)), Duration.ZERO, false, false));
        }
        return new FleetResult("status", plans.project(), results, null);
    }

    /** The runs of a target the report shows: its last ones. */
    static final int REPORTED_RUNS = 20;

    /**
     * What the status page shows: {@link #status} of every target, and of each its live facade versions and its
     * last {@value #REPORTED_RUNS} applies and rollbacks, read at most eight targets at a time; changes nothing.
     */
    public FleetReport report(PlanChain plans) {
        FleetResult status = status(plans);
        List<FleetTarget> all = rings.stream().flatMap(ring -> ring.targets().stream()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, all.size())));
        try {
            List<FleetReport.RingReport> report = new ArrayList<>();
            for (int r = 0; r < rings.size(); r++) {
                List<FleetTarget> targets = rings.get(r).targets();
                List<Future<FleetReport.TargetReport>> details = new ArrayList<>();
                for (int t = 0; t < targets.size(); t++) {
                    TargetOutcome outcome = status.rings().get(r).targets().get(t);
                    FleetTarget target = targets.get(t);
                    details.add(pool.submit(() -> details(target, outcome)));
                }
                List<FleetReport.TargetReport> read = new ArrayList<>();
                for (Future<FleetReport.TargetReport> detail : details) {
                    read.add(detail.get());
                }
                report.add(new FleetReport.RingReport(rings.get(r).ring().name(), read));
            }
            return new FleetReport(plans.project(), java.time.Instant.now(), report);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the fleet", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a target failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A target's live versions and recent runs; none when it cannot be read (its status says why). */
    private FleetReport.TargetReport details(FleetTarget target, TargetOutcome status) {
        if (status.state() == TargetOutcome.State.FAILED) {
            return new FleetReport.TargetReport(status, List.of(), List.of(), "the status could not be read");
        }
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            Runner runner = new Runner(database, identity, Reporter.silent());
            List<String> live = runner.facades().stream().filter(release -> release.live())
                    .map(release -> release.label()).toList();
            List<FleetReport.Run> runs = runner.history().stream()
                    .filter(row -> row.action().equals("apply") || row.action().equals("rollback"))
                    .map(row -> new FleetReport.Run(row.planId(), row.action(), row.outcome(), row.startedAt(),
                            row.durationMs()))
                    .toList();
            return new FleetReport.TargetReport(status, live,
                    runs.subList(Math.max(0, runs.size() - REPORTED_RUNS), runs.size()), null);
        } catch (StrataException e) {
            return new FleetReport.TargetReport(status, List.of(), List.of(), e.problem().title());
        }
    }

    private TargetOutcome applyOne(String ring, FleetTarget target, PlanChain plans, ApplyOptions options,
                                   Reporter log) {
        long start = System.nanoTime();
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            ApplyResult result = new Runner(database, identity, log).apply(plans, options);
            // a successful apply leaves the target at the chain's last plan
            String at = plans.plans().isEmpty() ? null : plans.plans().get(plans.plans().size() - 1).id();
            TargetOutcome.State state = result.nothingToDo() ? TargetOutcome.State.CURRENT
                    : TargetOutcome.State.APPLIED;
            return new TargetOutcome(ring, target.name(), target.target().display(), state, result.applied(),
                    result.resumed(), at, millis(start), null, null);
        } catch (StrataException e) {
            return failure(ring, target, e, start, log);
        } catch (RuntimeException e) {
            return internal(ring, target, e, start, log);
        }
    }

    private TargetOutcome rollbackOne(String ring, FleetTarget target, PlanChain plans, RollbackRequest request,
                                      ApplyOptions options, Reporter log) {
        long start = System.nanoTime();
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            List<String> done = new Runner(database, identity, log).rollback(plans, request, options);
            TargetOutcome.State state = done.isEmpty() ? TargetOutcome.State.CURRENT
                    : TargetOutcome.State.ROLLED_BACK;
            int sequence = request.toSequence();
            String at = sequence == 0 || sequence > plans.plans().size() ? null : plans.plans().get(sequence - 1).id();
            return new TargetOutcome(ring, target.name(), target.target().display(), state, done, null, at,
                    millis(start), null, null);
        } catch (StrataException e) {
            return failure(ring, target, e, start, log);
        } catch (RuntimeException e) {
            return internal(ring, target, e, start, log);
        }
    }

    private TargetOutcome promoteOne(String ring, FleetTarget target, PromoteRequest request, ApplyOptions options,
                                     Reporter log) {
        long start = System.nanoTime();
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            Runner runner = new Runner(database, identity, log);
            boolean live = runner.facades().stream().anyMatch(release -> release.facade().equals(request.facade())
                    && release.version() == request.version() && release.live());
            if (live) {
                return new TargetOutcome(ring, target.name(), target.target().display(), TargetOutcome.State.CURRENT,
                        List.of(), null, null, millis(start), null, null);
            }
            PromoteResult result = runner.promote(request, options);
            log.info("promoted " + result.facade() + " v" + result.version() + (result.previous() == null ? ""
                    : " (was v" + result.previous() + ")"));
            return new TargetOutcome(ring, target.name(), target.target().display(), TargetOutcome.State.PROMOTED,
                    List.of(result.facade() + " v" + result.version()), null, null, millis(start), null, null);
        } catch (StrataException e) {
            return failure(ring, target, e, start, log);
        } catch (RuntimeException e) {
            return internal(ring, target, e, start, log);
        }
    }

    private TargetOutcome planOne(String ring, FleetTarget target, PlanChain plans, ApplyOptions options,
                                  Reporter log) {
        long start = System.nanoTime();
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            ApplyResult result = new Runner(database, identity, log).apply(plans, options);
            TargetOutcome.State state = result.nothingToDo() ? TargetOutcome.State.CURRENT
                    : TargetOutcome.State.PENDING;
            return new TargetOutcome(ring, target.name(), target.target().display(), state, result.applied(),
                    result.resumed(), null, millis(start), null, null);
        } catch (StrataException e) {
            return failure(ring, target, e, start, log);
        } catch (RuntimeException e) {
            return internal(ring, target, e, start, log);
        }
    }

    private TargetOutcome statusOne(String ring, FleetTarget target, PlanChain plans, Reporter log) {
        long start = System.nanoTime();
        try (Database database = Database.connect(target.target(), identity, connectTimeout)) {
            Status status = new Runner(database, identity, log).status(plans);
            TargetOutcome.State state;
            String failure = null;
            if (status.inProgress() != null) {
                state = TargetOutcome.State.RUNNING;
                failure = status.inProgress().action() + " of " + status.inProgress().planId() + " by "
                        + status.inProgress().runner() + ", started " + status.inProgress().startedAt();
            } else if (status.drift().drifted()) {
                state = TargetOutcome.State.DRIFTED;
                failure = "the live schema differs from what the last apply left";
            } else if (status.lastFailure() != null) {
                state = TargetOutcome.State.LAST_ATTEMPT_FAILED;
                failure = status.lastFailure().action() + " of " + status.lastFailure().planId() + ": "
                        + status.lastFailure().errorSummary();
            } else {
                state = status.pendingPlans().isEmpty() ? TargetOutcome.State.CURRENT : TargetOutcome.State.PENDING;
            }
            return new TargetOutcome(ring, target.name(), target.target().display(), state, status.pendingPlans(),
                    null, status.currentPlan(), millis(start), null, failure);
        } catch (StrataException e) {
            return failure(ring, target, e, start, log);
        } catch (RuntimeException e) {
            return internal(ring, target, e, start, log);
        }
    }

    private TargetOutcome failure(String ring, FleetTarget target, StrataException e, long start, Reporter log) {
        log.warn("failed: " + e.problem().title());
        return new TargetOutcome(ring, target.name(), target.target().display(), TargetOutcome.State.FAILED,
                List.of(), null, null, millis(start), e.kind(), e.problem().render());
    }

    private TargetOutcome internal(String ring, FleetTarget target, RuntimeException e, long start, Reporter log) {
        log.warn("failed: internal error: " + e);
        return new TargetOutcome(ring, target.name(), target.target().display(), TargetOutcome.State.FAILED,
                List.of(), null, null, millis(start), null, "internal error: " + e + ". This is a bug in Strata;"
                + " please report it.");
    }

    /**
     * Runs {@code work} on the ring's targets, at most parallelism at once; with {@code stopOnFailure} a failed
     * target keeps the targets not started yet from starting (they are skipped). Outcomes come in target order.
     */
    private List<TargetOutcome> inParallel(FleetTargets.RingTargets ring, boolean stopOnFailure,
                                           BiFunction<FleetTarget, Reporter, TargetOutcome> work) {
        if (ring.targets().isEmpty()) {
            return List.of();
        }
        AtomicBoolean halted = new AtomicBoolean(false);
        String name = ring.ring().name();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ring.ring().parallelism(),
                ring.targets().size()));
        try {
            List<Future<TargetOutcome>> futures = new ArrayList<>();
            for (FleetTarget target : ring.targets()) {
                futures.add(pool.submit(() -> {
                    if (halted.get()) {
                        return TargetOutcome.untouched(name, target, TargetOutcome.State.SKIPPED);
                    }
                    TargetOutcome outcome = work.apply(target, prefixed(name + "/" + target.name()));
                    if (stopOnFailure && outcome.failed()) {
                        halted.set(true);
                    }
                    return outcome;
                }));
            }
            List<TargetOutcome> outcomes = new ArrayList<>();
            for (Future<TargetOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException(new Problem(ProblemKind.DATABASE, "The fleet run was interrupted in ring "
                    + name + ".", "Targets being worked on finish or roll back as a single apply would; run the"
                    + " fleet command again to continue where every target stands."), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fleet task failed outside its own handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<TargetOutcome> health(FleetTargets.RingTargets ring, List<TargetOutcome> outcomes) {
        List<TargetOutcome> checked = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            TargetOutcome outcome = outcomes.get(i);
            if (outcome.failed() || outcome.state() == TargetOutcome.State.SKIPPED) {
                checked.add(outcome);
                continue;
            }
            FleetTarget target = ring.targets().get(i);
            String problem = ring.ring().health() == null ? null : healthProblem(target, ring.ring().health());
            if (problem == null && ring.ring().healthCommand() != null) {
                problem = ring.ring().healthCommand().problem(ring.ring().name(), target, HEALTH_TIMEOUT_SECONDS);
            }
            if (problem == null) {
                checked.add(outcome);
            } else {
                prefixed(ring.ring().name() + "/" + outcome.target()).warn("health check failed: " + problem);
                checked.add(new TargetOutcome(outcome.ring(), outcome.target(), outcome.display(),
                        TargetOutcome.State.UNHEALTHY, outcome.plans(), outcome.resumed(), outcome.currentPlan(),
                        outcome.durationMs(), ProblemKind.INVALID, "health check failed: " + problem));
            }
        }
        return checked;
    }

    /** Null when {@code sql} returns one row whose first column is true; else what it returned or why it failed. */
    private String healthProblem(FleetTarget target, String sql) {
        try (Database database = Database.connect(target.target(), identity, connectTimeout);
             Connection connection = database.connection()) {
            // pgjdbc makes a transaction read-only, not an autocommit statement: open one
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
                try (ResultSet rows = statement.executeQuery(sql)) {
                    if (!rows.next()) {
                        return "it returned no row (it must return one row whose first column is true)";
                    }
                    Object value = rows.getObject(1);
                    if (rows.next()) {
                        return "it returned more than one row (it must return one row whose first column is true)";
                    }
                    return Boolean.TRUE.equals(value) ? null : "it returned " + value + ", not true";
                }
            }
        } catch (SQLException e) {
            return DatabaseErrors.translate(e, target.target()).render();
        } catch (StrataException e) {
            return e.problem().render();
        }
    }

    private Duration bake(Duration duration) {
        try {
            sleeper.sleep(duration);
            return duration;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException(new Problem(ProblemKind.DATABASE, "The fleet run was interrupted while"
                    + " baking.", "Run the fleet command again: it continues where every target stands."), e);
        }
    }

    private Reporter prefixed(String label) {
        return new Reporter() {
            @Override
            public void info(String line) {
                // a target's indented lines are the steps of a plan: with many targets they would drown the rest;
                // each target's history has them
                if (!line.startsWith(" ")) {
                    reporter.info("[" + label + "] " + line);
                }
            }

            @Override
            public void warn(String line) {
                reporter.warn("[" + label + "] " + line);
            }
        };
    }

    /** {@code 500ms}, {@code 90s}. */
    static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
