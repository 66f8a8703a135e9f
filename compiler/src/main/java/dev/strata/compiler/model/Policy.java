package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;
import java.util.Locale;

/**
 * {@code policy own_rows as restrictive for update to app_user using (owner = current_user) with check (…)}: a
 * row-level security policy of its table. {@code roles} are sorted and empty for PostgreSQL's default,
 * {@code public} (written or not); {@code using} and {@code withCheck} are verbatim SQL or null.
 */
public record Policy(String name, boolean permissive, Command command, List<String> roles, String using,
                     String withCheck, Span span) {

    public static final String PUBLIC = "public";

    public Policy {
        roles = roles.stream().filter(role -> !role.equals(PUBLIC)).distinct().sorted().toList();
    }

    /** The commands a policy applies to, as {@code CREATE POLICY … FOR} names them. */
    public enum Command {
        ALL, SELECT, INSERT, UPDATE, DELETE;

        public String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** PostgreSQL checks existing rows ({@code using}) for every command but {@code insert}. */
        public boolean takesUsing() {
            return this != INSERT;
        }

        /** PostgreSQL checks new rows ({@code with check}) for {@code all}, {@code insert} and {@code update}. */
        public boolean takesWithCheck() {
            return this == ALL || this == INSERT || this == UPDATE;
        }
    }
}
