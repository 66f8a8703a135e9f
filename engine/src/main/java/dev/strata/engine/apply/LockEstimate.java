package dev.strata.engine.apply;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How long each pending plan would keep tables of the target locked against writes (or reads), estimated from the
 * live sizes of the tables before anything runs, so that an apply can refuse a plan that would stall the
 * application longer than allowed ({@code --max-lock}, strata.toml {@code [database] max_lock}).
 *
 * <p>A plan's transactional steps run in one transaction (or, after a step outside it, a later one; each counts on
 * its own), and PostgreSQL keeps every lock until the commit: a table
 * locked by step 2 stays locked while steps 3 to 9 run, whatever tables those touch. So the hold of a table is the
 * estimated time of every step from the first one that takes a write-blocking lock on it to the end of the
 * transaction. A step's time comes from the bytes it has to read or write: a table rewrite (a type change, a volatile
 * default) the whole relation with its indexes and TOAST, a scan (a check or NOT NULL validated in place) the table
 * and its TOAST, a backup taken before it (copying the values it would destroy) the table; the backup before the
 * step that first locks a table runs before that lock is taken, so it counts for the tables locked earlier only. Children of a partitioned
 * or inherited table count with it, since such changes recurse into them. Steps outside the transaction (concurrent
 * index builds, validations of constraints added NOT VALID) take no write-blocking lock and are not counted; nor are
 * the few milliseconds of catalog-only steps, whose locks still count for the time of the steps after them.
 *
 * <p>The rates are deliberately slower than what was measured on a quiet server (docs/runtime.md, "Long locks"), so
 * an estimate errs towards refusing: on Debian's PostgreSQL 15 on a shared 2-vCPU machine an {@code integer} to
 * {@code bigint} rewrite of a 114 MB table (1M rows, two indexes) took 3.3 s (34 MB/s), a CHECK added in place
 * scanned its 85 MB in 94 ms, SET NOT NULL in 121 ms, and copying two columns into a backup took 1.7 s (48 MB/s).
 * The estimate is an order of magnitude, not a promise: a cold cache, a slow disk or a busy server take longer.
 */
public final class LockEstimate {

    /** Bytes per second of a table rewrite, counted over the relation with its indexes and TOAST. */
    static final long REWRITE_RATE = 25L * 1024 * 1024;
    /** Bytes per second of a scan that validates rows in place, counted over the table and its TOAST. */
    static final long SCAN_RATE = 200L * 1024 * 1024;
    /** Bytes per second of copying values into a backup table, counted over the source table. */
    static final long BACKUP_RATE = 30L * 1024 * 1024;

    private static final String SIZES = """
            WITH RECURSIVE tree AS (
                SELECT w.s, w.t, c.oid AS rel
                  FROM unnest(?::text[], ?::text[]) AS w(s, t)
                  JOIN pg_catalog.pg_namespace n ON n.nspname = w.s
                  JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = w.t
                 WHERE c.relkind IN ('r', 'p', 'm')
                UNION ALL
                SELECT tree.s, tree.t, i.inhrelid
                  FROM tree JOIN pg_catalog.pg_inherits i ON i.inhparent = tree.rel
            )
            -- a partitioned table's own reltuples already count its partitions' rows (PostgreSQL 14 on)
            SELECT tree.s, tree.t,
                   sum(pg_catalog.pg_table_size(tree.rel))::bigint,
                   sum(pg_catalog.pg_total_relation_size(tree.rel))::bigint,
                   sum(CASE WHEN c.relkind = 'p' THEN 0 ELSE GREATEST(c.reltuples, 0) END)::bigint
              FROM tree JOIN pg_catalog.pg_class c ON c.oid = tree.rel
             GROUP BY tree.s, tree.t""";

    private LockEstimate() {
    }

    /** The live size of a table, its partitions and inheritance children included. */
    record Size(long tableBytes, long totalBytes, long rows) {
        static final Size NONE = new Size(0, 0, 0);
    }

    /**
     * Table {@code table} of plan {@code plan} is held under {@code lock} (the strongest any of its steps takes)
     * from step {@code fromStep} to the commit, for about {@code estimate}; {@code cause} names the step that costs
     * the most of that time.
     */
    public record Hold(String plan, String table, LockLevel lock, int fromStep, Duration estimate, long tableBytes,
                       long rows, String cause) {

        /** One line for a message: {@code plan 0008: core.orders ACCESS EXCLUSIVE about 41 s from step 3 (…)}. */
        public String describe() {
            return "plan " + plan + ": " + table + " under " + lock.sql() + " (" + (lock.blocksReads()
                    ? "no reads or writes" : "no writes") + ") for about " + seconds(estimate) + ", from step "
                    + fromStep + " to the commit; the table holds " + size(tableBytes)
                    + (rows > 0 ? ", about " + rows + " rows" : "") + "; most of it: " + cause;
        }
    }

