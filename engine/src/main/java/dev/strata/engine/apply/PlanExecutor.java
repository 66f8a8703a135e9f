package dev.strata.engine.apply;

import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.drift.DriftDetector;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.facade.FacadeBreakage;
import dev.strata.engine.facade.FacadeDeployment;
import dev.strata.engine.session.Session;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.engine.state.BackupCatalog;
import dev.strata.engine.state.BackupEntry;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.engine.state.HistoryStore;
import dev.strata.engine.state.StateSchema;
import dev.strata.plan.Backup;
import dev.strata.plan.Plan;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one plan forward or backward on a locked connection. Forward: one transaction holds the backups, every
 * transactional step and the history row; it is retried whole when a statement hits lock_timeout. Steps that cannot
 * run in a transaction follow in a resumable phase, each recorded in {@code strata.deferred_step} once done.
 * Backward: the reverse SQL in reverse order, deferred steps first (they ran last), then one transaction. Any
 * failure rolls back, is recorded in its own transaction as a failure row, and is reported with the step's SQL.
 */
public final class PlanExecutor {

    /** The non-transactional steps of an apply, started and finished; resuming skips the finished ones. */
    private static final String DEFERRED_STEP = "deferred_step";

    private final Connection connection;
    private final RunContext context;
    /** When the current run of non-transactional steps began: the start of a failure row of its own. */
    private Instant deferredStart = Instant.now();
    private String knownCatalog;
    private String lastCapture;
    /** The core schema the session's search_path is set for; null when unknown (new session, rolled back). */
    private String searchPathSchema;

    /**
     * {@code liveCatalog} is the fingerprint of the live schema as the caller just captured it (the drift check),
     * so the first plan need not capture it again; later plans start from the previous plan's result.
     */
    public PlanExecutor(Connection connection, RunContext context, String liveCatalog) {
        this.connection = connection;
        this.context = context;
        this.knownCatalog = liveCatalog;
    }

    private String catalogNow() throws SQLException {
        if (knownCatalog == null) {
            knownCatalog = context.drift().capture(connection).fingerprint();
        }
        return knownCatalog;
    }

    /** Applies {@code plan}: its transaction, then its deferred steps. Returns the history row's id. */
    public long apply(Plan plan) throws SQLException {
        String catalogBefore = catalogNow();
        knownCatalog = null;
        long historyId = attempt(start(plan, HistoryEntry.APPLY, plan.fingerprintBefore(), plan.fingerprintAfter(),
                catalogBefore));
        try {
            withRetries(plan, "apply", () -> applyTransactional(plan, historyId));
        } catch (StepFailure failure) {
            throw failed(failure, HistoryEntry.APPLY, historyId, "Nothing of this plan remains: its transaction was"
                    + " rolled back.");
        } catch (SQLException | RuntimeException e) {
            abandon(historyId, e);
            throw e;
        }
        if (!offline() && plan.steps().stream().anyMatch(plan::deferred)) {
            runDeferred(plan, historyId);
        }
        knownCatalog = lastCapture;
        return historyId;
    }

    /** {@code apply --offline}: every step of a plan not started yet in the plan's one transaction. */
    private boolean offline() {
        return context.options().offline();
    }

    /** Whether {@code step} runs after the plan's first transaction in this apply. */
    private boolean deferredHere(Plan plan, Step step) {
        return !offline() && plan.deferred(step);
    }

    /** Resumes the deferred steps of a plan whose transactional part committed earlier. */
    public void resume(Plan plan, AppliedPlan applied) throws SQLException {
        context.reporter().info("resuming plan " + plan.id() + ": its transactional part is applied, finishing its"
                + " non-transactional steps" + (offline() ? " as they were planned (--offline applies to plans not"
                + " started yet: this one's first transaction is committed)" : ""));
        knownCatalog = null;
        runDeferred(plan, applied.historyId());
        knownCatalog = lastCapture;
    }

