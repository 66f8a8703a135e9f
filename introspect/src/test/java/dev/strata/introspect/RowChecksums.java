package dev.strata.introspect;

import dev.strata.plan.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of a database's tables in a form to compare: the columns of each table of a schema (with their types),
 * and one checksum per table over chosen columns, independent of row order: the md5 of the sorted rows, each row
 * the text of the chosen columns.
 */
final class RowChecksums {

    private RowChecksums() {
    }

    /** Table name to its columns (name to {@code format_type}) in column order: the ordinary tables of a schema. */
    static Map<String, Map<String, String>> columns(Connection connection, String schema) throws SQLException {
        var tables = new TreeMap<String, Map<String, String>>();
        try (var statement = connection.prepareStatement("""
                SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY c.relname, a.attnum""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
                            .put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return tables;
    }

    /** A checksum of {@code columns} of each table (name to columns), and the row count: {@code "n rows, md5"}. */
    static Map<String, String> of(Connection connection, String schema, Map<String, List<String>> columns)
            throws SQLException {
        var sums = new TreeMap<String, String>();
        for (var table : columns.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            var texts = new ArrayList<String>();
            for (String column : table.getValue()) {
                texts.add("coalesce(" + Identifiers.quote(column) + "::text, '<null>')");
            }
            String row = "concat_ws(' | ', " + String.join(", ", texts) + ")";
            String query = "SELECT count(*) || ' rows, ' || md5(coalesce(string_agg(r, E'\\n' ORDER BY r), ''))"
                    + " FROM (SELECT " + row + " AS r FROM " + Identifiers.quote(schema) + "."
                    + Identifiers.quote(table.getKey()) + ") t";
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
                rows.next();
                sums.put(table.getKey(), rows.getString(1));
            }
        }
        return sums;
    }
}
