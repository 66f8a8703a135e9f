package dev.strata.compiler.diag;

/** ANSI colours for the renderer, or plain text when colour is off. */
final class Style {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String BLUE = "\u001B[34m";
    private static final String CYAN = "\u001B[36m";

    private final boolean colour;

    Style(boolean colour) {
        this.colour = colour;
    }

    String bold(String text) {
        return paint(BOLD, text);
    }

    String severity(Severity severity, String text) {
        return paint(BOLD + (severity == Severity.ERROR ? RED : YELLOW), text);
    }

    String caret(Severity severity, String text) {
        if (severity == null) {
            return paint(BOLD + BLUE, text);
        }
        return paint(BOLD + (severity == Severity.ERROR ? RED : YELLOW), text);
    }

    String gutter(String text) {
        return paint(BLUE, text);
    }

    String hint(String text) {
        return paint(BOLD + CYAN, text);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
