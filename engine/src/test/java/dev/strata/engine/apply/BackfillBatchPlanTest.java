package dev.strata.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.TestSupport;
import dev.strata.plan.Backfill;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A backfill batch reads only its own rows, however far into the table it is, in the plan PostgreSQL keeps for a
 * statement prepared on the server may get (a generic plan; the JDBC driver prepares on the server after five runs,
 * and {@code plan_cache_mode = force_generic_plan} makes PostgreSQL plan it generically at once). An earlier batch
 * joined the UPDATE to its keys, and the generic plan of that join read the whole table on every batch (a hash join
 * over a sequential scan here, a merge join from the start of the key index at 1M rows, where the batch near the
 * end took six times as long as the first). Rows read are counted from EXPLAIN ANALYZE, not timed.
 */
class BackfillBatchPlanTest {

    private static final int ROWS = 60_000;
    private static final int BATCH = 1_000;
    private static final Pattern SCAN_ROWS = Pattern.compile(
            "Scan (?:.* )?on t .*actual time=\\S+ rows=([0-9.]+) loops=(\\d+)");

    @Test
    void aBatchNearTheEndOfTheTableReadsItsOwnRowsInTheGenericPlan() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("backfill_plan"));
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA app; CREATE TABLE app.t (id bigint PRIMARY KEY, amount int, amount_new bigint);"
                    + " INSERT INTO app.t (id, amount) SELECT g, g FROM generate_series(1, " + ROWS + ") g;"
                    + " ANALYZE app.t");
            Backfill backfill = new Backfill("app", "t", List.of("id"), List.of("bigint"), "amount_new",
                    "amount::bigint", false);

            List<String> plan = genericPlan(s, backfill, "'" + (ROWS - 5 * BATCH) + "', " + BATCH + ", '"
                    + (ROWS - 5 * BATCH) + "'");

            assertThat(scannedRows(plan)).as(String.join("\n", plan)).isLessThanOrEqualTo(3L * BATCH);
            assertThat(filled(plan)).as(String.join("\n", plan)).isEqualTo(BATCH);
        }
    }

    @Test
    void aCompositeKeyBatchReadsItsOwnRowsInTheGenericPlan() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("backfill_plan"));
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA app; CREATE TABLE app.t (shop int, n int, amount int, amount_new bigint,"
                    + " PRIMARY KEY (shop, n)); INSERT INTO app.t (shop, n, amount) SELECT g / 1000, g % 1000, g"
                    + " FROM generate_series(0, " + (ROWS - 1) + ") g; ANALYZE app.t");
            Backfill backfill = new Backfill("app", "t", List.of("shop", "n"), List.of("integer", "integer"),
                    "amount_new", "amount::bigint", false);
            int shop = ROWS / 1000 - 3;

            List<String> plan = genericPlan(s, backfill, "'" + shop + "', '500', " + BATCH + ", '" + shop + "', '500'");

            assertThat(scannedRows(plan)).as(String.join("\n", plan)).isLessThanOrEqualTo(3L * BATCH);
            assertThat(filled(plan)).as(String.join("\n", plan)).isEqualTo(BATCH);
        }
    }

    /** EXPLAIN ANALYZE of one batch after the key given, in the generic plan, rolled back. */
    private static List<String> genericPlan(Statement s, Backfill backfill, String arguments) throws SQLException {
        String sql = BackfillRunner.batchSql(backfill, false);
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++parameter);
            } else {
                numbered.append(ch);
            }
        }
        s.getConnection().setAutoCommit(false);
        try {
            s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            s.execute("PREPARE strata_batch AS " + numbered);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) EXECUTE strata_batch(" + arguments + ")")) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        } finally {
            s.getConnection().rollback();
            s.getConnection().setAutoCommit(true);
        }
    }

    /** Rows every scan of the table returned, over all its loops. */
    private static long scannedRows(List<String> plan) {
        long rows = 0;
        for (String line : plan) {
            Matcher m = SCAN_ROWS.matcher(line);
            if (m.find()) {
                rows += Math.round(Double.parseDouble(m.group(1)) * Long.parseLong(m.group(2)));
            }
        }
        assertThat(rows).as("the plan scans the table:\n" + String.join("\n", plan)).isPositive();
        return rows;
    }

    private static long filled(List<String> plan) {
        Pattern update = Pattern.compile("Update on t .*actual time=\\S+ rows=([0-9.]+)");
        for (String line : plan) {
            Matcher m = update.matcher(line);
            if (m.find()) {
                return Math.round(Double.parseDouble(m.group(1)));
            }
        }
        throw new AssertionError("no Update node in\n" + String.join("\n", plan));
    }
}
