package dev.strata.introspect;

/**
 * Something in the database that the Strata language cannot express (yet), so it is not in the imported model:
 * {@code kind} in words ({@code "partitioned table"}, {@code "policy"}), {@code name} qualified enough to find it
 * ({@code public.payment}, {@code public.film.film_fulltext_trigger}), why it was left out, and its definition as
 * PostgreSQL prints it where it can print one ({@code pg_get_ruledef}, {@code pg_get_viewdef}, a policy's
 * expressions, …; empty otherwise). Two databases hold the same such object when all four are equal.
 */
public record Unsupported(String kind, String name, String reason, String definition) {

    public Unsupported {
        definition = definition == null ? "" : definition;
    }

    /** An object whose kind, name and reason say all there is to compare. */
    public Unsupported(String kind, String name, String reason) {
        this(kind, name, reason, "");
    }

    /** How messages name it: {@code policy core.orders.tenant_isolation}. */
    public String object() {
        return kind + " " + name;
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + reason;
    }
}
