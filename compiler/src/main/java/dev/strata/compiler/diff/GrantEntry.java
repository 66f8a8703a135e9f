package dev.strata.compiler.diff;

/**
 * One privilege of one role on one facade object ({@code SELECT} on {@code customers} to {@code shop_app}), or
 * {@code USAGE} on the facade's schema when {@code object} is null. Grants in the sources are expanded to these
 * so that adding a role to a grant is one small change.
 */
public record GrantEntry(String privilege, String object, String role) implements Comparable<GrantEntry> {

    public static final String USAGE = "USAGE";

    public boolean onSchema() {
        return object == null;
    }

    @Override
    public int compareTo(GrantEntry o) {
        int c = String.valueOf(object).compareTo(String.valueOf(o.object));
        if (c != 0) {
            return c;
        }
        c = role.compareTo(o.role);
        return c != 0 ? c : privilege.compareTo(o.privilege);
    }

    /** In words: {@code select on shop_api v2 customers to shop_app}, {@code usage on schema shop_api v2 to …}. */
    public String describe(Scope scope) {
        String on = onSchema() ? "schema " + scope.label() : scope.named(object);
        return privilege.toLowerCase(java.util.Locale.ROOT) + " on " + on + " to " + role;
    }
}
