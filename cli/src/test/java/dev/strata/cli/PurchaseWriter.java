package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The table the online-change stories share, and an application that keeps writing to it while a change applies:
 * each round inserts a row from id 100001 on (amount = id) and bumps the amount of one of the rows 7, 14, … below
 * 20,000, in turn, each statement committed on its own.
 */
final class PurchaseWriter {

    /** core.purchase (id, amount, touched_at) with a BEFORE UPDATE trigger of its own, and facade version 1. */
    static final String SOURCES = """
            core {
              table purchase {
                id          integer primary key
                amount      integer not null default 0
                touched_at  timestamptz not null default '2000-01-01'
                trigger purchase_touch before update for each row execute touch()
              }
              function touch() returns trigger language plpgsql as $$
                begin
                  new.touched_at := now();
                  return new;
                end
              $$
            }
            facade shop_api version 1 {
              view purchases (id integer not null, amount integer not null) key (id) as $$
                select id, amount::integer from core.purchase
              $$
            }
            """;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger rounds = new AtomicInteger();
    private final CompletableFuture<Void> running;

    private PurchaseWriter(String url) {
        running = CompletableFuture.runAsync(() -> write(url));
    }

    /**
     * A new database {@code prefix…} with {@link #SOURCES} planned in {@code project} and applied, its table filled with
     * rows 1 to 20,000 (amount = id % 1000): the start of every online-change story. Returns the database's URL.
     */
    static String appliedWithRows(Path project, String prefix) throws Exception {
        String url = TestDatabases.newDatabase(prefix);
        Run.plan(project, SOURCES, "purchases");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase (id, amount) SELECT i, i % 1000 FROM"
                + " generate_series(1, 20000) AS i");
        return url;
    }

    /** Starts writing to the database at {@code url}. */
    static PurchaseWriter start(String url) {
        return new PurchaseWriter(url);
    }

    /** Stops the writer and waits for it; no write may have failed. Returns the rounds written (at least one). */
    int stop() throws Exception {
        stop.set(true);
        running.get();
        assertThat(failure.get()).as("a write failed").isNull();
        assertThat(rounds.get()).isPositive();
        return rounds.get();
    }

    private void write(String url) {
        try (Connection connection = TestDatabases.connect(url);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO core.purchase (id, amount) VALUES (?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE core.purchase SET amount = amount + 1 WHERE id = ?")) {
            connection.setAutoCommit(true);
            int next = 100_001;
            int seven = 7;
            while (!stop.get()) {
                insert.setInt(1, next);
                insert.setInt(2, next);
                insert.executeUpdate();
                next++;
                update.setInt(1, seven);
                update.executeUpdate();
                seven = seven >= 20_000 - 7 ? 7 : seven + 7;
                rounds.incrementAndGet();
            }
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
        }
    }
}
