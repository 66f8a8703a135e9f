package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Code;

/**
 * The diagnostic codes of the parser: S01xx for text that is not Strata, S02xx for text that parses but says
 * something impossible about one declaration. They are the part of the registry {@link Code} that the parser
 * reports, so its methods can only be given one of these; code and title are the registry's.
 */
public enum SyntaxCode {
    UNEXPECTED_INPUT(Code.UNEXPECTED_INPUT),
    UNTERMINATED_BODY(Code.UNTERMINATED_BODY),
    UNTERMINATED_STRING(Code.UNTERMINATED_STRING),
    UNTERMINATED_COMMENT(Code.UNTERMINATED_COMMENT),
    UNBALANCED_PARENTHESIS(Code.UNBALANCED_PARENTHESIS),
    RESERVED_WORD(Code.RESERVED_WORD),
    BODY_NOT_DOLLAR_QUOTED(Code.BODY_NOT_DOLLAR_QUOTED),
    SEMICOLON(Code.SEMICOLON),
    UNTERMINATED_QUOTED_NAME(Code.UNTERMINATED_QUOTED_NAME),
    EMPTY_QUOTED_NAME(Code.EMPTY_QUOTED_NAME),
    NESTING_TOO_DEEP(Code.NESTING_TOO_DEEP),
    MULTIPLE_PRIMARY_KEYS(Code.MULTIPLE_PRIMARY_KEYS),
    DUPLICATE_OPTION(Code.DUPLICATE_OPTION),
    CONFLICTING_OPTIONS(Code.CONFLICTING_OPTIONS),
    NUMBER_OUT_OF_RANGE(Code.NUMBER_OUT_OF_RANGE),
    PARAMETER_POSITION(Code.PARAMETER_POSITION);

    private final Code registered;

    SyntaxCode(Code registered) {
        this.registered = registered;
    }

    /** The entry of the registry this code is. */
    public Code registered() {
        return registered;
    }

    public String code() {
        return registered.code();
    }

    public String title() {
        return registered.title();
    }
}
