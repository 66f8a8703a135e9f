package dev.strata.engine.state;

/** Literal and identifier quoting for the few statements the runtime builds itself. */
public final class Sql {

    private Sql() {
    }

    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String qualified(String schema, String name) {
        return identifier(schema) + "." + identifier(name);
    }
}
