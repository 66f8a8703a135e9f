package dev.strata.compiler.format;

/** String literals and verbatim SQL as they are written back into a {@code .strata} file. */
final class Literals {

    private Literals() {
    }

    /** A standard SQL string literal: {@code 'it''s'}. */
    static String string(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** A verbatim SQL expression in the parentheses the grammar requires around it. */
    static String parenthesized(String expression) {
        return '(' + expression + ')';
    }

    /**
     * A verbatim body between {@code $$} markers, byte for byte. A body holding {@code $$}, or ending in
     * {@code $}, would close early: the language cannot express it.
     */
    static String dollarBody(String body) {
        if (body.contains("$$") || body.endsWith("$")) {
            throw new IllegalArgumentException(
                    "a body containing $$ or ending in $ cannot be written in a .strata file: " + body);
        }
        return "$$" + body + "$$";
    }
}