    /** The holds of every pending plan, longest first within a plan; empty when nothing is locked for long. */
    public static List<Hold> estimate(Connection connection, List<Plan> pending) throws SQLException {
        return estimate(connection, pending, false);
    }

    /** As {@link #estimate(Connection, List)}; {@code offline}: each plan run whole in one transaction. */
    public static List<Hold> estimate(Connection connection, List<Plan> pending, boolean offline)
            throws SQLException {
        Map<String, Size> sizes = sizes(connection, tables(pending));
        var holds = new ArrayList<Hold>();
        for (Plan plan : pending) {
            holds.addAll(holds(plan, sizes, offline));
        }
        return holds;
    }

    /**
     * Refuses (exit 1, nothing run) when a pending plan would hold a write-blocking lock on a table longer than
     * {@code max}; a zero or negative {@code max} allows any hold.
     */
    public static void require(Connection connection, List<Plan> pending, Duration max, boolean offline)
            throws SQLException {
        if (max == null || max.isZero() || max.isNegative() || pending.isEmpty()) {
            return;
        }
        List<Hold> tooLong = estimate(connection, pending, offline).stream()
                .filter(hold -> hold.estimate().compareTo(max) > 0).toList();
        if (tooLong.isEmpty()) {
            return;
        }
        throw new StrataException(new Problem(ProblemKind.INVALID, "A pending plan would lock a table longer than"
                + " the " + seconds(max) + " allowed (estimated from the tables' live sizes); nothing was run.",
                "  " + String.join("\n  ", tooLong.stream().map(Hold::describe).toList()) + "\nThe application"
                + " waits that long for the table. Change the sources so the plan takes a form without the long"
                + " lock (an index is built concurrently, a check or foreign key added to an existing table is"
                + " validated outside the transaction), split the change into plans that each lock less, or apply"
                + " it in a maintenance window with --allow-long-locks (or a larger --max-lock, or [database]"
                + " max_lock in strata.toml). `strata apply --dry-run` shows the estimate."));
    }

    /**
     * The holds of each of the plan's transactions (its first, and any later one: the switch of an online change
     * after its backfill), the longest per table.
     */
    static List<Hold> holds(Plan plan, Map<String, Size> sizes) {
        return holds(plan, sizes, false);
    }

    /**
     * {@code offline} ({@code apply --offline}): the plan is one transaction, every step in it; a backfill then
     * costs its UPDATE of every row (counted as a rewrite), and a concurrent index build or drop takes its plain
     * form's lock (SHARE, ACCESS EXCLUSIVE).
     */
    static List<Hold> holds(Plan plan, Map<String, Size> sizes, boolean offline) {
        if (offline) {
            return holdsIn(plan, plan.steps(), sizes, true);
        }
        var transactions = new ArrayList<List<Step>>();
        transactions.add(plan.steps().stream().filter(step -> !plan.deferred(step)).toList());
        for (List<Step> run : Plan.runs(plan.steps().stream().filter(plan::deferred).toList())) {
            if (run.get(0).transactional()) {
                transactions.add(run);
            }
        }
        Map<String, Hold> longest = new LinkedHashMap<>();
        for (List<Step> steps : transactions) {
            for (Hold hold : holdsIn(plan, steps, sizes, false)) {
                longest.merge(hold.table(), hold, (a, b) -> a.estimate().compareTo(b.estimate()) >= 0 ? a : b);
            }
        }
        return longest.values().stream().sorted((a, b) -> b.estimate().compareTo(a.estimate())).toList();
    }

