package dev.strata.introspect;

/**
 * Something in the database that the Strata language cannot express (yet), so it is not in the imported model:
 * {@code kind} in words ({@code "partitioned table"}, {@code "policy"}), {@code name} qualified enough to find it
 * ({@code public.payment}, {@code public.film.film_fulltext_trigger}), and why it was left out.
 */
public record Unsupported(String kind, String name, String reason) {

    @Override
    public String toString() {
        return kind + " " + name + ": " + reason;
    }
}
