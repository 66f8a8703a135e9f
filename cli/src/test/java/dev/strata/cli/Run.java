package dev.strata.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One {@code strata} command run in this JVM, as the tests run it: its exit code and what it printed. */
record Run(ExitCode code, String out, String err) {

    /** Runs {@code strata args…} without colours and with nothing on standard input. */
    static Run strata(String... args) {
        return withInput("", args);
    }

    /** Runs {@code strata args…} with {@code input} on standard input. */
    static Run withInput(String input, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        ExitCode code = Main.run(args, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, in));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
