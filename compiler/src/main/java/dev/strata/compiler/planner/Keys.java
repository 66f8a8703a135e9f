package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Scope;
import java.util.List;

/** Names of the objects steps create, drop, change and use: the vertices of the dependency graph. */
final class Keys {

    private Keys() {
    }

    static String schema(String name) {
        return "schema:" + name;
    }

    static String extension(String name) {
        return "extension:" + name;
    }

    /** A collation of the core. */
    static String collation(String name) {
        return "collation:" + name;
    }

    /** An enum or domain. */
    static String type(String name) {
        return "type:" + name;
    }

    static String sequence(String name) {
        return "sequence:" + name;
    }

    static String table(String name) {
        return "table:" + name;
    }

    static String column(String table, String column) {
        return "column:" + table + "." + column;
    }

    /** A primary key or unique constraint over these columns, which foreign keys need. */
    static String uniqueKey(String table, List<String> columns) {
        return "key:" + table + "(" + String.join(",", columns) + ")";
    }

    /** A constraint or index by name; PostgreSQL names both in one namespace per schema. */
    static String constraint(String name) {
        return "constraint:" + name;
    }

    /** A NOT VALID constraint once validated (the online SET NOT NULL waits for its helper check's validation). */
    static String validated(String name) {
        return "valid:" + name;
    }

    /** A column once SET NOT NULL has run on it (the online form drops its helper check after that). */
    static String notNull(String table, String column) {
        return "notnull:" + table + "." + column;
    }

    static String trigger(String table, String name) {
        return "trigger:" + table + "." + name;
    }

    static String policy(String table, String name) {
        return "policy:" + table + "." + name;
    }

    static String view(Scope scope, String name) {
        return "view:" + scope.label() + "." + name;
    }

    static String routine(Scope scope, String name) {
        return "routine:" + scope.label() + "." + name;
    }

    static String role(String name) {
        return "role:" + name;
    }
}
