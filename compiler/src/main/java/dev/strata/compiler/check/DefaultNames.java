package dev.strata.compiler.check;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives to constraints, indexes and identity sequences declared without one:
 * {@code t_pkey}, {@code t_a_b_key}, {@code t_a_fkey}, {@code t_a_check} or {@code t_check}, {@code t_a_b_idx},
 * {@code t_a_seq}. These are the untruncated forms; PostgreSQL shortens them when they exceed 63 bytes, and adds a
 * number when the name is taken, which is why the checks report both cases instead of predicting the result.
 */
public final class DefaultNames {

    private static final Pattern FUNCTION_CALL =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*)(?:\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_$]*))?\\s*\\(.*",
                    Pattern.DOTALL);

    private DefaultNames() {
    }

    public static String of(Table table, PrimaryKey primaryKey) {
        return primaryKey.name() != null ? primaryKey.name() : table.name() + "_pkey";
    }

    public static String of(Table table, UniqueConstraint unique) {
        return unique.name() != null ? unique.name() : join(table.name(), unique.columns(), "key");
    }

    public static String of(Table table, ForeignKey foreignKey) {
        return foreignKey.name() != null ? foreignKey.name() : join(table.name(), foreignKey.columns(), "fkey");
    }

    public static String of(Table table, Check check) {
        if (check.name() != null) {
            return check.name();
        }
        return check.column() == null ? table.name() + "_check" : table.name() + "_" + check.column() + "_check";
    }

    public static String of(Table table, Index index) {
        if (index.name() != null) {
            return index.name();
        }
        var parts = new ArrayList<String>();
        for (var element : index.elements()) {
            parts.add(element.column() != null ? element.column() : expressionName(element.expression()));
        }
        parts.addAll(index.include());
        return join(table.name(), parts, "idx");
    }

    /** The sequence PostgreSQL creates behind an identity or serial column. */
    public static String identitySequence(String table, String column) {
        return table + "_" + column + "_seq";
    }

    /** PostgreSQL names an index key after the function it calls ({@code lower(email)} gives "lower"), else "expr". */
    static String expressionName(String expression) {
        var text = stripParentheses(expression.strip());
        var call = FUNCTION_CALL.matcher(text);
        if (!call.matches()) {
            return "expr";
        }
        var name = call.group(2) != null ? call.group(2) : call.group(1);
        return name.toLowerCase(Locale.ROOT);
    }

    private static String stripParentheses(String text) {
        while (text.startsWith("(") && text.endsWith(")") && enclosesAll(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Whether the opening parenthesis at 0 closes at the very end (so "(a) + (b)" is not stripped). */
    private static boolean enclosesAll(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String join(String table, List<String> parts, String suffix) {
        return table + "_" + String.join("_", parts) + "_" + suffix;
    }
}
