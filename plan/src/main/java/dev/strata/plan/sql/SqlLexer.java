package dev.strata.plan.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of PostgreSQL SQL in Strata, after PostgreSQL's own lexer ({@code scan.l}): white space,
 * {@code --} and nested {@code /* *}{@code /} comments, string constants ({@code '…'} with doubled quotes,
 * {@code E'…'} with backslash escapes, {@code B'…'}, {@code X'…'}, {@code N'…'}, {@code U&'…'}),
 * dollar-quoted strings with tags, quoted identifiers ({@code "…"} with doubled quotes, {@code U&"…"}), words (key
 * words and unquoted identifiers), numbers, positional parameters ({@code $1}), operators and punctuation.
 *
 * <p>The tokens cover the text without gap or overlap, so their texts joined give the input back; a token that is
 * not terminated (a string without its closing quote) runs to the end of the text. The lexer never fails: any other
 * character is a one-character {@link Kind#PUNCTUATION} token. It assumes {@code standard_conforming_strings} (on
 * since PostgreSQL 9.1): a backslash escapes only inside {@code E'…'}.
 */
public final class SqlLexer {

    /** What a token is. */
    public enum Kind {
        /** Spaces, tabs, new lines, form feeds. */
        WHITESPACE,
        /** {@code -- …} up to (not including) the end of the line. */
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, nested ones included. */
        BLOCK_COMMENT,
        /** A string constant in single quotes, with its prefix ({@code E}, {@code B}, {@code X}, {@code N}, …). */
        STRING,
        /** {@code $$…$$} or {@code $tag$…$tag$}. */
        DOLLAR_STRING,
        /** {@code "…"} or {@code U&"…"}. */
        QUOTED_IDENTIFIER,
        /** A key word or an unquoted identifier, as written. */
        WORD,
        /** An integer or decimal number, with its exponent. */
        NUMBER,
        /** {@code $1}, {@code $2}, … */
        PARAMETER,
        /** A run of operator characters ({@code <=}, {@code ||}, {@code *}), split the way PostgreSQL splits it. */
        OPERATOR,
        /** {@code ( ) [ ] , ; : . :: :=}, and any character the lexer has no other kind for. */
        PUNCTUATION
    }

    /**
     * One token: its kind, its text exactly as in the input, where it starts (a {@code char} index into the input)
     * and the line it starts on (from 1).
     */
    public record Token(Kind kind, String text, int start, int line) {

        /** The index just after the token. */
        public int end() {
            return start + text.length();
        }

        /** Whether this is the word {@code word}, compared without regard to case (words only). */
        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this is the punctuation or operator {@code symbol}. */
        public boolean is(String symbol) {
            return (kind == Kind.PUNCTUATION || kind == Kind.OPERATOR) && text.equals(symbol);
        }

        /** A comment or white space: nothing PostgreSQL reads. */
        public boolean isTrivia() {
            return kind == Kind.WHITESPACE || kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
        }

        /**
         * The value the token stands for: a string constant unescaped ({@code 'it''s'} is {@code it's}, {@code E'a\nb'}
         * holds a new line), the body of a dollar-quoted string, the name a quoted identifier stands for, an
         * unquoted word folded to lower case (as PostgreSQL folds it: ASCII letters only); else the text.
         */
        public String value() {
            return switch (kind) {
                case STRING -> stringValue(text);
                case DOLLAR_STRING -> dollarBody(text);
                case QUOTED_IDENTIFIER -> identifierValue(text);
                case WORD -> foldCase(text);
                default -> text;
            };
        }

        /** The tag of a dollar-quoted string, {@code $$} or {@code $name$}; null for other tokens. */
        public String dollarTag() {
            return kind == Kind.DOLLAR_STRING ? text.substring(0, text.indexOf('$', 1) + 1) : null;
        }
    }

    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";
    /** An operator with one of these may end in {@code +} or {@code -}; others may not (scan.l). */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#^&|`?%";

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int line = 1;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** All tokens of {@code sql}, white space and comments included; none for null or empty text. */
    public static List<Token> tokenize(String sql) {
        if (sql == null) {
            return List.of();
        }
        var lexer = new SqlLexer(sql);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    /** The tokens PostgreSQL reads: {@link #tokenize} without white space and comments. */
    public static List<Token> significant(String sql) {
        return tokenize(sql).stream().filter(token -> !token.isTrivia()).toList();
    }

    private void run() {
        int i = 0;
        while (i < sql.length()) {
            int start = i;
            Kind kind = kindAt(i);
            int end = switch (kind) {
                case WHITESPACE -> whitespaceEnd(i);
                case LINE_COMMENT -> lineEnd(i);
                case BLOCK_COMMENT -> blockCommentEnd(i);
                case STRING -> stringEnd(i);
                case DOLLAR_STRING -> dollarEnd(i);
                case QUOTED_IDENTIFIER -> quotedEnd(sql.indexOf('"', i), '"', false);
                case WORD -> wordEnd(i);
                case NUMBER -> numberEnd(i);
                case PARAMETER -> digitsEnd(i + 1);
                case OPERATOR -> operatorEnd(i);
                case PUNCTUATION -> punctuationEnd(i);
            };
            String text = sql.substring(start, end);
            tokens.add(new Token(kind, text, start, line));
            line += count(text, '\n');
            i = end;
        }
    }

    private Kind kindAt(int i) {
        char c = sql.charAt(i);
        if (isSpace(c)) {
            return Kind.WHITESPACE;
        }
        if (sql.startsWith("--", i)) {
            return Kind.LINE_COMMENT;
        }
        if (sql.startsWith("/*", i)) {
            return Kind.BLOCK_COMMENT;
        }
        if (c == '\'' || stringPrefix(i) > 0) {
            return Kind.STRING;
        }
        if (c == '"' || startsWithIgnoreCase(i, "u&\"")) {
            return Kind.QUOTED_IDENTIFIER;
        }
        if (c == '$') {
            if (dollarTagEnd(i) > 0) {
                return Kind.DOLLAR_STRING;
            }
            if (i + 1 < sql.length() && isDigit(sql.charAt(i + 1))) {
                return Kind.PARAMETER;
            }
            return Kind.PUNCTUATION;
        }
        if (isIdentifierStart(c)) {
            return Kind.WORD;
        }
        if (isDigit(c) || (c == '.' && i + 1 < sql.length() && isDigit(sql.charAt(i + 1)))) {
            return Kind.NUMBER;
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return Kind.OPERATOR;
        }
        return Kind.PUNCTUATION;
    }

    // ---------------------------------------------------------------------------------------- white space, comments

    private int whitespaceEnd(int i) {
        while (i < sql.length() && isSpace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineEnd(int i) {
        int newline = sql.indexOf('\n', i);
        int carriageReturn = sql.indexOf('\r', i);
        int end = newline < 0 ? sql.length() : newline;
        return carriageReturn >= 0 && carriageReturn < end ? carriageReturn : end;
    }

    private int blockCommentEnd(int i) {
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    // ------------------------------------------------------------------------------------------ strings, names

    /**
     * The length of a string constant's prefix at {@code i} ({@code E}, {@code B}, {@code X}, {@code N},
     * {@code U&}) directly before its quote; 0 when there is none.
     */
    private int stringPrefix(int i) {
        if (startsWithIgnoreCase(i, "u&'")) {
            return 2;
        }
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'' && "eEbBxXnN".indexOf(sql.charAt(i)) >= 0) {
            return 1;
        }
        return 0;
    }

    private int stringEnd(int i) {
        int quote = i + stringPrefix(i);
        boolean escapes = Character.toLowerCase(sql.charAt(i)) == 'e' && quote == i + 1;
        return quotedEnd(quote, '\'', escapes);
    }

    /**
     * The index after the quote that closes the one at {@code open}; doubled quotes (and with {@code escapes},
     * backslashed characters) stay inside.
     */
    private int quotedEnd(int open, char quote, boolean escapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (escapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The index after the dollar-quote tag that starts at {@code i} ({@code $$}, {@code $tag$}); -1 when none does. */
    private int dollarTagEnd(int i) {
        int j = i + 1;
        if (j < sql.length() && isDollarTagStart(sql.charAt(j))) {
            j++;
            while (j < sql.length() && isDollarTagPart(sql.charAt(j))) {
                j++;
            }
        }
        return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : -1;
    }

    private int dollarEnd(int i) {
        int tagEnd = dollarTagEnd(i);
        String tag = sql.substring(i, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        return close < 0 ? sql.length() : close + tag.length();
    }

    private int wordEnd(int i) {
        int j = i + 1;
        while (j < sql.length() && isIdentifierPart(sql.charAt(j))) {
            j++;
        }
        return j;
    }

    // ------------------------------------------------------------------------------------------- numbers

    private int numberEnd(int i) {
        if (sql.charAt(i) == '0' && i + 2 < sql.length() && "xXoObB".indexOf(sql.charAt(i + 1)) >= 0
                && isRadixDigit(sql.charAt(i + 2), sql.charAt(i + 1))) {
            int j = i + 2;
            while (j < sql.length() && (isRadixDigit(sql.charAt(j), sql.charAt(i + 1)) || sql.charAt(j) == '_')) {
                j++;
            }
            return j;
        }
        int j = digitsEnd(i);
        // "1..2" is the integer 1 and then "..", as in PostgreSQL
        if (j < sql.length() && sql.charAt(j) == '.' && !sql.startsWith("..", j)) {
            j = digitsEnd(j + 1);
        }
        if (j < sql.length() && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < sql.length() && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
                k++;
            }
            if (k < sql.length() && isDigit(sql.charAt(k))) {
                j = digitsEnd(k);
            }
        }
        return j;
    }

    /** Digits and the underscores PostgreSQL 16 allows between them. */
    private int digitsEnd(int i) {
        while (i < sql.length() && (isDigit(sql.charAt(i))
                || (sql.charAt(i) == '_' && i + 1 < sql.length() && isDigit(sql.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isRadixDigit(char c, char radix) {
        return switch (Character.toLowerCase(radix)) {
            case 'x' -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    // ------------------------------------------------------------------------------------ operators, punctuation

    /**
     * The longest operator at {@code i} as PostgreSQL reads it: operator characters up to a comment start, with a
     * trailing {@code +} or {@code -} given back unless the operator holds a character other than
     * {@code + - * / < > =} (so {@code a*-1} is {@code *} then {@code -}).
     */
    private int operatorEnd(int i) {
        int j = i;
        while (j < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(j)) >= 0) {
            if (j > i && (sql.startsWith("--", j) || sql.startsWith("/*", j))) {
                break;
            }
            j++;
        }
        String operator = sql.substring(i, j);
        boolean nonMath = operator.chars().anyMatch(c -> NON_MATH_OPERATOR_CHARS.indexOf(c) >= 0);
        while (!nonMath && j - i > 1 && (sql.charAt(j - 1) == '+' || sql.charAt(j - 1) == '-')) {
            j--;
        }
        return j;
    }

    private int punctuationEnd(int i) {
        if (sql.startsWith("::", i) || sql.startsWith(":=", i)) {
            return i + 2;
        }
        return i + 1;
    }

    // ------------------------------------------------------------------------------------------- values

    private static String stringValue(String text) {
        int quote = text.indexOf('\'');
        String prefix = text.substring(0, quote).toLowerCase(Locale.ROOT);
        String body = quotedValue(text, quote, '\'', prefix.equals("e"));
        return prefix.equals("u&") ? unicodeUnescape(body) : body;
    }

    private static String identifierValue(String text) {
        int quote = text.indexOf('"');
        String name = quotedValue(text, quote, '"', false);
        return quote == 0 ? name : unicodeUnescape(name);
    }

    /**
     * What is between the quote at {@code open} and the one closing it, doubled quotes made single and, with
     * {@code escapes}, backslash escapes resolved; an unterminated one runs to the end.
     */
    private static String quotedValue(String text, int open, char quote, boolean escapes) {
        var out = new StringBuilder();
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    out.append(quote);
                    i += 2;
                    continue;
                }
                break;
            }
            if (escapes && c == '\\' && i + 1 < text.length()) {
                i = escape(text, i + 1, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Resolves the escape whose letter is at {@code i}; returns the index after it. */
    private static int escape(String body, int i, StringBuilder out) {
        char c = body.charAt(i);
        switch (c) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'x' -> {
                int end = hexEnd(body, i + 1, 2);
                if (end == i + 1) {
                    out.append(c);
                    return i + 1;
                }
                out.append((char) Integer.parseInt(body.substring(i + 1, end), 16));
                return end;
            }
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                int end = hexEnd(body, i + 1, digits);
                if (end != i + 1 + digits) {
                    out.append(c);
                    return i + 1;
                }
                out.appendCodePoint(Integer.parseInt(body.substring(i + 1, end), 16));
                return end;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int end = i;
                    while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) (Integer.parseInt(body.substring(i, end), 8) & 0xFF));
                    return end;
                }
                out.append(c);
            }
        }
        return i + 1;
    }

    /** {@code U&'d\0061t\+000061'}: {@code \XXXX}, {@code \+XXXXXX} and {@code \\} resolved (default escape only). */
    private static String unicodeUnescape(String body) {
        var out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && body.startsWith("\\", i + 1)) {
                out.append('\\');
                i += 2;
            } else if (c == '\\' && hexEnd(body, i + 1, 4) == i + 5) {
                out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 5;
            } else if (c == '\\' && body.startsWith("+", i + 1) && hexEnd(body, i + 2, 6) == i + 8) {
                out.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16));
                i += 8;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int hexEnd(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i < from + max && Character.digit(s.charAt(i), 16) >= 0) {
            i++;
        }
        return i;
    }

    private static String dollarBody(String text) {
        String tag = text.substring(0, text.indexOf('$', 1) + 1);
        boolean closed = text.length() >= 2 * tag.length() && text.endsWith(tag);
        return text.substring(tag.length(), closed ? text.length() - tag.length() : text.length());
    }

    /** An unquoted name as PostgreSQL folds it: ASCII upper-case letters to lower case, nothing else. */
    public static String foldCase(String word) {
        var out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------- characters

    private boolean startsWithIgnoreCase(int i, String prefix) {
        return sql.regionMatches(true, i, prefix, 0, prefix.length());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** PostgreSQL's ident_start: a letter, an underscore, or any non-ASCII character. */
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentifierStart(c);
    }

    private static boolean isDollarTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
