package dev.strata.engine;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.apply.BackupExport;
import dev.strata.engine.apply.LockEstimate;
import dev.strata.engine.apply.PlanExecutor;
import dev.strata.engine.apply.RunContext;
import dev.strata.engine.apply.ServerVersionGuard;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.DatabaseErrors;
import dev.strata.engine.drift.DriftDetector;
import dev.strata.engine.drift.DriftReport;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.engine.facade.FacadeReleases;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.facade.PromoteResult;
import dev.strata.engine.facade.Promotion;
import dev.strata.engine.facade.RetirementGuard;
import dev.strata.engine.lock.AdvisoryLock;
import dev.strata.engine.plans.ChainVerifier;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.session.Session;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.engine.state.BackupCatalog;
import dev.strata.engine.state.BackupEntry;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.engine.state.HistoryStore;
import dev.strata.engine.state.StateSchema;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.sql.Sql;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The runtime's entry point, what the {@code strata} commands call: apply, rollback, status, history and backups
 * against one open target. Commands that change the database hold the target's advisory lock throughout; read-only
 * ones never create state. Every failure surfaces as a {@link StrataException} carrying a {@link Problem}.
 */
public final class Runner {

    private final Database database;
    private final RunnerIdentity identity;
    private final Reporter reporter;
    private final DriftDetector drift;

    public Runner(Database database, RunnerIdentity identity, Reporter reporter) {
        this.database = database;
        this.identity = identity;
        this.reporter = reporter;
        this.drift = new DriftDetector();
    }

    /** Applies every pending plan in order, each atomically; resumes an unfinished plan first. */
    public ApplyResult apply(PlanChain plans, ApplyOptions options) {
        ChainVerifier.require(plans);
        if (options.dryRun()) {
            return dryRun(plans, options);
        }
        return withLockedConnection(options, connection -> {
            List<HistoryEntry> history = new HistoryStore(connection).all();
            List<AppliedPlan> applied = HistoryStore.appliedPlans(history);
            ChainVerifier.require(plans, applied, databaseProject(history));
            ServerVersionGuard.require(connection, pending(plans, applied));
            LockEstimate.require(connection, pending(plans, applied), options.maxLock(), options.offline());
            DriftReport report = requireNoDrift(connection, history, options, "apply");
            PlanExecutor executor = new PlanExecutor(connection, context(plans, options, report),
                    report.liveFingerprint());
            String resumed = null;
            List<Long> historyIds = new ArrayList<>();
            if (!applied.isEmpty() && applied.get(applied.size() - 1).incomplete()) {
                AppliedPlan unfinished = applied.get(applied.size() - 1);
                executor.resume(plans.plans().get(applied.size() - 1), unfinished);
                resumed = unfinished.planId();
            }
            List<String> appliedNow = new ArrayList<>();
            for (Plan plan : plans.plans().subList(applied.size(), plans.plans().size())) {
                RetirementGuard.check(connection, plan, true);
                reporter.info("applying plan " + plan.id() + " (" + steps(plan) + ")");
                historyIds.add(executor.apply(plan));
                appliedNow.add(plan.id());
            }
            if (appliedNow.isEmpty() && resumed == null) {
                reporter.info("nothing to apply: " + (applied.isEmpty() ? "no plans"
                        : "plan " + applied.get(applied.size() - 1).planId() + " is current"));
                if (report.notChecked() != null) {
                    executor.recapture(applied.isEmpty() ? null : plans.byId(
                            applied.get(applied.size() - 1).planId()).orElse(null), report.expectedFingerprint());
                    reporter.info("recorded a capture of the live schema in the current format (history: recapture)");
                }
            }
            options.publicPrivileges().enforce(connection, false, reporter);
            List<Path> exported = export(connection, historyIds, options.exportBackupDir());
            return new ApplyResult(appliedNow, resumed, exported, false, null);
        });
    }

