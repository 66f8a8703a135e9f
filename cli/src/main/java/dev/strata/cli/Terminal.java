package dev.strata.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where the command writes and reads ({@code strata sql} reads its script from {@code in} when given neither -c nor
 * -f), and whether it may use colour: only on an interactive terminal, never when {@code NO_COLOR} is set, unless
 * {@code --color always|never} says otherwise.
 */
public record Terminal(PrintStream out, PrintStream err, boolean colour, InputStream in) {

    /** A terminal whose standard input is empty. */
    public Terminal(PrintStream out, PrintStream err, boolean colour) {
        this(out, err, colour, new ByteArrayInputStream(new byte[0]));
    }

    public static Terminal system(String colourOption) {
        return new Terminal(System.out, System.err, decideColour(colourOption), System.in);
    }

    static boolean decideColour(String option) {
        if ("always".equals(option)) {
            return true;
        }
        if ("never".equals(option)) {
            return false;
        }
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    public String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    public String red(String text) {
        return colour ? "\u001b[31m" + text + "\u001b[0m" : text;
    }

    public String green(String text) {
        return colour ? "\u001b[32m" + text + "\u001b[0m" : text;
    }

    public String yellow(String text) {
        return colour ? "\u001b[33m" + text + "\u001b[0m" : text;
    }
}
