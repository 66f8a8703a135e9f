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

    /** A verbatim body between {@code $$} markers, byte for byte. */
    static String dollarBody(String body) {
        if (body.contains("$$")) {
            throw new IllegalArgumentException("a body containing $$ cannot be written in a .strata file: " + body);
        }
        return "$$" + body + "$$";
    }
}
