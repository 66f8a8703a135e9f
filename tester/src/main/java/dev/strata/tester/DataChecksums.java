package dev.strata.tester;

import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An md5 of every table's contents in the given schemas. Each row is printed with its columns in name order (a
 * column dropped and restored comes back at the end of the table, which must not count as a change) and the rows
 * are sorted by that text, so neither physical order nor column position matters.
 */
final class DataChecksums {

    private DataChecksums() {
    }

    static SortedMap<String, String> capture(Connection connection, List<String> schemas) throws SQLException {
        var columns = new TreeMap<String, List<String>>();
        String list = String.join(",", schemas.stream().map(Sql::literal).toList());
        if (schemas.isEmpty()) {
            return new TreeMap<>();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
                     + " quote_ident(a.attname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                     + " WHERE c.relkind IN ('r', 'p') AND n.nspname IN (" + list + ") ORDER BY 1, 2")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        var sums = new TreeMap<String, String>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            List<String> names = table.getValue();
            String row = "ROW(" + String.join(", ", names.stream().map(c -> "t." + c).toList()) + ")::text";
            var select = new StringBuilder("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(strata_row_text, E'\\n'"
                    + " ORDER BY strata_row_text), ''))");
            for (String column : names) {
                select.append(", md5(coalesce(string_agg(coalesce(t.").append(column)
                        .append("::text, '<null>'), E'\\n' ORDER BY strata_row_text), ''))");
            }
            String sql = select + " FROM (SELECT " + row + " AS strata_row_text, t.* FROM " + table.getKey() + " t) t";
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                sums.put(table.getKey(), rows.getString(1));
                for (int i = 0; i < names.size(); i++) {
                    sums.put(table.getKey() + COLUMN + names.get(i), rows.getString(i + 2));
                }
            }
        }
        return sums;
    }

    /** Separates a table from one of its columns in the keys of the map {@link #capture} returns. */
    private static final String COLUMN = " column ";

    /** One line per table whose contents differ, or that exists on one side only. */
    static List<String> diff(SortedMap<String, String> before, SortedMap<String, String> after) {
        var lines = new ArrayList<String>();
        var tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (table.contains(COLUMN)) {
                continue;
            }
            String a = before.get(table);
            String b = after.get(table);
            if (a == null) {
                lines.add("table " + table + " appeared (" + b + ")");
            } else if (b == null) {
                lines.add("table " + table + " is gone (it had " + a + ")");
            } else if (!a.equals(b)) {
                lines.add("table " + table + " differs: before " + a + ", after " + b + changedColumns(table, before,
                        after));
            }
        }
        return lines;
    }

    private static String changedColumns(String table, SortedMap<String, String> before,
                                         SortedMap<String, String> after) {
        var changed = new ArrayList<String>();
        String prefix = table + COLUMN;
        for (Map.Entry<String, String> e : before.tailMap(prefix).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            if (!e.getValue().equals(after.get(e.getKey()))) {
                changed.add(e.getKey().substring(prefix.length()));
            }
        }
        return changed.isEmpty() ? "" : "; values differ in column(s) " + String.join(", ", changed);
    }
}
