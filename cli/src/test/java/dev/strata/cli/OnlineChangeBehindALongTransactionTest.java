package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long report transaction holds the table while an online type change wants its short ACCESS EXCLUSIVE lock for
 * the expand. The waiting ALTER would queue every writer behind it for as long as the report runs; with
 * {@code lock_timeout} it gives up after 200 ms and retries later, so a writer waits at most about that long each
 * time, never the report's whole length. The apply then fails with the reason and changes nothing; once the report
 * ends, the same command applies the change with every row. Real database, a real writer.
 */
class OnlineChangeBehindALongTransactionTest {

    private static final String SOURCE = """
            core {
              table purchase {
                id      integer primary key
                amount  integer not null default 0
              }
            }
            """;
    private static final String CHECKSUM = "SELECT count(*) || ' ' || sum(amount) FROM core.purchase";

    @TempDir
    Path work;

    @Test
    void writersWaitAtMostTheLockTimeoutNotTheLongTransaction() throws Exception {
        Path project = Run.project(work, "behind-report");
        String url = TestDatabases.newDatabase("behind_report");
        Run.plan(project, SOURCE, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM"
                + " generate_series(1, 5000) AS i");
        Files.writeString(project.resolve("schema/core.strata"), SOURCE.replace("amount  integer", "amount  bigint"));
        assertThat(Run.strata("plan", "--name", "amount-bigint", project.toString()).code()).isEqualTo(ExitCode.OK);

        var stop = new AtomicBoolean();
        var failure = new AtomicReference<Throwable>();
        var written = new AtomicInteger();
        var longestWrite = new AtomicLong();
        long applyNanos;
        try (Connection report = TestDatabases.connect(url)) {
            report.setAutoCommit(false);
            try (Statement s = report.createStatement()) {
                s.execute("SELECT count(*) FROM core.purchase");
            }
            var writer = CompletableFuture.runAsync(() -> write(url, stop, failure, written, longestWrite));
            long started = System.nanoTime();
            var blocked = Run.strata("apply", "--url", url, "--lock-timeout", "200ms", "--lock-retries", "3",
                    project.toString());
            applyNanos = System.nanoTime() - started;
            stop.set(true);
            writer.get();
            report.rollback();

            assertThat(blocked.code()).as(blocked.out() + blocked.err()).isEqualTo(ExitCode.DATABASE);
            assertThat(blocked.out() + blocked.err()).contains("expand column type")
                    .contains("could not get its table lock within lock_timeout (200 ms), 4 times");
        }
        assertThat(failure.get()).as("a write failed").isNull();
        assertThat(written.get()).isPositive();
        // the report held the table for the whole apply (four tries and the waits between them) ...
        assertThat(applyNanos / 1_000_000).isGreaterThan(2_000);
        // ... and no write waited for it: at most a lock_timeout behind the queued ALTER, with room for a slow machine
        assertThat(longestWrite.get() / 1_000_000).as("the longest write, in ms").isLessThan(1_000);
        assertThat(TestDatabases.query(url, "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod),"
                + " ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass AND attnum > 0"
                + " AND NOT attisdropped")).containsExactly("id integer, amount integer");
        String before = TestDatabases.query(url, CHECKSUM).get(0);

        Run.succeeds(url, "apply", null, project);
        assertThat(TestDatabases.query(url, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE"
                + " attrelid = 'core.purchase'::regclass AND attname = 'amount'")).containsExactly("bigint");
        assertThat(TestDatabases.query(url, CHECKSUM)).containsExactly(before);
    }

    /** Inserts rows from 100001 on, one a transaction, keeping the longest time one took. */
    private static void write(String url, AtomicBoolean stop, AtomicReference<Throwable> failure,
                              AtomicInteger written, AtomicLong longest) {
        try (Connection connection = TestDatabases.connect(url);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO core.purchase (id, amount) VALUES (?, 1)")) {
            connection.setAutoCommit(true);
            int next = 100_001;
            while (!stop.get()) {
                insert.setInt(1, next++);
                long started = System.nanoTime();
                insert.executeUpdate();
                longest.accumulateAndGet(System.nanoTime() - started, Math::max);
                written.incrementAndGet();
                Thread.sleep(5);
            }
        } catch (SQLException | InterruptedException | RuntimeException e) {
            failure.set(e);
        }
    }
}
