package dev.strata.compiler.parse;

/**
 * The diagnostic codes of the parser: S01xx for text that is not Strata, S02xx for text that parses but says
 * something impossible about one declaration. Each code has a section in {@code docs/diagnostics.md}.
 */
public enum SyntaxCode {
    UNEXPECTED_INPUT("S0101", "unexpected input"),
    UNTERMINATED_BODY("S0102", "unterminated $$ body"),
    UNTERMINATED_STRING("S0103", "unterminated string"),
    UNTERMINATED_COMMENT("S0104", "unterminated block comment"),
    UNBALANCED_PARENTHESIS("S0105", "unbalanced parenthesis"),
    RESERVED_WORD("S0106", "reserved word used as a name"),
    BODY_NOT_DOLLAR_QUOTED("S0107", "body not $$-quoted"),
    SEMICOLON("S0108", "semicolon"),
    UNTERMINATED_QUOTED_NAME("S0109", "unterminated quoted name"),
    EMPTY_QUOTED_NAME("S0110", "empty quoted name"),
    NESTING_TOO_DEEP("S0111", "nesting too deep"),
    MULTIPLE_PRIMARY_KEYS("S0201", "more than one primary key"),
    DUPLICATE_OPTION("S0202", "option given twice"),
    CONFLICTING_OPTIONS("S0203", "conflicting options"),
    NUMBER_OUT_OF_RANGE("S0204", "number out of range");

    private final String code;
    private final String title;

    SyntaxCode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
