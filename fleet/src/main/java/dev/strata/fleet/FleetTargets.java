package dev.strata.fleet;

import dev.strata.engine.database.Database;
import dev.strata.engine.database.DatabaseErrors;
import dev.strata.engine.database.Target;
import dev.strata.engine.database.TargetResolver;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.RunnerIdentity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of a fleet file, resolved: listed ones as written, discovered ones from the control database's query,
 * pattern ones from the server's {@code pg_database}. Each URL is checked like {@code --url}; names must be unique.
 * A discovery connection is opened, read and closed here; nothing is changed anywhere.
 */
public final class FleetTargets {

    private static final String DATABASES = "SELECT datname FROM pg_catalog.pg_database"
            + " WHERE datallowconn AND NOT datistemplate ORDER BY datname";

    private FleetTargets() {
    }

    /** Every target, in file order: listed, then discovered, then by pattern; each group in its own order. */
    public static List<FleetTarget> resolve(FleetFile fleet, RunnerIdentity identity, Duration connectTimeout) {
        Map<String, FleetTarget> targets = new LinkedHashMap<>();
        for (TargetSource source : fleet.sources()) {
            for (FleetTarget target : resolve(fleet, source, identity, connectTimeout)) {
                FleetTarget earlier = targets.putIfAbsent(target.name(), target);
                if (earlier != null) {
                    throw FleetFile.invalid(fleet.file(), "two targets are named '" + target.name() + "' ("
                            + earlier.target().display() + " and " + target.target().display() + ")", "Give listed"
                            + " targets their own name = \"…\", and make the discovery query return unique names");
                }
            }
        }
        return List.copyOf(targets.values());
    }

    private static List<FleetTarget> resolve(FleetFile fleet, TargetSource source, RunnerIdentity identity,
                                             Duration connectTimeout) {
        if (source instanceof TargetSource.Listed listed) {
            return listed(listed);
        }
        if (source instanceof TargetSource.Discovered discovered) {
            return discovered(fleet, discovered, identity, connectTimeout);
        }
        return byPattern((TargetSource.DatabasePattern) source, identity, connectTimeout);
    }

    private static List<FleetTarget> listed(TargetSource.Listed listed) {
        List<FleetTarget> targets = new ArrayList<>();
        for (TargetSource.Named named : listed.targets()) {
            Target target = TargetResolver.fromUrl(named.url(), "fleet.toml [[target]]");
            targets.add(new FleetTarget(named.name() != null ? named.name() : target.database(), target));
        }
        return targets;
    }

    private static List<FleetTarget> discovered(FleetFile fleet, TargetSource.Discovered discovered,
                                                RunnerIdentity identity, Duration connectTimeout) {
        Target control = TargetResolver.fromUrl(discovered.controlUrl(), "fleet.toml [discover] url");
        List<FleetTarget> targets = new ArrayList<>();
        read(control, identity, connectTimeout, discovered.query(), rows -> {
            ResultSetMetaData columns = rows.getMetaData();
            int url = column(columns, "url");
            int name = column(columns, "name");
            if (url < 0) {
                throw FleetFile.invalid(fleet.file(), "the [discover] query returns no column named url",
                        "Make it return each target's URL as url (and its name as name), e.g. SELECT name, url FROM"
                                + " tenants");
            }
            while (rows.next()) {
                String text = rows.getString(url);
                if (text == null) {
                    throw FleetFile.invalid(fleet.file(), "the [discover] query returned a row whose url is null",
                            "Leave such rows out in the query (WHERE url IS NOT NULL)");
                }
                Target target = TargetResolver.fromUrl(text, "fleet.toml [discover] query");
                String named = name < 0 ? null : rows.getString(name);
                targets.add(new FleetTarget(named != null ? named : target.database(), target));
            }
        });
        return targets;
    }

    private static List<FleetTarget> byPattern(TargetSource.DatabasePattern pattern, RunnerIdentity identity,
                                               Duration connectTimeout) {
        Target server = TargetResolver.fromUrl(pattern.serverUrl(), "fleet.toml [databases] server");
        List<FleetTarget> targets = new ArrayList<>();
        read(server, identity, connectTimeout, DATABASES, rows -> {
            while (rows.next()) {
                String name = rows.getString(1);
                if (Glob.matches(pattern.pattern(), name)) {
                    targets.add(new FleetTarget(name, server.onDatabase(name, "fleet.toml [databases]")));
                }
            }
        });
        return targets;
    }

    private static int column(ResultSetMetaData columns, String name) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnLabel(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    private static void read(Target target, RunnerIdentity identity, Duration connectTimeout, String query,
                             Rows rows) {
        try (Database database = Database.connect(target, identity, connectTimeout);
             Connection connection = database.connection()) {
            // pgjdbc makes a transaction read-only, not an autocommit statement: open one
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                rows.read(result);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            Problem problem = DatabaseErrors.translate(e, target);
            throw new StrataException(new Problem(problem.kind(), "Reading the fleet's targets from "
                    + target.display() + " failed: " + problem.title(), problem.detail()), e);
        }
    }

    /** Which ring takes each target: the first whose select matches, up to its limit, in target order. */
    public static List<RingTargets> assign(FleetFile fleet, List<FleetTarget> targets) {
        Map<String, Ring> ringOf = new HashMap<>();
        List<RingTargets> rings = new ArrayList<>();
        for (Ring ring : fleet.rings()) {
            List<FleetTarget> taken = new ArrayList<>();
            for (FleetTarget target : targets) {
                boolean full = ring.limit() != null && taken.size() >= ring.limit();
                if (!full && !ringOf.containsKey(target.name()) && ring.selects(target.name())) {
                    ringOf.put(target.name(), ring);
                    taken.add(target);
                }
            }
            rings.add(new RingTargets(ring, taken));
        }
        List<String> left = targets.stream().map(FleetTarget::name).filter(name -> !ringOf.containsKey(name)).toList();
        if (!left.isEmpty()) {
            throw FleetFile.invalid(fleet.file(), left.size() + (left.size() == 1 ? " target is" : " targets are")
                    + " in no ring: " + String.join(", ", left.subList(0, Math.min(5, left.size())))
                    + (left.size() > 5 ? ", …" : ""), "Every target must be in a ring, or it would silently never"
                    + " get the plans; end the rings with one that selects [\"*\"], or widen a ring's select");
        }
        return rings;
    }

    /** A ring and the targets it takes, in order. */
    public record RingTargets(Ring ring, List<FleetTarget> targets) {
        public RingTargets {
            targets = List.copyOf(targets);
        }
    }
}