    /** Rolls back the last plan, the last {@code steps} plans, or every plan after a sequence number. */
    public List<String> rollback(PlanChain plans, RollbackRequest request, ApplyOptions options) {
        return withLockedConnection(options, connection -> {
            List<HistoryEntry> history = new HistoryStore(connection).all();
            List<AppliedPlan> applied = HistoryStore.appliedPlans(history);
            ChainVerifier.require(plans, applied.stream().map(AppliedPlan::planId).toList());
            ChainVerifier.require(plans, applied, databaseProject(history));
            List<AppliedPlan> targets = rollbackTargets(applied, request);
            if (targets.isEmpty()) {
                reporter.info("nothing to roll back");
                return List.of();
            }
            DriftReport report = requireNoDrift(connection, history, options, "rollback");
            PlanExecutor executor = new PlanExecutor(connection, context(plans, options, report),
                    report.liveFingerprint());
            for (AppliedPlan target : targets) {
                RetirementGuard.check(connection, plans.byId(target.planId()).orElseThrow(), false);
            }
            List<String> rolledBack = new ArrayList<>();
            for (AppliedPlan target : targets) {
                Plan plan = plans.byId(target.planId()).orElseThrow();
                reporter.info("rolling back plan " + plan.id() + " (" + steps(plan) + ")");
                executor.rollback(plan, target, request.dropTables());
                rolledBack.add(plan.id());
            }
            return rolledBack;
        });
    }

    /**
     * The locks that each plan the target has not applied yet would hold, by plan id in order (a plan without holds
     * maps to an empty list), estimated from the target's live table sizes ({@link LockEstimate}); reads only, takes
     * no lock.
     */
    public Map<String, List<LockEstimate.Hold>> lockEstimate(PlanChain plans) {
        return withConnection(connection -> {
            List<AppliedPlan> applied = StateSchema.exists(connection)
                    ? HistoryStore.appliedPlans(new HistoryStore(connection).all()) : List.of();
            List<Plan> pending = pending(plans, applied);
            Map<String, List<LockEstimate.Hold>> holds = new LinkedHashMap<>();
            pending.forEach(plan -> holds.put(plan.id(), new ArrayList<>()));
            LockEstimate.estimate(connection, pending).forEach(hold -> holds.get(hold.plan()).add(hold));
            return holds;
        });
    }

    public Status status(PlanChain plans) {
        return withConnection(connection -> {
            if (!StateSchema.exists(connection)) {
                DriftReport none = new DriftReport(false, null, drift.capture(connection).fingerprint(), List.of(),
                        null);
                return new Status(database.target().display(), null, false, ids(plans.plans()), none, null, null,
                        List.of());
            }
            List<HistoryEntry> history = new HistoryStore(connection).all(runnerActive(connection));
            List<AppliedPlan> applied = HistoryStore.appliedPlans(history);
            DriftReport report = drift.check(connection, HistoryStore.expectedCatalog(history));
            AppliedPlan current = applied.isEmpty() ? null : applied.get(applied.size() - 1);
            List<Plan> pending = plans.plans().size() > applied.size()
                    ? plans.plans().subList(applied.size(), plans.plans().size()) : List.of();
            HistoryEntry running = history.stream().filter(row -> row.outcome().equals(HistoryEntry.RUNNING))
                    .reduce((first, second) -> second).orElse(null);
            return new Status(database.target().display(), current == null ? null : current.planId(),
                    current != null && current.incomplete(), ids(pending), report, lastFailure(history), running,
                    dev.strata.engine.state.BackfillProgress.unfinished(connection));
        });
    }

    /**
     * Makes a facade version live and points the live roles at it (metadata only, one short transaction under the
     * target's lock, recorded in history). Rolling back a release is promoting the version live before.
     */
    public PromoteResult promote(PromoteRequest request, ApplyOptions options) {
        return withLockedConnection(options, connection -> new Promotion(connection, identity).promote(request));
    }

    /** The facade versions this database knows (deployed, live or retired), by facade and version. */
    public List<FacadeRelease> facades() {
        return withConnection(connection -> StateSchema.exists(connection) && StateSchema.hasFacadeReleases(connection)
                ? new FacadeReleases(connection).all() : List.of());
    }

    /**
     * Every history row, oldest first. A row still running while no runner holds the target's lock is shown as
     * interrupted (its runner died; the next locked command records that).
     */
    public List<HistoryEntry> history() {
        return withConnection(connection -> StateSchema.exists(connection)
                ? new HistoryStore(connection).all(runnerActive(connection)) : List.of());
    }

    private static boolean runnerActive(Connection connection) throws SQLException {
        return AdvisoryLock.holder(connection).isPresent();
    }

    public List<BackupEntry> backups() {
        return withConnection(connection -> StateSchema.exists(connection)
                ? new BackupCatalog(connection).all() : List.of());
    }

