package dev.strata.introspect;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code .strata} file takes a default as one term ({@code 0}, {@code now()}, {@code 'placed'::status},
 * {@code ARRAY['a'::text]}, {@code (1 + 2)}) and any other expression in parentheses. PostgreSQL deparses most
 * defaults as terms already; the others ({@code CASE … END}, a cast to a schema-qualified type) are wrapped, so the
 * imported model reads back from its files exactly as it was imported.
 */
final class DefaultTerms {

    /** Words of the Strata grammar that cannot be a name (so cannot start a function call or name a type). */
    private static final Set<String> RESERVED = Set.of(
            "all", "array", "as", "asc", "check", "collate", "constraint", "default", "deferrable", "desc",
            "distinct", "false", "for", "foreign", "from", "generated", "grant", "in", "initially", "not", "null",
            "on", "or", "primary", "references", "returns", "select", "table", "to", "true", "unique", "using",
            "variadic", "when", "where", "with");

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String text;
    private int at;

    private DefaultTerms(String text) {
        this.text = text;
    }

    /** The expression as a term: itself when it is one, otherwise in parentheses. Null stays null. */
    static String asTerm(String expression) {
        if (expression == null) {
            return null;
        }
        String stripped = expression.strip();
        return isTerm(stripped) ? stripped : "(" + stripped + ")";
    }

    static boolean isTerm(String expression) {
        var scanner = new DefaultTerms(expression);
        return scanner.term() && scanner.atEnd();
    }

    /** {@code termAtom ('::' typeRef)*}. */
    private boolean term() {
        if (!atom()) {
            return false;
        }
        while (skipSpace() && text.startsWith("::", at)) {
            at += 2;
            if (!typeRef()) {
                return false;
            }
        }
        return true;
    }

    private boolean atom() {
        skipSpace();
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '(') {
            return balanced('(', ')');
        }
        if (c == '\'' || ((c == 'E' || c == 'e') && text.startsWith("'", at + 1))) {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        String word = word();
        if (word == null) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return true;
        }
        if (lower.equals("array")) {
            skipSpace();
            return at < text.length() && text.charAt(at) == '[' && balanced('[', ']');
        }
        if (!word.startsWith("\"") && RESERVED.contains(lower)) {
            return false;
        }
        while (at < text.length() && text.charAt(at) == '.') {
            at++;
            if (word() == null) {
                return false;
            }
        }
        int save = at;
        skipSpace();
        if (at < text.length() && text.charAt(at) == '(') {
            return balanced('(', ')');
        }
        at = save;
        return true;
    }

    /** {@code typeName arraySuffix*}, without a schema: a qualified type is not a term. */
    private boolean typeRef() {
        skipSpace();
        String word = word();
        if (word == null) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!word.startsWith("\"") && RESERVED.contains(lower)) {
            return false;
        }
        switch (lower) {
            case "double":
                if (!keyword("precision")) {
                    return false;
                }
                break;
            case "character":
            case "char":
            case "bit":
                keyword("varying");
                modifiers();
                break;
            case "timestamp":
            case "time":
                modifiers();
                if ((keyword("with") || keyword("without")) && !(keyword("time") && keyword("zone"))) {
                    return false;
                }
                break;
            default:
                modifiers();
        }
        while (skipSpace() && at < text.length() && text.charAt(at) == '[') {
            int close = text.indexOf(']', at);
            if (close < 0 || !text.substring(at + 1, close).strip().matches("[0-9]*")) {
                return false;
            }
            at = close + 1;
        }
        return true;
    }

    private void modifiers() {
        int save = at;
        skipSpace();
        if (at < text.length() && text.charAt(at) == '(') {
            int close = text.indexOf(')', at);
            if (close > 0 && text.substring(at + 1, close).matches("\\s*-?[0-9]+\\s*(,\\s*-?[0-9]+\\s*)*")) {
                at = close + 1;
                return;
            }
        }
        at = save;
    }

    private boolean keyword(String keyword) {
        int save = at;
        skipSpace();
        String word = word();
        if (word != null && word.equalsIgnoreCase(keyword)) {
            return true;
        }
        at = save;
        return false;
    }

    /** An identifier or a quoted name; null (position unchanged) when there is none here. */
    private String word() {
        int start = at;
        if (at < text.length() && text.charAt(at) == '"') {
            int end = endOfQuoted(at, '"');
            if (end < 0) {
                return null;
            }
            at = end + 1;
            return text.substring(start, at);
        }
        while (at < text.length()) {
            char c = text.charAt(at);
            boolean letter = Character.isLetter(c) || c == '_' || c >= 0x80;
            boolean part = letter || (at > start && (Character.isDigit(c) || c == '$'));
            if (!part) {
                break;
            }
            at++;
        }
        return at > start ? text.substring(start, at) : null;
    }

    private boolean string() {
        if (text.charAt(at) != '\'') {
            at++;
        }
        int end = endOfQuoted(at, '\'');
        if (end < 0) {
            return false;
        }
        at = end + 1;
        return true;
    }

    private boolean number() {
        var matcher = NUMBER.matcher(text);
        if (!matcher.find(at) || matcher.start() != at) {
            return false;
        }
        at = matcher.end();
        return true;
    }

    private boolean balanced(char open, char close) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(i, c);
                if (i < 0) {
                    return false;
                }
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                at = i + 1;
                return true;
            }
        }
        return false;
    }

    private int endOfQuoted(int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private boolean skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return true;
    }

    private boolean atEnd() {
        skipSpace();
        return at == text.length();
    }
}
