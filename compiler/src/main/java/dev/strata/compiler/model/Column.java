package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A table column. Constraints written on the column (primary key, unique, references, check) are moved to the
 * table when parsed; only what belongs to the column itself stays here. {@code defaultExpr}, {@code generated}
 * are verbatim SQL or null; {@code identity} and {@code collation} are null when absent; {@code renamedFrom} is
 * the evolution hint {@code renamed from old_name}; {@code typeChange} the conversion hint. {@code identityOptions}
 * are the options of an identity's sequence, null when none is written (or the column is no identity).
 */
public record Column(String name, TypeRef type, boolean notNull, String defaultExpr, Identity identity,
                     IdentityOptions identityOptions, String generated, String collation, String comment,
                     String renamedFrom, TypeChange typeChange, Span span) {

    /** A column without identity options. */
    public Column(String name, TypeRef type, boolean notNull, String defaultExpr, Identity identity,
                  String generated, String collation, String comment, String renamedFrom, TypeChange typeChange,
                  Span span) {
        this(name, type, notNull, defaultExpr, identity, null, generated, collation, comment, renamedFrom,
                typeChange, span);
    }

    public Column withName(String newName) {
        return new Column(newName, type, notNull, defaultExpr, identity, identityOptions, generated, collation,
                comment, renamedFrom, typeChange, span);
    }

    /** The same column with this conversion hint (null for none). */
    public Column withTypeChange(TypeChange change) {
        return new Column(name, type, notNull, defaultExpr, identity, identityOptions, generated, collation, comment,
                renamedFrom, change, span);
    }

    /** The same column with these identity options. */
    public Column withIdentityOptions(IdentityOptions options) {
        return new Column(name, type, notNull, defaultExpr, identity, options, generated, collation, comment,
                renamedFrom, typeChange, span);
    }
}
