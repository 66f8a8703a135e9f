package dev.strata.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a step touches, as a fact of the plan rather than something to read back from its SQL: the kind of object,
 * the schema it lives in, the table it belongs to (columns, constraints, indexes, triggers) and its name. A
 * routine's name carries its argument types, {@code place_order(bigint, numeric)}, as PostgreSQL identifies
 * routines by them. {@code renamedFrom} is the name before a rename step. A facade version's target is its schema,
 * with the facade's name and the version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepTarget(Kind kind, String schema, String table, String name, String renamedFrom, String facade,
                         Integer version) {

    /**
     * The kinds of object a step can touch. {@code DEFAULT} is a column's default expression (named by its column),
     * which a step drops or replaces without touching the column: a default using a sequence stops the sequence's
     * DROP until it is gone.
     */
    public enum Kind {
        SCHEMA, EXTENSION, ROLE, COLLATION, ENUM, DOMAIN, SEQUENCE, TABLE, COLUMN, CONSTRAINT, INDEX, TRIGGER, VIEW,
        FUNCTION, PROCEDURE, FACADE_VERSION, POLICY, DEFAULT
    }

    public StepTarget {
        if (kind == null || name == null) {
            throw new IllegalArgumentException("a step target needs a kind and a name");
        }
    }

    /** A schema-level object: a table, type, sequence, view, routine or index of {@code schema}. */
    public static StepTarget of(Kind kind, String schema, String name) {
        return new StepTarget(kind, schema, null, name, null, null, null);
    }

    /** Something of a table: a column, constraint, index or trigger. */
    public static StepTarget ofTable(Kind kind, String schema, String table, String name) {
        return new StepTarget(kind, schema, table, name, null, null, null);
    }

    /** An object outside any schema: a role, or a schema itself (then {@code name} is the schema). */
    public static StepTarget global(Kind kind, String name) {
        return new StepTarget(kind, null, null, name, null, null, null);
    }

    /** The schema of version {@code version} of facade {@code facade}. */
    public static StepTarget facadeVersion(String schema, String facade, int version) {
        return new StepTarget(Kind.FACADE_VERSION, schema, null, schema, null, facade, version);
    }

    /** The same target, named {@code from} before the step. */
    public StepTarget renamedFrom(String from) {
        return new StepTarget(kind, schema, table, name, from, facade, version);
    }

    /** Whether the step touches something of table {@code table} of {@code schema}, or the table itself. */
    public boolean concernsTable(String schema, String table) {
        if (!schema.equals(this.schema)) {
            return false;
        }
        return kind == Kind.TABLE ? table.equals(name) : table.equals(this.table);
    }
}