    private static List<Hold> holdsIn(Plan plan, List<Step> steps, Map<String, Size> sizes, boolean offline) {
        long[] cost = new long[steps.size()];
        long[] backupCost = new long[steps.size()];
        String[] why = new String[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Size size = sizes.getOrDefault(table(step), Size.NONE);
            long millis = 0;
            String what = null;
            if (step.rewritesTable() || offline && step.backfill() != null) {
                millis += millis(size.totalBytes(), REWRITE_RATE);
                what = step.rewritesTable() ? "rewrites" : "fills every row of";
            } else if (step.scansTable()) {
                millis += millis(size.tableBytes(), SCAN_RATE);
                what = "scans";
            }
            if (step.backup() != null) {
                backupCost[i] = millis(sizes.getOrDefault(step.backup().source(), Size.NONE).tableBytes(), BACKUP_RATE);
                millis += backupCost[i];
                what = what == null ? "backs up" : "backs up and " + what;
            }
            cost[i] = millis;
            why[i] = what == null ? null : "step " + step.number() + " " + what + " " + table(step) + " ("
                    + step.change() + " " + step.object() + ")";
        }
        long[] untilCommit = new long[steps.size() + 1];
        for (int i = steps.size() - 1; i >= 0; i--) {
            untilCommit[i] = untilCommit[i + 1] + cost[i];
        }
        Map<String, Hold> holds = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String table = table(step);
            LockLevel lock = offline ? lockInOneTransaction(step) : step.lock();
            if (table == null || !lock.blocksWrites() || !sizes.containsKey(table)) {
                continue;
            }
            Hold earlier = holds.get(table);
            if (earlier != null) {
                if (lock.compareTo(earlier.lock()) > 0) {
                    holds.put(table, new Hold(earlier.plan(), table, lock, earlier.fromStep(),
                            earlier.estimate(), earlier.tableBytes(), earlier.rows(), earlier.cause()));
                }
                continue;
            }
            int costliest = i;
            for (int j = i; j < steps.size(); j++) {
                if (cost[j] > cost[costliest]) {
                    costliest = j;
                }
            }
            Size size = sizes.get(table);
            // the backup before the first locking step reads the table before that step takes its lock
            long held = untilCommit[i] - backupCost[i];
            holds.put(table, new Hold(plan.id(), table, lock, step.number(), Duration.ofMillis(held),
                    size.tableBytes(), size.rows(), why[costliest] == null ? "catalog changes only" : why[costliest]));
        }
        return holds.values().stream().filter(hold -> !hold.estimate().isZero())
                .sorted((a, b) -> b.estimate().compareTo(a.estimate())).toList();
    }

    /** The lock {@code step} takes when it runs in the plan's one transaction: a concurrent build's plain form's. */
    private static LockLevel lockInOneTransaction(Step step) {
        if (step.offlineSql() == null) {
            return step.lock();
        }
        return step.drops().contains(step.target()) ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.SHARE;
    }

    /** {@code schema.table} of the table a step locks, or null when it locks none (a view, a routine, a role). */
    static String table(Step step) {
        StepTarget target = step.target();
        if (target == null || target.schema() == null) {
            return null;
        }
        if (target.kind() == StepTarget.Kind.TABLE) {
            return target.schema() + "." + target.name();
        }
        return target.table() == null ? null : target.schema() + "." + target.table();
    }

    private static Set<String> tables(List<Plan> pending) {
        var tables = new LinkedHashSet<String>();
        for (Plan plan : pending) {
            for (Step step : plan.steps()) {
                if (table(step) != null) {
                    tables.add(table(step));
                }
                if (step.backup() != null && step.backup().source() != null) {
                    tables.add(step.backup().source());
                }
            }
        }
        return tables;
    }

    private static Map<String, Size> sizes(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Size> sizes = new HashMap<>();
        if (tables.isEmpty()) {
            return sizes;
        }
        var schemas = new ArrayList<String>();
        var names = new ArrayList<String>();
        for (String table : tables) {
            int dot = table.indexOf('.');
            schemas.add(table.substring(0, dot));
            names.add(table.substring(dot + 1));
        }
        try (PreparedStatement ps = connection.prepareStatement(SIZES)) {
            Array schemaArray = connection.createArrayOf("text", schemas.toArray());
            Array nameArray = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, schemaArray);
            ps.setArray(2, nameArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sizes.put(rs.getString(1) + "." + rs.getString(2),
                            new Size(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return sizes;
    }

    private static long millis(long bytes, long rate) {
        return bytes * 1000 / rate;
    }

    /** {@code 50 ms}, {@code 2.5 s}, {@code 41 s}. */
    public static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis < 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : (millis + 500) / 1000 + " s";
    }

    /** {@code 8 kB}, {@code 85 MB}, {@code 1.2 GB}. */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
        }
        return (bytes + 1023) / 1024 + " kB";
    }
}
