package dev.strata.compiler.format;

import dev.strata.plan.sql.Identifiers;
import java.util.Set;

/**
 * How names are written in a {@code .strata} file: bare when the parser reads the bare word back as the same name,
 * quoted otherwise. On top of PostgreSQL's rules ({@link Identifiers#isPlain}) a name is quoted when it is one of
 * Strata's own reserved key words (every key word of the grammar that its {@code nonReserved} rule does not list).
 */
final class StrataNames {

    /** The grammar's key words that cannot be used as bare names. Kept in step with Strata.g4 by a test. */
    static final Set<String> RESERVED = Set.of(
            "all", "array", "as", "asc", "check", "collate", "constraint", "default", "deferrable", "desc",
            "distinct", "false", "for", "foreign", "from", "generated", "grant", "in", "initially", "not", "null",
            "on", "or", "primary", "references", "returns", "select", "table", "to", "true", "unique", "using",
            "variadic", "when", "where", "with");

    /**
     * Non-reserved key words that a parameter or column name cannot be written as bare: {@code out double
     * precision} would read as an {@code out} parameter named {@code double}.
     */
    private static final Set<String> PARAMETER_MODES = Set.of("out", "inout");

    /**
     * Non-reserved key words that a table column's name cannot be written as bare, because the line before may
     * read it as its own: {@code irreversible} is a column option, and {@code varying}, {@code precision} and
     * {@code without} continue a type ({@code a character} then {@code varying int} is one column).
     */
    private static final Set<String> CONTINUATIONS = Set.of("irreversible", "varying", "precision", "without");

    private StrataNames() {
    }

    static String name(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an empty name cannot be written in a .strata file");
        }
        return isBare(name) ? name : Identifiers.quote(name);
    }

    /** A routine parameter or {@code returns table} column name, where the parameter modes are ambiguous. */
    static String parameterName(String name) {
        return PARAMETER_MODES.contains(name) ? Identifiers.quote(name) : name(name);
    }

    /** A table column's name, which starts a line that must not continue the line before. */
    static String columnName(String name) {
        return CONTINUATIONS.contains(name) ? Identifiers.quote(name) : name(name);
    }

    static boolean isBare(String name) {
        return Identifiers.isPlain(name) && !RESERVED.contains(name);
    }
}
