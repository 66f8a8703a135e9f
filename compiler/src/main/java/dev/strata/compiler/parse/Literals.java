package dev.strata.compiler.parse;

/**
 * The value of a string literal: {@code 'it''s'} is {@code it's}; {@code E'…'} strings also take PostgreSQL's
 * backslash escapes ({@code \n}, {@code \t}, {@code \\}, {@code \'}, {@code \xHH}, octal, {@code \\uXXXX},
 * {@code \\UXXXXXXXX}).
 */
final class Literals {

    private Literals() {
    }

    static String string(String literal) {
        if (literal.charAt(0) == 'E' || literal.charAt(0) == 'e') {
            return escaped(literal.substring(2, literal.length() - 1));
        }
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    private static String escaped(String body) {
        var value = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'') {
                value.append('\'');
                i += 2;
                continue;
            }
            if (c != '\\' || i + 1 >= body.length()) {
                value.append(c);
                i++;
                continue;
            }
            i = escape(body, i + 1, value);
        }
        return value.toString();
    }

    /** Appends the character escaped at {@code at} (just past the backslash); returns the index after it. */
    private static int escape(String body, int at, StringBuilder value) {
        char c = body.charAt(at);
        switch (c) {
            case 'b':
                value.append('\b');
                return at + 1;
            case 'f':
                value.append('\f');
                return at + 1;
            case 'n':
                value.append('\n');
                return at + 1;
            case 'r':
                value.append('\r');
                return at + 1;
            case 't':
                value.append('\t');
                return at + 1;
            case 'x':
                return number(body, at + 1, 16, 2, value, at);
            case 'u':
                return number(body, at + 1, 16, 4, value, at);
            case 'U':
                return number(body, at + 1, 16, 8, value, at);
            default:
                if (c >= '0' && c <= '7') {
                    return number(body, at, 8, 3, value, at);
                }
                value.append(c);
                return at + 1;
        }
    }

    private static int number(String body, int from, int radix, int maxDigits, StringBuilder value, int escapeAt) {
        int end = from;
        while (end < body.length() && end - from < maxDigits && Character.digit(body.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            value.append(body.charAt(escapeAt));
            return escapeAt + 1;
        }
        long codePoint = Long.parseLong(body.substring(from, end), radix);
        if (!Character.isValidCodePoint((int) codePoint) || codePoint > Character.MAX_CODE_POINT) {
            value.append(body, escapeAt, end);
            return end;
        }
        value.appendCodePoint((int) codePoint);
        return end;
    }
}
