package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.Objects;

/**
 * {@code collation german (provider = icu, locale = 'de-u-co-phonebk', deterministic = false)}, or a copy of an
 * existing collation: {@code collation c_copy from "C"}. A copy has {@code from} set and nothing else; otherwise
 * {@code provider} is {@code "icu"} or {@code "libc"} (libc, PostgreSQL's default, when not written),
 * {@code locale} sets both categories at once, and {@code lcCollate}/{@code lcCtype} set them one by one
 * (libc only; when both are written and equal the translator keeps them as {@code locale}). Options PostgreSQL
 * would reject are reported by the {@code CollationOptions} check.
 */
public record Collation(String name, String from, String provider, String locale, String lcCollate,
                        String lcCtype, boolean deterministic, Span span) implements Declaration {

    public static final String LIBC = "libc";
    public static final String ICU = "icu";

    @Override
    public String kind() {
        return "collation";
    }

    public boolean copied() {
        return from != null;
    }

    /** Whether the two declare the same collation (the source positions aside). */
    public boolean sameDefinition(Collation other) {
        return name.equals(other.name) && Objects.equals(from, other.from)
                && Objects.equals(provider, other.provider) && Objects.equals(locale, other.locale)
                && Objects.equals(lcCollate, other.lcCollate) && Objects.equals(lcCtype, other.lcCtype)
                && deterministic == other.deterministic;
    }
}
