package dev.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    private final List<String> log = new ArrayList<>();

    private void print(String text) {
        try (var lines = new LogLines(l -> log.add("INFO " + l), l -> log.add("WARN " + l),
                l -> log.add("ERROR " + l)); var out = new PrintStream(lines, true, StandardCharsets.UTF_8)) {
            out.print(text);
        }
    }

    @Test
    void aDiagnosticKeepsItsLevelOverItsExcerptAndHintThenTheLogGoesBackToInfo() {
        print("""
                schema/app.strata:3:5: error[S1101]: unknown column 'nme'
                    3 |     nme text
                      |     ^^^
                hint: did you mean 'name'?

                schema/app.strata:9:1: warning[S1701]: a table without a key
                hint: add a primary key
                1 error, 1 warning
                """);
        assertThat(log).containsExactly(
                "ERROR schema/app.strata:3:5: error[S1101]: unknown column 'nme'",
                "ERROR     3 |     nme text",
                "ERROR       |     ^^^",
                "ERROR hint: did you mean 'name'?",
                "WARN schema/app.strata:9:1: warning[S1701]: a table without a key",
                "WARN hint: add a primary key",
                "INFO 1 error, 1 warning");
    }

    @Test
    void standardOutputIsInfoEvenWhereItReadsLikeAComplaint() {
        try (var lines = LogLines.results(l -> log.add("INFO " + l));
             var out = new PrintStream(lines, true, StandardCharsets.UTF_8)) {
            out.print("strata codegen: ledger_api v1 → target/gen: 2 files, 2 written\nerror: none\n");
        }
        assertThat(log).containsExactly("INFO strata codegen: ledger_api v1 → target/gen: 2 files, 2 written",
                "INFO error: none");
    }

    @Test
    void theCommandsOwnComplaintsAreErrorsWithoutTheirPrefixAndProgressIsInfo() {
        print("applying plan 0001_init (4 steps)\n  step 1: create schema core\nwarning: no live roles\n"
                + "error: not planned: the sources changed\nstrata apply: cannot connect to localhost:5432\nlast line");
        assertThat(log).containsExactly(
                "INFO applying plan 0001_init (4 steps)",
                "INFO   step 1: create schema core",
                "WARN no live roles",
                "ERROR not planned: the sources changed",
                "ERROR strata apply: cannot connect to localhost:5432",
                "INFO last line");
    }
}
