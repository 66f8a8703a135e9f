package dev.strata.introspect;

/** View queries and routine bodies as the model holds them, and whether a {@code .strata} file can hold them. */
final class Bodies {

    private Bodies() {
    }

    /** {@code pg_get_viewdef} ends the query with a semicolon and pads it; the model holds the query itself. */
    static String viewBody(String viewDef) {
        if (viewDef == null) {
            return null;
        }
        String body = viewDef.strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).stripTrailing();
        }
        return body;
    }

    /** Why a body cannot be written between {@code $$} markers, or null when it can. */
    static String problem(String body) {
        if (body == null) {
            return "its definition could not be read";
        }
        if (body.contains("$$") || body.endsWith("$")) {
            return "its body contains $$, which a .strata body cannot hold";
        }
        return null;
    }
}
