package dev.strata.cli;

import java.io.PrintStream;

/**
 * Where the command writes, and whether it may use colour: only on an interactive terminal, never when
 * {@code NO_COLOR} is set, unless {@code --color always|never} says otherwise.
 */
public record Terminal(PrintStream out, PrintStream err, boolean colour) {

    public static Terminal system(String colourOption) {
        return new Terminal(System.out, System.err, decideColour(colourOption));
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