    /** Drops the backup tables {@code request} selects; returns them. */
    public List<BackupEntry> pruneBackups(PruneRequest request, ApplyOptions options) {
        return withLockedConnection(options, connection -> {
            List<HistoryEntry> history = new HistoryStore(connection).all();
            Set<Long> liveApplies = new HashSet<>();
            HistoryStore.appliedPlans(history).forEach(plan -> liveApplies.add(plan.historyId()));
            Instant cutoff = Instant.now().minus(request.olderThan() == null ? Duration.ZERO : request.olderThan());
            BackupCatalog catalog = new BackupCatalog(connection);
            List<BackupEntry> chosen = new ArrayList<>();
            for (BackupEntry backup : catalog.all()) {
                // an apply's backup is needed while its plan is applied (a rollback restores it); a rollback's
                // until the plan is applied again (that apply puts it back)
                boolean needed = backup.restoredAt() == null
                        && (backup.byRollback() || liveApplies.contains(backup.historyId()));
                if (backup.live() && backup.createdAt().isBefore(cutoff) && (!needed || request.includeLive())) {
                    chosen.add(backup);
                }
            }
            if (request.dryRun()) {
                return chosen;
            }
            connection.setAutoCommit(false);
            for (BackupEntry backup : chosen) {
                Session.execute(connection, Sql.of("DROP TABLE IF EXISTS")
                        .name(StateSchema.BACKUP_SCHEMA, backup.backupTable()).build());
                catalog.markPruned(backup.id());
            }
            connection.commit();
            connection.setAutoCommit(true);
            return chosen;
        });
    }

    private ApplyResult dryRun(PlanChain plans, ApplyOptions options) {
        return withConnection(connection -> {
            List<HistoryEntry> history = StateSchema.exists(connection)
                    ? new HistoryStore(connection).all() : List.of();
            List<AppliedPlan> applied = HistoryStore.appliedPlans(history);
            ChainVerifier.require(plans, applied, databaseProject(history));
            DriftReport report = drift.check(connection, HistoryStore.expectedCatalog(history));
            if (report.drifted()) {
                reporter.warn("the live schema has drifted; apply would refuse" + (options.allowDrift()
                        ? " without --allow-drift (given)" : "") + " (- expected, + found, ~ expected => found):\n  "
                        + String.join("\n  ", report.diff()));
            } else if (report.notChecked() != null) {
                reporter.warn("drift cannot be checked: " + report.notChecked() + ". Apply would go on without a"
                        + " drift check this once and record a capture of the live schema in the current format;"
                        + " later drift checks compare with that.");
            }
            options.publicPrivileges().enforce(connection, true, reporter)
                    .forEach(change -> reporter.info("would " + change + " (strata.toml [database])"));
            String resumed = !applied.isEmpty() && applied.get(applied.size() - 1).incomplete()
                    ? applied.get(applied.size() - 1).planId() : null;
            List<Plan> pending = pending(plans, applied);
            var unmet = ServerVersionGuard.unmet(pending, connection.getMetaData().getDatabaseMajorVersion());
            if (!unmet.isEmpty()) {
                reporter.warn("the target's PostgreSQL is older than a pending plan needs; apply would refuse:\n  "
                        + String.join("\n  ", unmet));
            }
            reportLocks(connection, pending, options.maxLock(), options.offline());
            return new ApplyResult(ids(pending), resumed, List.of(), true, DryRun.script(pending, resumed,
                    options.offline()));
        });
    }

    /** What a dry run says of the locks the pending plans would hold: each estimate, and a warning over the limit. */
    private void reportLocks(Connection connection, List<Plan> pending, Duration max, boolean offline)
            throws SQLException {
        boolean limited = max != null && !max.isZero() && !max.isNegative();
        for (LockEstimate.Hold hold : LockEstimate.estimate(connection, pending, offline)) {
            if (limited && hold.estimate().compareTo(max) > 0) {
                reporter.warn("apply would refuse: " + hold.describe() + " (longer than --max-lock "
                        + LockEstimate.seconds(max) + "; --allow-long-locks lets it run)");
            } else {
                reporter.info("would lock " + hold.describe());
            }
        }
    }

    private static List<Plan> pending(PlanChain plans, List<AppliedPlan> applied) {
        return plans.plans().subList(Math.min(applied.size(), plans.plans().size()), plans.plans().size());
    }