    /**
     * Writes the attempt's history row, outcome running, and commits it before the plan's transaction starts, so an
     * attempt whose runner dies stays on record (the next runner marks it interrupted). Returns its id.
     */
    private long attempt(HistoryStore.Start start) throws SQLException {
        connection.setAutoCommit(true);
        return new HistoryStore(connection).insert(start, HistoryEntry.RUNNING);
    }

    /**
     * The attempt ended in an error other than a step's (the connection lost, a bug): its row says failed when the
     * connection still works; when it does not, the row stays running and the next runner marks it interrupted.
     */
    private void abandon(long attemptId, Exception cause) {
        try {
            Session.rollbackQuietly(connection);
            connection.setAutoCommit(true);
            new HistoryStore(connection).finish(attemptId, HistoryEntry.FAILED, null, null, "Strata stopped: "
                    + cause);
        } catch (SQLException e) {
            context.reporter().warn("could not record the end of this attempt in strata.history (" + e.getMessage()
                    + "); the next runner marks it interrupted");
        }
    }

    private long applyTransactional(Plan plan, long id) throws StepFailure, SQLException {
        connection.setAutoCommit(false);
        HistoryStore history = new HistoryStore(connection);
        BackupCatalog backups = new BackupCatalog(connection);
        List<Step> deferred = new ArrayList<>();
        guardDependents(plan, plan.steps(), true);
        if (offline() && plan.steps().stream().anyMatch(plan::deferred)) {
            context.reporter().info("  --offline: every step in this one transaction; nothing of the plan remains"
                    + " if one fails");
        }
        for (Step step : plan.steps()) {
            if (deferredHere(plan, step)) {
                // a backup of a step outside any transaction is taken here, before anything changed; one of a later
                // transaction, in that transaction, just before its step
                if (step.backup() != null && !step.transactional()) {
                    takeBackup(plan, step, step.backup(), id, backups, BackupEntry.APPLY);
                }
                deferred.add(step);
                continue;
            }
            if (step.backup() != null) {
                takeBackup(plan, step, step.backup(), id, backups, BackupEntry.APPLY);
            }
            context.reporter().info("  step " + step.number() + ": " + step.change() + " " + step.object());
            run(plan, step, StepFailure.Part.STEP, offline() ? step.sqlInOneTransaction() : step.sql());
            putBackWhatARollbackKept(plan, step, backups);
        }
        FacadeDeployment.afterSteps(connection, plan, true);
        String catalogAfter = DriftDetector.store(connection, context.drift().capture(connection));
        lastCapture = catalogAfter;
        history.finish(id, deferred.isEmpty() ? HistoryEntry.APPLIED : HistoryEntry.INCOMPLETE, catalogAfter, null,
                null);
        for (Step step : deferred) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.insertInto(StateSchema.SCHEMA, DEFERRED_STEP,
                    List.of("history_id", "step")).kw("VALUES").params(2).build())) {
                ps.setLong(1, id);
                ps.setInt(2, step.number());
                ps.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        return id;
    }

    /**
     * A rollback of this plan kept what the step's reverse removed (the values of an added column, the rows of a
     * created table): now that the step has run again, they go back in, and the backup is marked restored.
     */
    private void putBackWhatARollbackKept(Plan plan, Step step, BackupCatalog backups)
            throws StepFailure, SQLException {
        Backup kept = step.reverseBackup();
        if (kept == null || kept.restoreSql() == null || !backups.keptByRollback(plan.id(), step.number())) {
            return;
        }
        context.reporter().info("  restoring what the rollback kept of " + kept.source() + " from "
                + StateSchema.BACKUP_SCHEMA + "." + kept.table());
        run(plan, step, StepFailure.Part.RESTORE, kept.restoreSql());
        backups.markRestored(plan.id(), step.number(), BackupEntry.ROLLBACK);
    }

    private void takeBackup(Plan plan, Step step, Backup backup, long historyId, BackupCatalog backups,
                            String takenBy) throws StepFailure, SQLException {
        context.reporter().info("  backup of " + backup.source() + " (" + String.join(", ", backup.columns())
                + ") into " + StateSchema.BACKUP_SCHEMA + "." + backup.table());
        run(plan, step, StepFailure.Part.BACKUP, Sql.of("CREATE SCHEMA IF NOT EXISTS").id(StateSchema.BACKUP_SCHEMA)
                .build());
        backups.moveAsideExisting(backup.table());
        run(plan, step, StepFailure.Part.BACKUP, backup.captureSql());
        long rows = backups.countRows(backup.table());
        backups.record(backup.table(), plan.id(), plan.sequence(), step.number(), backup.source(), backup.columns(),
                backup.keyColumns(), rows, historyId, takenBy);
    }

    private void runDeferred(Plan plan, long historyId) throws SQLException {
        deferredStart = Instant.now();
        connection.setAutoCommit(true);
        Set<Integer> done = finishedDeferred(historyId);
        HistoryStore history = new HistoryStore(connection);
        String catalogAfter = null;
        List<Step> remaining = plan.steps().stream()
                .filter(step -> plan.deferred(step) && !done.contains(step.number())).toList();
        for (List<Step> run : Plan.runs(remaining)) {
            if (run.get(0).transactional()) {
                runLaterTransaction(plan, historyId, run);
            } else {
                runOutside(plan, historyId, run.get(0));
            }
            catalogAfter = DriftDetector.store(connection, context.drift().capture(connection));
            history.catalogAfter(historyId, catalogAfter);
        }
        if (catalogAfter == null) {
            catalogAfter = DriftDetector.store(connection, context.drift().capture(connection));
        }
        history.finish(historyId, HistoryEntry.APPLIED, catalogAfter, null, null);
        lastCapture = catalogAfter;
    }

    private void runOutside(Plan plan, long historyId, Step step) throws SQLException {
        context.reporter().info("  step " + step.number() + " (outside a transaction): " + step.change() + " "
                + step.object());
        InvalidIndexes.cleanUp(connection, step, context.reporter());
        markDeferred(historyId, step, "started_at");
        try {
            if (step.backfill() != null) {
                guardDependents(plan, List.of(step), true);
                new BackfillRunner(connection, context, plan, step, historyId).run();
            } else {
                Duration timeout = context.options().lockTimeoutOutside(step.lock());
                boolean longer = !timeout.equals(context.options().lockTimeout());
                if (longer) {
                    Session.lockTimeout(connection, timeout);
                }
                try {
                    withRetries(plan, "apply", () -> {
                        InvalidIndexes.cleanUp(connection, step, context.reporter());
                        guardDependents(plan, List.of(step), true);
                        run(plan, step, StepFailure.Part.STEP, step.sql());
                        return 0L;
                    });
                } finally {
                    if (longer) {
                        Session.lockTimeout(connection, context.options().lockTimeout());
                    }
                }
            }
        } catch (StepFailure failure) {
            cleanUpAfterFailure(step);
            throw failed(failure, HistoryEntry.APPLY, null, "The transactional part of this plan is committed"
                    + " and stays; this non-transactional step and those after it did not run. Fix the cause and"
                    + " run apply again to resume here, or roll the plan back.");
        }
        markDeferred(historyId, step, "finished_at");
    }

    /**
     * Transactional steps after a step outside the transaction (the switch of an online change, and what reads its
     * result): one transaction of their own, retried whole on lock_timeout, recorded done in the same transaction,
     * so a runner killed in it leaves them all to do again.
     */
    private void runLaterTransaction(Plan plan, long historyId, List<Step> run) throws SQLException {
        try {
            withRetries(plan, "apply", () -> {
                connection.setAutoCommit(false);
                BackupCatalog backups = new BackupCatalog(connection);
                guardDependents(plan, run, true);
                for (Step step : run) {
                    context.reporter().info("  step " + step.number() + " (a later transaction): " + step.change()
                            + " " + step.object());
                    if (step.backup() != null) {
                        takeBackup(plan, step, step.backup(), historyId, backups, BackupEntry.APPLY);
                    }
                    run(plan, step, StepFailure.Part.STEP, step.sql());
                    putBackWhatARollbackKept(plan, step, backups);
                    markDeferred(historyId, step, "started_at");
                    markDeferred(historyId, step, "finished_at");
                }
                FacadeDeployment.settleOwnership(connection, plan);
                connection.commit();
                connection.setAutoCommit(true);
                return 0L;
            });
        } catch (StepFailure failure) {
            throw failed(failure, HistoryEntry.APPLY, null, "The plan's first transaction and the steps after it up"
                    + " to this one's transaction are committed and stay; this transaction was rolled back, and it"
                    + " and the steps after it did not run. Fix the cause and run apply again to resume here, or roll"
                    + " the plan back.");
        }
    }

    /**
     * Drops what a failed concurrent build left. That drop waits for the same open transactions the build waited for,
     * so it may time out too: then the step's own failure is still the one reported, and the next apply drops the
     * leftover before it runs the step again.
     */
    private void cleanUpAfterFailure(Step step) {
        try {
            InvalidIndexes.cleanUp(connection, step, context.reporter());
        } catch (SQLException e) {
            Session.rollbackQuietly(connection);
            context.reporter().warn("could not drop the invalid index left by step " + step.number() + " ("
                    + e.getMessage() + "); the next apply drops it before it runs the step again");
        }
    }

    /**
     * Records a capture of the live schema in the current format, with a {@code recapture} history row that names
     * the plan in effect ({@code current}, null when none is), when the expected capture ({@code expected}) is of an
     * older format and no plan is applied to record one. Returns the history row's id.
     */
    public long recapture(Plan current, String expected) throws SQLException {
        connection.setAutoCommit(false);
        try {
            String catalog = DriftDetector.store(connection, context.drift().capture(connection));
            HistoryStore history = new HistoryStore(connection);
            long id = history.insert(new HistoryStore.Start(context.project(), HistoryEntry.RECAPTURE,
                    current == null ? "(none)" : current.id(), current == null ? 0 : current.sequence(),
                    current == null ? "" : current.checksum(), null, null, expected, Instant.now(),
                    context.identity(), context.options().allowDrift(), false), HistoryEntry.RUNNING);
            history.finish(id, HistoryEntry.APPLIED, catalog, null, null);
            connection.commit();
            knownCatalog = catalog;
            return id;
        } catch (SQLException | RuntimeException e) {
            Session.rollbackQuietly(connection);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Rolls {@code plan} back: reverse SQL in reverse order, restoring backups, with a history row. */
    public long rollback(Plan plan, AppliedPlan applied, Set<String> dropTables) throws SQLException {
        refuseIrreversible(plan);
        refuseDroppingTablesWithRows(plan, dropTables);
        String catalogBefore = catalogNow();
        knownCatalog = null;
        Set<Integer> deferredDone = applied.incomplete() ? finishedDeferred(applied.historyId()) : allDeferred(plan);
        List<Step> reversed = plan.stepsBackwards();
        long historyId = attempt(start(plan, HistoryEntry.ROLLBACK, plan.fingerprintAfter(), plan.fingerprintBefore(),
                catalogBefore));
        try {
            List<Step> reversedFirst = reversed.stream()
                    .filter(step -> plan.deferred(step) && deferredDone.contains(step.number())).toList();
            if (!reversedFirst.isEmpty()) {
                // the deferred reverses run before the rollback's transaction: check every reverse first
                guardDependents(plan, reversed, false);
            }
            for (List<Step> run : Plan.runs(reversedFirst)) {
                if (run.get(0).transactional()) {
                    withRetries(plan, "rollback", () -> {
                        connection.setAutoCommit(false);
                        BackupCatalog backups = new BackupCatalog(connection);
                        for (Step step : run) {
                            context.reporter().info("  reverse of step " + step.number() + " (a later transaction)");
                            if (step.reverseBackup() != null) {
                                takeBackup(plan, step, step.reverseBackup(), historyId, backups,
                                        BackupEntry.ROLLBACK);
                            }
                            run(plan, step, StepFailure.Part.REVERSE, step.reverseSql());
                            if (step.backup() != null) {
                                backups.markRestored(plan.id(), step.number(), BackupEntry.APPLY);
                            }
                        }
                        connection.commit();
                        connection.setAutoCommit(true);
                        return 0L;
                    });
                    continue;
                }
                Step step = run.get(0);
                context.reporter().info("  reverse of step " + step.number() + " (outside a transaction)");
                withRetries(plan, "rollback", () -> {
                    if (step.drops().contains(step.target())) {
                        // the reverse builds the dropped index again: an earlier failed build left it invalid
                        InvalidIndexes.cleanUp(connection, step, context.reporter());
                    }
                    run(plan, step, StepFailure.Part.REVERSE, step.reverseSql());
                    return 0L;
                });
            }
            withRetries(plan, "rollback", () -> rollbackTransactional(plan, reversed, historyId,
                    reversedFirst.isEmpty()));
            knownCatalog = lastCapture;
            return historyId;
        } catch (StepFailure failure) {
            throw failed(failure, HistoryEntry.ROLLBACK, historyId, "The rollback's transaction was rolled"
                    + " back: the plan is still applied" + (deferredDone.isEmpty() ? "." : " (its non-transactional"
                    + " steps, if any, were already reversed; running rollback again repeats them)."));
        } catch (SQLException | RuntimeException e) {
            abandon(historyId, e);
            throw e;
        }
    }

    private long rollbackTransactional(Plan plan, List<Step> reversed, long id, boolean guard)
            throws StepFailure, SQLException {
        connection.setAutoCommit(false);
        HistoryStore history = new HistoryStore(connection);
        BackupCatalog backups = new BackupCatalog(connection);
        if (guard) {
            guardDependents(plan, reversed.stream().filter(step -> !plan.deferred(step)).toList(), false);
        }
        for (Step step : reversed) {
            if (plan.deferred(step)) {
                continue;
            }
            context.reporter().info("  reverse of step " + step.number() + ": " + step.change() + " "
                    + step.object());
            if (step.reverseBackup() != null) {
                takeBackup(plan, step, step.reverseBackup(), id, backups, BackupEntry.ROLLBACK);
            }
            run(plan, step, StepFailure.Part.REVERSE, step.reverseSql());
            if (step.backup() != null) {
                backups.markRestored(plan.id(), step.number(), BackupEntry.APPLY);
            }
        }
        FacadeDeployment.afterSteps(connection, plan, false);
        String catalogAfter = DriftDetector.store(connection, context.drift().capture(connection));
        lastCapture = catalogAfter;
        history.finish(id, HistoryEntry.ROLLED_BACK, catalogAfter, null, null);
        connection.commit();
        connection.setAutoCommit(true);
        return id;
    }

    /**
     * The reverse of a step that created a table drops it: when the table holds rows, the rollback stops unless
     * the table is named in {@code dropTables} (its rows are kept either way, and put back by the next apply).
     */
    private void refuseDroppingTablesWithRows(Plan plan, Set<String> dropTables) throws SQLException {
        List<String> holding = new ArrayList<>();
        for (Step step : plan.steps()) {
            StepTarget target = step.target();
            if (step.reverseBackup() == null || target == null || target.kind() != StepTarget.Kind.TABLE) {
                continue;
            }
            String table = target.schema() + "." + target.name();
            if (!dropTables.contains(table) && holdsRows(target.schema(), target.name())) {
                holding.add(table);
            }
        }
        if (!holding.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "Rolling back plan " + plan.id()
                    + " would drop " + (holding.size() == 1 ? "a table that holds" : "tables that hold") + " rows: "
                    + String.join(", ", holding) + "; nothing was run.",
                    "The rollback keeps their rows in " + StateSchema.BACKUP_SCHEMA + " and applying the plan again"
                            + " puts them back, but dropping a table in use is refused unless you name it: run the"
                            + " rollback again with --drop-tables " + String.join(",", holding) + "."));
        }
    }

    private boolean holdsRows(String schema, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                Sql.of("SELECT EXISTS (SELECT 1 FROM").name(schema, table).close().fragment())) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            // the table is missing or unreadable: the rollback's own statements will say so
            Session.rollbackQuietly(connection);
            return false;
        }
    }

    private void refuseIrreversible(Plan plan) {
        List<String> irreversible = plan.steps().stream()
                .filter(step -> step.irreversible() || step.reverseSql() == null)
                .map(step -> "step " + step.number() + " (" + step.change() + " " + step.object() + ")")
                .toList();
        if (!irreversible.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "Plan " + plan.id() + " cannot be rolled back.",
                    "It has irreversible steps: " + String.join(", ", irreversible) + ". Nothing was run. Undo"
                            + " it with a new plan instead."));
        }
    }

    private void run(Plan plan, Step step, StepFailure.Part part, String sql) throws StepFailure {
        if (sql == null || sql.isBlank()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            searchPath(plan, statement);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StepFailure(plan, step, part, sql, e);
        }
    }

    /** Source SQL (defaults, checks, bodies) may name core objects without their schema, as up.sql allows. */
    private void searchPath(Plan plan, Statement statement) throws SQLException {
        if (!plan.coreSchema().equals(searchPathSchema)) {
            statement.execute(SqlScripts.searchPathSql(plan.coreSchema()));
            searchPathSchema = plan.coreSchema();
        }
    }

    /**
     * Refuses {@code steps} ({@code forward}; otherwise their reverses) before any of them runs when what they drop
     * has dependents the plans do not describe ({@link DependentsGuard}): one query for them all. The guard reads
     * routine argument types with the steps' search path, so it is set first.
     */
    private void guardDependents(Plan plan, List<Step> steps, boolean forward) throws StepFailure, SQLException {
        if (steps.stream().allMatch(step -> (forward ? step.drops() : step.reverseDrops()).isEmpty())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            searchPath(plan, statement);
        }
        var unknown = DependentsGuard.unknownDependents(connection, steps, forward);
        if (!unknown.isEmpty()) {
            Step first = unknown.keySet().iterator().next();
            throw StepFailure.refused(plan, first, forward ? StepFailure.Part.STEP : StepFailure.Part.REVERSE,
                    DependentsGuard.refusal(unknown, forward));
        }
    }

    private interface Attempt {
        long run() throws StepFailure, SQLException;
    }

    private long withRetries(Plan plan, String action, Attempt attempt) throws StepFailure, SQLException {
        int retries = context.options().lockRetries();
        for (int retry = 0; ; retry++) {
            try {
                return attempt.run();
            } catch (StepFailure failure) {
                Session.rollbackQuietly(connection);
                searchPathSchema = null;
                connection.setAutoCommit(true);
                if (!failure.lockNotAvailable() || retry >= retries) {
                    throw failure;
                }
                Duration wait = context.options().backoffBefore(retry + 1);
                context.reporter().warn(action + " of plan " + plan.id() + ": step " + failure.step().number()
                        + " could not get its lock within lock_timeout; retrying the plan in " + wait.toMillis()
                        + " ms (retry " + (retry + 1) + " of " + retries + ")");
                sleep(wait);
            } catch (SQLException | RuntimeException e) {
                Session.rollbackQuietly(connection);
                searchPathSchema = null;
                throw e;
            }
        }
    }

    /**
     * The failure as the user sees it, recorded in history: on the attempt's own row ({@code attemptId}), or, for a
     * non-transactional step of an apply whose row stays incomplete, on a row of its own ({@code attemptId} null).
     */
    private StrataException failed(StepFailure failure, String action, Long attemptId, String consequence) {
        String verb = action.equals(HistoryEntry.APPLY) ? "Apply" : "Rollback";
        if (failure.refusal() != null) {
            recordFailure(failure, action, attemptId, failure.refusal());
            return new StrataException(new Problem(ProblemKind.DRIFT, verb + " of plan " + failure.plan().id()
                    + " refused before its first statement.", failure.refusal() + "\n"
                    + consequence + " The failure is recorded in strata.history."));
        }
        String message = FailureMessage.describe(failure, verb);
        String breakage = FacadeBreakage.explain(failure.sqlException());
        if (breakage != null) {
            message += "\n" + breakage;
        }
        if (failure.lockNotAvailable()) {
            // an apply's step outside the transaction ran with its own lock_timeout (runOutside)
            Duration timeout = action.equals(HistoryEntry.APPLY) && !failure.step().transactional()
                    ? context.options().lockTimeoutOutside(failure.step().lock()) : context.options().lockTimeout();
            message += "\nThe statement could not get its table lock within lock_timeout ("
                    + timeout.toMillis() + " ms), " + (context.options().lockRetries() + 1)
                    + " times. Another session holds a conflicting lock on the table (see pg_locks and"
                    + " pg_stat_activity); retry when it is gone or raise --lock-timeout.";
        }
        recordFailure(failure, action, attemptId, message);
        return new StrataException(new Problem(ProblemKind.DATABASE, verb + " of plan " + failure.plan().id()
                + " failed at step " + failure.step().number() + ".", message + "\n" + consequence
                + " The failure is recorded in strata.history."), failure.sqlException());
    }

    private void recordFailure(StepFailure failure, String action, Long attemptId, String message) {
        Plan plan = failure.plan();
        try {
            Session.rollbackQuietly(connection);
            connection.setAutoCommit(false);
            boolean forward = action.equals(HistoryEntry.APPLY);
            CatalogFacts live = context.drift().capture(connection);
            String liveFingerprint = DriftDetector.store(connection, live);
            HistoryStore history = new HistoryStore(connection);
            long id = attemptId != null ? attemptId : history.insert(start(plan, action, forward
                    ? plan.fingerprintBefore() : plan.fingerprintAfter(), forward ? plan.fingerprintAfter()
                    : plan.fingerprintBefore(), liveFingerprint).startingAt(deferredStart), HistoryEntry.RUNNING);
            history.finish(id, HistoryEntry.FAILED, liveFingerprint, failure.step().number(), message);
            connection.commit();
        } catch (SQLException e) {
            Session.rollbackQuietly(connection);
            context.reporter().warn("could not record the failure in strata.history: " + e.getMessage()
                    + (attemptId == null ? "" : "; the next runner marks the attempt interrupted"));
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is gone; nothing more to record
            }
        }
    }

    private HistoryStore.Start start(Plan plan, String action, String modelBefore, String modelAfter,
                                     String catalogBefore) {
        return new HistoryStore.Start(context.project(), action, plan.id(), plan.sequence(), plan.checksum(),
                modelBefore, modelAfter, catalogBefore, Instant.now(), context.identity(),
                context.options().allowDrift(), context.driftDetected());
    }

    private Set<Integer> finishedDeferred(long historyId) throws SQLException {
        Set<Integer> done = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT step FROM strata.deferred_step WHERE history_id = ? AND finished_at IS NOT NULL")) {
            ps.setLong(1, historyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.add(rs.getInt(1));
                }
            }
        }
        return done;
    }

    private static Set<Integer> allDeferred(Plan plan) {
        Set<Integer> all = new HashSet<>();
        plan.steps().stream().filter(plan::deferred).forEach(step -> all.add(step.number()));
        return all;
    }

    private void markDeferred(long historyId, Step step, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, DEFERRED_STEP)
                .kw("SET").eq(column).kw("clock_timestamp()").kw("WHERE").eq("history_id").param().kw("AND")
                .eq("step").param().build())) {
            ps.setLong(1, historyId);
            ps.setInt(2, step.number());
            ps.executeUpdate();
        }
    }

    /** Waits {@code duration} (a retry's backoff, a pause between backfill batches). */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
