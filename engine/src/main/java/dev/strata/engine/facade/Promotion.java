package dev.strata.engine.facade;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.session.Session;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.engine.state.HistoryStore;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Promotion is metadata only, in one short transaction: the release table says which version is live, each live
 * role's default {@code search_path} in this database points at the version's schema
 * ({@code ALTER ROLE … IN DATABASE … SET search_path}: a role may serve other databases on the server), and a
 * history row records who did it. New sessions of those roles see the new version; sessions already open keep the
 * search_path they started with. No table is read or locked, so its duration does not depend on the data.
 */
public final class Promotion {

    public static final String ACTION = "promote";

    private final Connection connection;
    private final RunnerIdentity identity;

    public Promotion(Connection connection, RunnerIdentity identity) {
        this.connection = connection;
        this.identity = identity;
    }

    /** Runs the promotion and commits; the caller holds the target's advisory lock. */
    public PromoteResult promote(PromoteRequest request) throws SQLException {
        connection.setAutoCommit(false);
        FacadeReleases releases = new FacadeReleases(connection);
        Optional<FacadeRelease> live = releases.live(request.facade());
        int version = request.previous() ? previousVersion(request.facade(), live) : request.version();
        FacadeRelease target = requireInFlight(releases, request.facade(), version);
        for (String role : request.liveRoles()) {
            requireRole(role);
        }
        Instant started = Instant.now();
        Integer previous = live.filter(row -> row.version() != version).map(FacadeRelease::version)
                .orElse(live.map(FacadeRelease::previousLive).orElse(null));
        releases.promote(request.facade(), version, previous, identity.osUser() + "@" + identity.host());
        String database = currentDatabase();
        for (String role : request.liveRoles()) {
            Session.execute(connection, Sql.of("ALTER ROLE").id(role).kw("IN DATABASE").id(database)
                    .append(Sql.set("search_path", false)).id(target.schema()).build());
        }
        long historyId = record(request, target, previous, started);
        connection.commit();
        connection.setAutoCommit(true);
        return new PromoteResult(request.facade(), version, target.schema(), previous, request.liveRoles(), historyId);
    }

    private int previousVersion(String facade, Optional<FacadeRelease> live) {
        if (live.isEmpty() || live.get().previousLive() == null) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "No version of " + facade + " was live before"
                    + (live.isEmpty() ? "; none is live now" : " " + live.get().label()) + ": --previous has nothing"
                    + " to go back to.", "Name the version: strata promote " + facade + " VERSION."));
        }
        return live.get().previousLive();
    }

    private FacadeRelease requireInFlight(FacadeReleases releases, String facade, int version) throws SQLException {
        Optional<FacadeRelease> release = releases.find(facade, version);
        if (release.isPresent() && !release.get().retired() && schemaExists(release.get().schema())) {
            return release.get();
        }
        List<String> inFlight = releases.all().stream()
                .filter(row -> row.facade().equals(facade) && !row.retired()).map(row -> "v" + row.version()).toList();
        String why = release.isPresent() && release.get().retired() ? "it was retired (its schema was dropped)"
                : "no applied plan deployed it (schema " + FacadeSchemas.schema(facade, version) + " is missing)";
        throw new StrataException(new Problem(ProblemKind.INVALID, facade + " v" + version + " is not in flight on"
                + " this database: " + why + "; nothing was changed.",
                (inFlight.isEmpty() ? "No version of " + facade + " is in flight here."
                        : "In flight here: " + String.join(", ", inFlight) + ".")
                        + (release.isPresent() ? " A retired version comes back only with a plan that deploys it"
                        + " again (its source restored)."
                        : " Apply the plan that adds the version first (strata apply), then promote it.")));
    }

    private String currentDatabase() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_database()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private boolean schemaExists(String schema) throws SQLException {
        return exists("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?", schema);
    }

    private void requireRole(String role) throws SQLException {
        if (!exists("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", role)) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "Live role " + role + " does not exist on this"
                    + " server; nothing was changed.", "Create the application's role first, or fix live_roles in"
                    + " strata.toml / --role."));
        }
    }

    private boolean exists(String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long record(PromoteRequest request, FacadeRelease target, Integer previous, Instant started)
            throws SQLException {
        HistoryStore history = new HistoryStore(connection);
        List<AppliedPlan> applied = HistoryStore.appliedPlans(history.all());
        int sequence = applied.isEmpty() ? 0 : applied.get(applied.size() - 1).sequence();
        String what = target.label() + (previous == null ? "" : " (was v" + previous + ")");
        long id = history.insert(new HistoryStore.Start(request.project(), ACTION, what, sequence, "", null, null,
                null, started, identity, false, false), HistoryEntry.RUNNING);
        history.finish(id, HistoryEntry.APPLIED, null, null, null);
        return id;
    }
}
