package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/** Something with a name declared at the top of a {@code core} or {@code facade} block. */
public sealed interface Declaration
        permits Extension, Collation, EnumType, Domain, Sequence, Table, View, Routine {

    String name();

    Span span();

    /** The kind in words, as used in messages: "table", "view", "function". */
    String kind();
}