    private DriftReport requireNoDrift(Connection connection, List<HistoryEntry> history, ApplyOptions options,
                                       String action) throws SQLException {
        DriftReport report = drift.check(connection, HistoryStore.expectedCatalog(history));
        if (report.notChecked() != null) {
            reporter.warn("drift could not be checked this once: " + report.notChecked() + ". This " + action
                    + " goes on without a drift check and records a capture of the live schema in the current format;"
                    + " later drift checks compare with that. Changes made by hand since the last apply, if any, are"
                    + " taken as part of the schema from now on.");
            return report;
        }
        if (!report.drifted()) {
            return report;
        }
        String diff = "  " + String.join("\n  ", report.diff());
        if (options.allowDrift()) {
            reporter.warn("the live schema has drifted; going on because of --allow-drift (recorded in"
                    + " history):\n" + diff);
            return report;
        }
        throw new StrataException(new Problem(ProblemKind.DRIFT, "The live schema differs from what the last apply"
                + " left (drift); nothing was run.",
                "Changes since then (- expected, + found, ~ expected => found):\n" + diff + "\nUndo the change by"
                        + " hand, or capture it in the sources and a new plan; --allow-drift applies anyway and records that it did."));
    }

    private RunContext context(PlanChain plans, ApplyOptions options, DriftReport report) {
        return new RunContext(plans.project(), identity, options, reporter, drift, report.drifted());
    }

    private static List<AppliedPlan> rollbackTargets(List<AppliedPlan> applied, RollbackRequest request) {
        List<AppliedPlan> targets = new ArrayList<>();
        if (applied.isEmpty()) {
            return targets;
        }
        if (request.steps() != null) {
            if (request.steps() > applied.size()) {
                throw new StrataException(new Problem(ProblemKind.INVALID, "Cannot roll back " + request.steps()
                        + " plans: only " + applied.size() + " are applied.", "Use --to 0 to roll back all of them."));
            }
            for (int i = applied.size() - 1; i >= applied.size() - request.steps(); i--) {
                targets.add(applied.get(i));
            }
            return targets;
        }
        for (int i = applied.size() - 1; i >= 0; i--) {
            if (applied.get(i).sequence() > request.toSequence()) {
                targets.add(applied.get(i));
            }
        }
        return targets;
    }

    private List<Path> export(Connection connection, List<Long> historyIds, Path directory)
            throws SQLException {
        if (directory == null || historyIds.isEmpty()) {
            return List.of();
        }
        List<BackupEntry> taken = new BackupCatalog(connection).all().stream()
                .filter(backup -> backup.historyId() != null && historyIds.contains(backup.historyId()))
                .toList();
        try {
            List<Path> files = BackupExport.export(connection, taken, directory);
            files.forEach(file -> reporter.info("exported " + file));
            return files;
        } catch (IOException e) {
            throw new StrataException(new Problem(ProblemKind.DATABASE, "The plans were applied, but exporting their"
                    + " backups to " + directory + " failed.", e.toString() + ". The backups are still in schema"
                    + " strata_backup; see strata backups list."), e);
        }
    }

    private static String databaseProject(List<HistoryEntry> history) {
        return history.stream().map(HistoryEntry::project).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static HistoryEntry lastFailure(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry row = history.get(i);
            if (row.failed() || row.interrupted()) {
                return row;
            }
            if (!row.outcome().equals(HistoryEntry.RUNNING)) {
                return null;
            }
        }
        return null;
    }

    private static String steps(Plan plan) {
        return plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps");
    }

    private static List<String> ids(List<Plan> plans) {
        return plans.stream().map(Plan::id).toList();
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = database.connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StrataException(DatabaseErrors.translate(e, database.target()), e);
        }
    }

    private <T> T withLockedConnection(ApplyOptions options, Work<T> work) {
        return withConnection(connection -> {
            Session.prepare(connection, options.lockTimeout(), options.statementTimeout());
            try (AdvisoryLock ignored = AdvisoryLock.acquire(connection, options.lockWait(), reporter)) {
                StateSchema.ensure(connection, identity.toolVersion());
                for (HistoryEntry row : new HistoryStore(connection).markInterrupted()) {
                    reporter.warn("history row " + row.id() + ": the " + row.action() + " of plan " + row.planId()
                            + " started " + row.startedAt() + " by " + row.runner() + " never finished; marked"
                            + " interrupted. " + row.errorText());
                }
                return work.run(connection);
            } finally {
                Session.rollbackQuietly(connection);
            }
        });
    }

}
