package dev.strata.compiler.check;

import java.util.List;

/** Small helpers for writing messages the same way everywhere. */
final class Words {

    private Words() {
    }

    /** "a table", "an enum", "an index". */
    static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** A column list as written in the source: {@code (a, b)}. */
    static String columnList(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** "1 column", "2 columns". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
