package dev.strata.tester;

import dev.strata.engine.catalog.CatalogRows;
import dev.strata.plan.sql.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An md5 of every table's contents. Each row is printed with its columns in name order (a
 * column dropped and restored comes back at the end of the table, which must not count as a change) and the rows
 * are sorted by that text, so neither physical order nor column position matters.
 */
final class DataChecksums {

    private DataChecksums() {
    }

    /** The checksums of the tables among {@code catalog}'s rows (read just before, on the same connection). */
    static SortedMap<String, String> capture(Connection connection, CatalogRows catalog) throws SQLException {
        var tables = new HashMap<Long, String>();
        for (var relation : catalog.relations()) {
            if (relation.relkind().equals("r") || relation.relkind().equals("p")) {
                tables.put(relation.oid(), Identifiers.quoteIfNeeded(relation.schema()) + "."
                        + Identifiers.quoteIfNeeded(relation.name()));
            }
        }
        var columns = new TreeMap<String, List<String>>();
        var sqlNames = new HashMap<String, String>();
        for (var relation : catalog.relations()) {
            if (tables.containsKey(relation.oid())) {
                sqlNames.put(tables.get(relation.oid()), Identifiers.quote(relation.schema()) + "."
                        + Identifiers.quote(relation.name()));
            }
        }
        for (var column : catalog.columns()) {
            String table = tables.get(column.relation());
            if (table != null) {
                columns.computeIfAbsent(table, k -> new ArrayList<>()).add(column.name());
            }
        }
        var sums = new TreeMap<String, String>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            List<String> names = table.getValue().stream().sorted().toList();
            String row = "ROW(" + String.join(", ", names.stream().map(c -> "t." + Identifiers.quote(c)).toList())
                    + ")::text";
            var select = new StringBuilder("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(strata_row_text, E'\\n'"
                    + " ORDER BY strata_row_text), ''))");
            for (String column : names) {
                select.append(", md5(coalesce(string_agg(coalesce(t.").append(Identifiers.quote(column))
                        .append("::text, '<null>'), E'\\n' ORDER BY strata_row_text), ''))");
            }
            String sql = select + " FROM (SELECT " + row + " AS strata_row_text, t.* FROM "
                    + sqlNames.get(table.getKey()) + " t) t";
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                sums.put(table.getKey(), rows.getString(1));
                for (int i = 0; i < names.size(); i++) {
                    sums.put(table.getKey() + COLUMN + Identifiers.quoteIfNeeded(names.get(i)), rows.getString(i + 2));
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
