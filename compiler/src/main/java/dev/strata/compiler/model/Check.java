package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A check constraint: {@code name} is null when the source gave none; {@code column} is the column it was written
 * on (null for a table-level check), which decides PostgreSQL's default name; {@code expression} is the verbatim
 * SQL between the outer parentheses; {@code notValid} is {@code not valid}: PostgreSQL enforces it on new and
 * changed rows but has not checked the rows already there; {@code noInherit} is {@code no inherit}: the check
 * holds for this table only, not for tables that inherit from it (both for table checks only: a domain's checks are
 * always valid and inherited). {@code comment} is a table check's {@code comment 'TEXT'} (COMMENT ON CONSTRAINT),
 * null when it has none; a check written on a column line has none (a comment there is the column's).
 */
public record Check(String name, String column, String expression, boolean notValid, boolean noInherit,
                    String comment, Span span) {

    /** A check without a comment. */
    public Check(String name, String column, String expression, boolean notValid, boolean noInherit, Span span) {
        this(name, column, expression, notValid, noInherit, null, span);
    }

    /** A validated, inherited check. */
    public Check(String name, String column, String expression, Span span) {
        this(name, column, expression, false, false, span);
    }

    public Check withNotValid(boolean value) {
        return new Check(name, column, expression, value, noInherit, comment, span);
    }

    /** The same check with this comment (null for none). */
    public Check withComment(String text) {
        return new Check(name, column, expression, notValid, noInherit, text, span);
    }
}
