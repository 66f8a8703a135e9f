package dev.strata.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For long tests made of independent cases on the shared server (each case in databases of its own): runs the
 * cases on a few threads, so that the JVM plans the next case while PostgreSQL runs the last one. A case's
 * outcome is read in the order the cases were given; {@code strata.test.threads} (default: the number of
 * processors, at most 4) sets how many run at once, 1 runs them one after the other.
 */
public final class InParallel {

    private InParallel() {
    }

    /** How many cases run at once. */
    public static int threads() {
        String configured = System.getProperty("strata.test.threads", "");
        if (!configured.isBlank()) {
            return Math.max(1, Integer.parseInt(configured.trim()));
        }
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** A case's work, which may throw anything a test may throw. */
    @FunctionalInterface
    public interface Work<T, R> {
        R run(T input) throws Exception;
    }

    /**
     * Starts {@code work} on every input and returns, in the inputs' order, one outcome each: its {@link Outcome#get}
     * waits for that case and returns its result or throws what the case threw. The threads are daemons, ended
     * when every case has run.
     */
    public static <T, R> List<Outcome<R>> start(List<T> inputs, Work<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads(), runnable -> {
            Thread thread = new Thread(runnable, "strata-test-case");
            thread.setDaemon(true);
            return thread;
        });
        var outcomes = new ArrayList<Outcome<R>>();
        for (T input : inputs) {
            outcomes.add(new Outcome<>(pool.submit(() -> work.run(input))));
        }
        pool.shutdown();
        return outcomes;
    }

    /** Runs {@code work} on every input and returns the results in the inputs' order, or throws the first failure. */
    public static <T, R> List<R> map(List<T> inputs, Work<T, R> work) throws Exception {
        var results = new ArrayList<R>();
        for (var outcome : start(inputs, work)) {
            results.add(outcome.get());
        }
        return results;
    }

    /** One case's outcome: {@link #get} waits for it. */
    public static final class Outcome<R> {
        private final Future<R> future;

        Outcome(Future<R> future) {
            this.future = future;
        }

        /** The case's result; what the case threw is thrown as it was. */
        public R get() throws Exception {
            try {
                return future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception exception) {
                    throw exception;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

    }
}
