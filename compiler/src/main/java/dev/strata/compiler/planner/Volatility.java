package dev.strata.compiler.planner;

import java.util.Set;

/**
 * Whether a default calls one of PostgreSQL's volatile functions. ADD COLUMN with such a default rewrites the
 * table (each row gets its own value); with any other default PostgreSQL 11+ stores it once and rewrites nothing.
 */
final class Volatility {

    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "setval",
            "uuidv4", "uuidv7", "random_normal");

    private Volatility() {
    }

    static boolean isVolatile(String expression) {
        if (expression == null) {
            return false;
        }
        return BodyScanner.identifiers(expression).stream().anyMatch(VOLATILE::contains);
    }
}
