package dev.strata.introspect;

import dev.strata.compiler.model.ForeignKey.Action;
import dev.strata.engine.catalog.ConstraintQuery;
import java.util.List;

/** PostgreSQL's default constraint names and the constraint attributes the language cannot write. */
final class Constraints {

    private Constraints() {
    }

    /** {@code table_pkey}. */
    static String primaryKeyName(String table) {
        return table + "_pkey";
    }

    /** {@code table_a_b_key}. */
    static String uniqueName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_key";
    }

    /** {@code table_a_b_fkey}. */
    static String foreignKeyName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_fkey";
    }

    /** {@code table_column_check}, the name PostgreSQL gives an unnamed check on one column. */
    static String columnCheckName(String table, String column) {
        return table + "_" + column + "_check";
    }

    /** {@code table_check}, the name PostgreSQL gives an unnamed check on several (or no) columns. */
    static String tableCheckName(String table) {
        return table + "_check";
    }

    /** {@code a}, {@code r}, … as stored in {@code pg_constraint}; null for the default, {@code no action}. */
    static Action action(String code) {
        switch (code) {
            case "r":
                return Action.RESTRICT;
            case "c":
                return Action.CASCADE;
            case "n":
                return Action.SET_NULL;
            case "d":
                return Action.SET_DEFAULT;
            default:
                return null;
        }
    }

    /** Reports what a constraint says beyond what the model holds; the constraint itself is imported. */
    static void reportUnexpressed(Findings findings, ConstraintQuery.Row constraint, String name) {
        // a table's check or foreign key keeps NOT VALID in the model; the language has no not valid domain checks
        if (!constraint.validated() && constraint.relation() == 0) {
            findings.add("constraint option", name, "NOT VALID is not imported: the plan creates the domain's check"
                    + " validated");
        }
        if (constraint.kind().equals("c") && constraint.noInherit() && constraint.relation() == 0) {
            findings.add("constraint option", name, "NO INHERIT is not imported");
        }
        if (constraint.comment() != null && constraint.relation() == 0) {
            findings.add("constraint comment", name, "the comment on a domain's check is not imported (a table"
                    + " constraint's is)");
        }
        boolean keyOrUnique = constraint.kind().equals("p") || constraint.kind().equals("u");
        if (constraint.indexComment() != null) {
            // COMMENT ON INDEX on the constraint's index is not the constraint's comment (COMMENT ON CONSTRAINT)
            findings.add("constraint index comment", name, "the comment on the index behind the constraint is not"
                    + " imported (the language comments the constraint, not its index)");
        }
        if (keyOrUnique && constraint.indexInclude()) {
            findings.add("constraint option", name, "INCLUDE columns of the constraint's index are not imported");
        }
        if ((keyOrUnique || constraint.kind().equals("x")) && constraint.indexOptions()) {
            findings.add("constraint option", name, "storage options or tablespace of the constraint's index are"
                    + " not imported");
        }
        // MATCH FULL is imported; PostgreSQL does not implement MATCH PARTIAL, but should a catalog ever hold it
        if (constraint.kind().equals("f") && constraint.matchType().equals("p")) {
            findings.add("constraint option", name, "MATCH PARTIAL is not imported");
        }
        if (constraint.setColumns()) {
            findings.add("constraint option", name, "SET NULL/SET DEFAULT with a column list is not imported");
        }
    }
}
