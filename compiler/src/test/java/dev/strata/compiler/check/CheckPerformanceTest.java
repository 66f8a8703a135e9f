package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A schema of real size checks clean, and the same every time. How long it takes is measured by the benchmarks
 * (bench/ ParseCheckBenchmark, docs/benchmarks.md), not asserted here: a timed test fails on a busy machine.
 */
class CheckPerformanceTest {

    @Test
    void twoThousandTablesAndViewsCheckCleanEveryTime() {
        var model = LargeSchema.generate(2_000, 2_000);
        var first = SemanticChecker.check(model);
        assertThat(first).isEmpty();
        for (int i = 0; i < 2; i++) {
            assertThat(SemanticChecker.check(model)).isEqualTo(first);
        }
        assertThat(model.core().tables()).hasSize(2_000);
        assertThat(model.core().table("table_1999")).isPresent();
    }
}
