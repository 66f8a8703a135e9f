package dev.strata.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a command prints, line by line, into Maven's log: a warning ({@code …: warning[S…]}, {@code warning: …}) at
 * warning level, an error ({@code …: error[S…]}, {@code error…}, or the command's own {@code strata COMMAND: …}
 * complaint) at error level, every other line at info level. A diagnostic's continuation lines (indented source
 * excerpt, {@code hint:}, {@code note:}) keep the level of the line that opened it. A leading {@code error: } or
 * {@code warning: } is left to the log's own level marker.
 */
final class LogLines extends OutputStream {

    private final Consumer<CharSequence> info;
    private final Consumer<CharSequence> warn;
    private final Consumer<CharSequence> error;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private Consumer<CharSequence> current;
    /** False for standard output, whose lines are all info. */
    private final boolean levels;

    /** The command's standard error: its warnings and errors, and progress. */
    LogLines(Consumer<CharSequence> info, Consumer<CharSequence> warn, Consumer<CharSequence> error) {
        this(info, warn, error, true);
    }

    private LogLines(Consumer<CharSequence> info, Consumer<CharSequence> warn, Consumer<CharSequence> error,
                     boolean levels) {
        this.info = info;
        this.warn = warn;
        this.error = error;
        this.current = info;
        this.levels = levels;
    }

    /**
     * The command's standard output: results only (problems go to standard error), every line at info level, even
     * one that starts like a complaint ({@code strata codegen: ledger_api v1 → …: 2 files}).
     */
    static LogLines results(Consumer<CharSequence> info) {
        return new LogLines(info, info, info, false);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    @Override
    public void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (!levels) {
            info.accept(text);
            return;
        }
        if (text.isBlank()) {
            current = info;
            return;
        }
        if (text.contains(": error[") || text.startsWith("error") || text.startsWith("strata ")) {
            current = error;
        } else if (text.contains(": warning[") || text.startsWith("warning")) {
            current = warn;
        } else if (current != info && !text.startsWith(" ") && !text.startsWith("hint:")
                && !text.startsWith("note:")) {
            current = info;
        }
        // Maven's log prints the level itself
        if (current == error && text.startsWith("error: ")) {
            text = text.substring("error: ".length());
        } else if (current == warn && text.startsWith("warning: ")) {
            text = text.substring("warning: ".length());
        }
        current.accept(text);
    }
}
