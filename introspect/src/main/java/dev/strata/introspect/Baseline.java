package dev.strata.introspect;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain.Link;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.DatabaseErrors;
import dev.strata.engine.database.Target;
import dev.strata.engine.drift.DriftDetector;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.lock.AdvisoryLock;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.session.Session;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.engine.state.HistoryStore;
import dev.strata.engine.state.StateSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code strata baseline}: records plans as applied on a database that already has their schema, without running
 * a single step, so that the next plan applies from there. Which plans: every plan up to the latest one whose
 * target model is the live schema (read by introspection, as import reads it), or up to a named plan, whose target
 * must then be the live schema. Refuses a database Strata has already run on. Runs under the target's advisory
 * lock; the history rows and the catalog capture that later drift checks compare with are written in one
 * transaction.
 */
public final class Baseline {

    private Baseline() {
    }

    /**
     * The plans recorded, oldest first. {@code planId} null means the latest plan that matches the database.
     * {@code scratchServer}: where a plan's target is read back to compare it with the live schema (null: an
     * embedded server).
     */
    public static List<String> record(Database database, MigrationChain chain, String project, String planId,
                                      RunnerIdentity identity, ApplyOptions options, Reporter reporter,
                                      Target scratchServer) {
        requireValid(chain);
        try (Connection connection = database.connection()) {
            Session.prepare(connection, options.lockTimeout(), options.statementTimeout());
            try (AdvisoryLock ignored = AdvisoryLock.acquire(connection, options.lockWait(), reporter)) {
                StateSchema.ensure(connection, identity.toolVersion());
                return record(connection, chain, project, planId, identity, scratchServer);
            } finally {
                Session.rollbackQuietly(connection);
            }
        } catch (SQLException e) {
            throw new StrataException(DatabaseErrors.translate(e, database.target()), e);
        }
    }

    private static List<String> record(Connection connection, MigrationChain chain, String project, String planId,
                                       RunnerIdentity identity, Target scratchServer) throws SQLException {
        connection.setAutoCommit(false);
        var history = new HistoryStore(connection);
        var applied = HistoryStore.appliedPlans(history.all());
        if (!applied.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "The database already has plans applied (the"
                    + " last is " + applied.get(applied.size() - 1).planId() + ").", "Baseline is for a database"
                    + " Strata has not run on yet; use strata apply to bring this one forward."));
        }
        int last = matchingPlan(connection, chain, planId, scratchServer);
        String catalog = DriftDetector.store(connection, CatalogFacts.capture(connection));
        var recorded = new ArrayList<String>();
        for (Link link : chain.links().subList(0, last + 1)) {
            var plan = link.plan();
            var start = new HistoryStore.Start(project, HistoryEntry.APPLY, plan.id(), plan.sequence(),
                    plan.checksum(), plan.fingerprintBefore(), plan.fingerprintAfter(), catalog, Instant.now(),
                    identity, false, false);
            long id = history.insert(start, HistoryEntry.RUNNING);
            history.finish(id, HistoryEntry.APPLIED, catalog, null, null);
            recorded.add(plan.id());
        }
        connection.commit();
        connection.setAutoCommit(true);
        return recorded;
    }

    private static void requireValid(MigrationChain chain) {
        if (!chain.isValid()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "The plans cannot be baselined.",
                    String.join("\n", chain.diagnostics().stream().map(Diagnostic::message).toList())));
        }
        if (chain.links().isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "There are no plans to baseline.",
                    "Write the first plan (strata import writes one, or strata plan) and run baseline again."));
        }
    }

    /**
     * The index of the plan to baseline up to: the named one, or the latest whose target is the live schema. A
     * target written by hand is compared as PostgreSQL reads it back (through a scratch database), so spelling
     * alone ({@code default 0} against {@code 0::numeric}) is no difference.
     */
    private static int matchingPlan(Connection connection, MigrationChain chain, String planId,
                                    Target scratchServer) throws SQLException {
        try (var scratch = new LazyScratch(scratchServer)) {
            return matchingPlan(connection, chain, planId, scratch);
        }
    }

    private static int matchingPlan(Connection connection, MigrationChain chain, String planId, LazyScratch scratch)
            throws SQLException {
        var links = chain.links();
        var live = live(connection, links.get(links.size() - 1).plan().coreSchema(), chain);
        for (int i = links.size() - 1; i >= 0; i--) {
            var link = links.get(i);
            if (planId != null && !link.plan().id().equals(planId)) {
                continue;
            }
            List<Change> changes = SchemaDiff.between(live, link.model());
            if (!changes.isEmpty()) {
                Model readBack = scratch.readBack(link);
                changes = SchemaDiff.between(live, ImportLayout.inFileOrder(readBack));
            }
            if (changes.isEmpty()) {
                return i;
            }
            if (planId != null || i == 0) {
                throw new StrataException(new Problem(ProblemKind.DRIFT, "The live schema is not the target of plan "
                        + link.plan().id() + (planId == null ? " or of any later plan" : "") + ", so it cannot be"
                        + " recorded as applied.", "To reach that plan's target the database would need: "
                        + String.join("; ", changes.stream().map(Change::describe).toList()) + "."));
            }
        }
        throw new StrataException(new Problem(ProblemKind.INVALID, "There is no plan " + planId + ".",
                "Give one of: " + String.join(", ", links.stream().map(l -> l.plan().id()).toList()) + "."));
    }

    /** A scratch database started on first use only: most baselines (after an import) never need one. */
    private static final class LazyScratch implements AutoCloseable {
        private final Target server;
        private ScratchDatabase scratch;

        LazyScratch(Target server) {
            this.server = server;
        }

        /** {@code link}'s target as PostgreSQL reads it back; a scratch server that fails is named as such. */
        Model readBack(Link link) {
            try {
                return get().readBack(link.model(), link.plan().coreSchema());
            } catch (SQLException | RuntimeException e) {
                String where = server == null ? "an embedded scratch server" : "the scratch server "
                        + server.display();
                throw new StrataException(new Problem(server == null ? ProblemKind.DATABASE : ProblemKind.CONNECTION,
                        "Plan " + link.plan().id() + "'s target could not be read back on " + where + ".",
                        "Baseline compares the live schema with each plan's target as PostgreSQL prints it, on a"
                                + " scratch database: " + e.getMessage() + " Give a server Strata can create"
                                + " databases on with --scratch-url (or [scratch] url in strata.toml), or leave both"
                                + " out for an embedded one."), e);
            }
        }

        ScratchDatabase get() {
            if (scratch == null) {
                scratch = ScratchDatabase.start(server);
            }
            return scratch;
        }

        @Override
        public void close() {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    /** The live schema, with the facade versions any plan of the chain knows. */
    private static Model live(Connection connection, String coreSchema, MigrationChain chain) throws SQLException {
        var facades = new ArrayList<FacadeSchema>();
        for (Link link : chain.links()) {
            for (var facade : link.model().facades()) {
                var schema = new FacadeSchema(facade.schemaName(), facade.name(), facade.version());
                if (!facades.contains(schema)) {
                    facades.add(schema);
                }
            }
        }
        var model = Introspector.read(connection, new IntrospectionRequest(coreSchema, facades)).model();
        return ImportLayout.inFileOrder(model);
    }
}
