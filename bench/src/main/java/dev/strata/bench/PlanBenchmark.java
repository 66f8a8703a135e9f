package dev.strata.bench;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.PlanResult;
import dev.strata.compiler.planner.Planner;
import dev.strata.compiler.testing.SchemaGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning between two generated schemas of {@code tables} tables that differ in 10% of their tables (diff,
 * facade rules, steps, dependency order), warm. Run:
 * {@code java -jar bench/target/strata-bench.jar PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

    @Param("2000")
    public int tables;

    private Model before;
    private Model after;

    @Setup
    public void setUp() {
        before = SchemaGenerator.generate(tables, 42);
        after = SchemaGenerator.evolve(before, 0.10, 7);
    }

    @Benchmark
    public PlanResult plan() {
        return Planner.plan(new PlanRequest(before, after, "core", "0002_bench", false, false));
    }

    /** A quick timing without JMH: {@code java -cp bench/target/strata-bench.jar dev.strata.bench.PlanBenchmark}. */
    public static void main(String[] args) {
        var benchmark = new PlanBenchmark();
        benchmark.tables = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        benchmark.setUp();
        PlanResult result = null;
        for (int i = 0; i < 10; i++) {
            result = benchmark.plan();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            result = benchmark.plan();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%d tables, %d changes, %d steps, %d diagnostics: best of 10 warm runs %.1f ms%n",
                benchmark.tables, result.changes().size(), result.steps().size(), result.diagnostics().size(),
                best / 1e6);
    }
}
