package dev.strata.engine.apply;

import dev.strata.engine.session.Session;
import dev.strata.engine.state.StateSchema;
import dev.strata.plan.Backfill;
import dev.strata.plan.Plan;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.Step;
import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs a backfill step ({@link Backfill}): the table walked by its key in batches of
 * {@link ApplyOptions#backfillBatch()} rows, each batch one short transaction that fills the rows of the batch still
 * NULL and records the batch's last key in {@code strata.backfill}, so a runner killed anywhere resumes after the
 * last batch that committed and never fills a row twice. A batch takes only row locks (ROW EXCLUSIVE on the table):
 * the application writes on; a row it writes meanwhile is filled by the change's trigger, and a row the batch and a
 * writer both touch is serialised by PostgreSQL's row lock (the batch re-reads the row the writer committed). A
 * batch that hits lock_timeout is retried as the plan's statements are; {@link ApplyOptions#backfillDelay()} passes
 * between batches. Progress shows as a bar with rows/s and the time left, estimated from {@code pg_class.reltuples}.
 */
final class BackfillRunner {

    private static final String TABLE = "backfill";
    /** How often a progress line goes to the reporter, besides the bar. */
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private final Connection connection;
    private final RunContext context;
    private final Plan plan;
    private final Step step;
    private final Backfill backfill;
    private final long historyId;

    BackfillRunner(Connection connection, RunContext context, Plan plan, Step step, long historyId) {
        this.connection = connection;
        this.context = context;
        this.plan = plan;
        this.step = step;
        this.backfill = step.backfill();
        this.historyId = historyId;
    }

    /** The source as people read it: {@code core.orders.amount}. */
    private String source() {
        return backfill.schema() + "." + backfill.table() + "." + backfill.column();
    }

    void run() throws StepFailure, SQLException {
        connection.setAutoCommit(true);
        Progress progress = progress();
        if (progress.finished) {
            return;
        }
        long estimate = progress.estimate;
        String firstBatch = batchSql(backfill, true);
        String nextBatch = batchSql(backfill, false);
        long started = System.nanoTime();
        long filledHere = 0;
        long walkedHere = 0;
        long lastReport = started;
        List<String> lastKey = progress.lastKey;
        long walked = progress.rows;
        context.reporter().info("  backfill of " + source() + ": batches of " + context.options().backfillBatch()
                + " rows" + (lastKey == null ? "" : ", resuming after " + walked + " rows (key " + String.join(", ",
                lastKey) + ")") + "; about " + estimate + " rows in the table");
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(source()).setInitialMax(Math.max(estimate, walked))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).showSpeed().continuousUpdate().build()) {
            bar.stepTo(walked);
            while (true) {
                Batch batch = batchWithRetries(lastKey == null ? firstBatch : nextBatch, lastKey);
                if (batch == null) {
                    break;
                }
                lastKey = batch.lastKey;
                walked += batch.walked;
                walkedHere += batch.walked;
                filledHere += batch.filled;
                if (walked > bar.getMax()) {
                    bar.maxHint(walked);
                }
                bar.stepTo(walked);
                long now = System.nanoTime();
                if (now - lastReport >= REPORT_EVERY.toNanos()) {
                    lastReport = now;
                    context.reporter().info("  backfill of " + source() + ": " + walked + " of about "
                            + Math.max(estimate, walked) + " rows, " + rate(walkedHere, now - started) + " rows/s");
                }
                if (!context.options().backfillDelay().isZero() && !context.options().backfillDelay().isNegative()) {
                    PlanExecutor.sleep(context.options().backfillDelay());
                }
            }
        }
        finish();
        long took = System.nanoTime() - started;
        context.reporter().info("  backfill of " + source() + " done: " + walkedHere + " rows walked, " + filledHere
                + " filled in " + Duration.ofNanos(took).toMillis() + " ms (" + rate(walkedHere, took) + " rows/s)");
    }

    private static long rate(long rows, long nanos) {
        return nanos <= 0 ? rows : Math.round(rows * 1e9 / nanos);
    }

    private record Progress(List<String> lastKey, long rows, long estimate, boolean finished) {
    }

    /** Where this backfill stands; its row is made (with the table's estimated rows) on the first run. */
    private Progress progress() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.of("SELECT").idList(List.of("last_key",
                "rows_done", "rows_estimate")).comma().verbatim("finished_at IS NOT NULL").kw("FROM")
                .name(StateSchema.SCHEMA, TABLE).kw("WHERE").eq("history_id").param().kw("AND").eq("step").param()
                .build())) {
            ps.setLong(1, historyId);
            ps.setInt(2, step.number());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Array key = rs.getArray(1);
                    return new Progress(key == null ? null : List.of((String[]) key.getArray()), rs.getLong(2),
                            rs.getLong(3), rs.getBoolean(4));
                }
            }
        }
        long estimate = estimatedRows();
        try (PreparedStatement ps = connection.prepareStatement(Sql.insertInto(StateSchema.SCHEMA, TABLE,
                List.of("history_id", "step", "source", "rows_estimate")).kw("VALUES").params(4).build())) {
            ps.setLong(1, historyId);
            ps.setInt(2, step.number());
            ps.setString(3, source());
            ps.setLong(4, estimate);
            ps.executeUpdate();
        }
        return new Progress(null, 0, estimate, false);
    }

    private long estimatedRows() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.of("SELECT greatest(reltuples, 0)::bigint FROM"
                + " pg_catalog.pg_class WHERE oid =").param().cast("regclass").build())) {
            ps.setString(1, Sql.qualified(backfill.schema(), backfill.table()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * One batch: the next {@code batch} keys after the last one, the rows among them still NULL filled, and the
     * batch's last key with the number of keys walked and rows filled; no row when the walk is done.
     *
     * <p>The UPDATE names its rows by a key range (after the previous batch's last key, up to this batch's last),
     * not by a join with the batch. The JDBC driver prepares the statement on the server after five runs, and
     * PostgreSQL may then plan it generically (always, under {@code plan_cache_mode = force_generic_plan}); the
     * generic plan of a join with the batch read the whole table on every batch (a hash join over a sequential
     * scan, or a merge join from the start of the key index), so each batch cost as much as the table was long.
     * A range is an index condition in any plan.
     * The range holds the same rows as the batch, since both are read in one snapshot and the batch is the first
     * {@code batch} keys after the bound.
     */
    static String batchSql(Backfill backfill, boolean first) {
        List<String> keys = backfill.keyColumns();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            aliases.add("strata_key_" + (i + 1));
        }
        var select = Sql.of("WITH").id("batch").kw("AS (SELECT");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.id(keys.get(i)).kw("AS").id(aliases.get(i));
        }
        select.kw("FROM").name(backfill.schema(), backfill.table());
        if (!first) {
            select.kw("WHERE").open().idList(keys).close().kw(">");
            afterKey(select, backfill.keyTypes());
        }
        select.kw("ORDER BY").idList(keys).kw("LIMIT").param().close().comma();
        select.id("last").kw("AS (SELECT").idList(aliases).kw("FROM").id("batch").kw("ORDER BY");
        for (int i = 0; i < aliases.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.id(aliases.get(i)).kw("DESC");
        }
        select.kw("LIMIT 1)").comma();
        select.id("filled").kw("AS (UPDATE").name(backfill.schema(), backfill.table()).kw("AS").id("strata_row")
                .kw("SET").eq(backfill.column()).paren(backfill.expression()).kw("WHERE");
        if (!first) {
            rowKey(select, keys).kw(">");
            afterKey(select, backfill.keyTypes());
            select.kw("AND");
        }
        rowKey(select, keys).kw("<=").open();
        for (int i = 0; i < aliases.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.open().kw("SELECT").id(aliases.get(i)).kw("FROM").id("last").close();
        }
        select.close().kw("AND").id("strata_row").verbatim(".").id(backfill.column()).kw("IS NULL RETURNING 1)");
        select.kw("SELECT ARRAY[");
        for (int i = 0; i < aliases.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.id(aliases.get(i)).cast("text");
        }
        return select.kw("], (SELECT count(*) FROM").id("batch").close().comma().kw("(SELECT count(*) FROM")
                .id("filled").close().kw("FROM").id("last").build();
    }

    /** The previous batch's last key as a row of typed parameters. */
    private static void afterKey(Sql select, List<String> keyTypes) {
        select.open();
        for (int i = 0; i < keyTypes.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.param().cast(keyTypes.get(i));
        }
        select.close();
    }

    private static Sql rowKey(Sql select, List<String> keys) {
        select.open();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            select.id("strata_row").verbatim(".").id(keys.get(i));
        }
        return select.close();
    }

    private record Batch(List<String> lastKey, long walked, long filled) {
    }

    private Batch batchWithRetries(String sql, List<String> after) throws StepFailure, SQLException {
        int retries = context.options().lockRetries();
        for (int retry = 0; ; retry++) {
            try {
                return batch(sql, after);
            } catch (SQLException e) {
                Session.rollbackQuietly(connection);
                connection.setAutoCommit(true);
                StepFailure failure = new StepFailure(plan, step, StepFailure.Part.STEP, sql, e);
                if (!failure.lockNotAvailable() || retry >= retries) {
                    throw failure;
                }
                Duration wait = context.options().backoffBefore(retry + 1);
                context.reporter().warn("backfill of " + source() + ": a batch could not get its row locks within"
                        + " lock_timeout; retrying it in " + wait.toMillis() + " ms (retry " + (retry + 1) + " of "
                        + retries + ")");
                PlanExecutor.sleep(wait);
            }
        }
    }

    private Batch batch(String sql, List<String> after) throws SQLException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute(SqlScripts.searchPathSql(plan.coreSchema(), true));
            if (backfill.triggersOff()) {
                statement.execute(Sql.set("session_replication_role", true).kw("replica").build());
            }
        }
        Batch batch = null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            // the parameters in the text's order: the bound of the batch, its size, the bound of the update
            int index = 1;
            if (after != null) {
                for (String value : after) {
                    ps.setString(index++, value);
                }
            }
            ps.setInt(index++, context.options().backfillBatch());
            if (after != null) {
                for (String value : after) {
                    ps.setString(index++, value);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    batch = new Batch(List.of((String[]) rs.getArray(1).getArray()), rs.getLong(2), rs.getLong(3));
                }
            }
        }
        if (batch != null) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                    .eq("last_key").param().cast("text[]").comma().id("rows_done").kw("=").id("rows_done").kw("+")
                    .param().comma().eq("updated_at").kw("clock_timestamp() WHERE").eq("history_id").param()
                    .kw("AND").eq("step").param().build())) {
                ps.setArray(1, connection.createArrayOf("text", batch.lastKey.toArray()));
                ps.setLong(2, batch.walked);
                ps.setLong(3, historyId);
                ps.setInt(4, step.number());
                ps.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        return batch;
    }

    private void finish() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                .eq("finished_at").kw("clock_timestamp() WHERE").eq("history_id").param().kw("AND").eq("step")
                .param().build())) {
            ps.setLong(1, historyId);
            ps.setInt(2, step.number());
            ps.executeUpdate();
        }
    }
}
