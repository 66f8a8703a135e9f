package dev.strata.tester;

import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills every table of the core schema with generated rows: tables in foreign-key order (referenced first), a
 * value by type for each column that needs one (identity and generated columns and columns with defaults
 * are left to PostgreSQL), foreign keys pointing at an existing row, unique values from a counter, enum labels in
 * turn. Each row is one statement; when PostgreSQL rejects a row (a check the generator could not satisfy) the
 * table is skipped with a warning and the rows already in stay.
 */
final class DataGenerator {

    private record Column(String name, String type, String typeCategory, boolean notNull, boolean hasDefault,
                          boolean generated, int length, String reference, List<String> labels, boolean unique,
                          String table) {
    }

    private static long counter = 0;

    private DataGenerator() {
    }

    static void fill(Connection connection, String schema, int rows, List<String> warnings) throws SQLException {
        for (String table : tablesInKeyOrder(connection, schema)) {
            List<Column> columns = columns(connection, table);
            fillTable(connection, table, columns, rows, warnings);
        }
    }

    private static void fillTable(Connection connection, String table, List<Column> columns, int rows,
                                  List<String> warnings) {
        var used = columns.stream().filter(c -> !c.generated() && !c.hasDefault()).toList();
        for (int i = 0; i < rows; i++) {
            long n = ++counter;
            var values = new ArrayList<Sql>();
            for (Column column : used) {
                Sql value = value(column, n);
                if (value == null) {
                    warnings.add("generated data: skipped " + table + ": no value to generate for column "
                            + column.name() + " of type " + column.type());
                    return;
                }
                values.add(value);
            }
            // the table's name as PostgreSQL prints it (regclass): quoted and qualified where needed
            var sql = Sql.of("INSERT INTO").verbatim(table);
            if (used.isEmpty()) {
                sql.kw("DEFAULT VALUES");
            } else {
                sql.ids(used.stream().map(Column::name).toList()).kw("VALUES").open();
                for (int v = 0; v < values.size(); v++) {
                    if (v > 0) {
                        sql.comma();
                    }
                    sql.append(values.get(v));
                }
                sql.close();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql.build());
            } catch (SQLException e) {
                warnings.add("generated data: skipped the rest of " + table + " after " + i + " rows: "
                        + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
        }
    }

    /**
     * A value for the column, or null when there is none to generate. A reference is the catalog's
     * {@code x."key" FROM "table" x}: a row of the referenced table, one not referenced yet for a unique column.
     */
    private static Sql value(Column column, long n) {
        if (column.reference() != null) {
            int from = column.reference().indexOf(" FROM ");
            var select = Sql.empty().open().kw("SELECT").verbatim(column.reference());
            if (column.unique()) {
                select.kw("WHERE NOT EXISTS").open().kw("SELECT 1 FROM").verbatim(column.table()).kw("AS").id("t")
                        .kw("WHERE").name("t", column.name()).kw("=").verbatim(column.reference().substring(0, from))
                        .close();
            } else {
                select.kw("OFFSET floor(random() *").open().kw("SELECT count(*) FROM")
                        .verbatim(column.reference().substring(from + " FROM ".length())).close().close();
            }
            return select.kw("LIMIT 1").close();
        }
        if (!column.labels().isEmpty()) {
            return Sql.empty().lit(column.labels().get((int) (n % column.labels().size()))).cast(column.type());
        }
        String type = column.type();
        if (type.startsWith("smallint")) {
            return Sql.empty().number(n % 30000 + 1);
        }
        if (type.startsWith("integer") || type.startsWith("bigint")) {
            return Sql.empty().number(n + 1000);
        }
        if (type.startsWith("numeric") || type.startsWith("real") || type.startsWith("double")) {
            return Sql.empty().lit((n % 100) + ".5");
        }
        if (type.equals("boolean")) {
            return Sql.empty().kw(n % 2 == 0 ? "true" : "false");
        }
        if (type.startsWith("timestamp") || type.equals("date") || type.startsWith("time")) {
            return Sql.empty().kw("now()").cast(type);
        }
        if (type.equals("uuid")) {
            return Sql.empty().kw("gen_random_uuid()");
        }
        if (type.equals("jsonb") || type.equals("json") || type.endsWith("[]")) {
            return Sql.empty().lit("{}").cast(type);
        }
        if (type.equals("bytea")) {
            return Sql.empty().lit("\\x00").cast("bytea");
        }
        if (column.typeCategory().equals("S") && column.length() > 0 && column.length() <= 3) {
            return Sql.empty().lit(letters(n, column.length()));
        }
        if (column.typeCategory().equals("S") && column.name().contains("email")) {
            return Sql.empty().lit(column.name() + "-" + n + "@example.org");
        }
        if (column.typeCategory().equals("S")) {
            String text = column.name() + "-" + n;
            if (column.length() > 0 && text.length() > column.length()) {
                text = text.substring(text.length() - column.length());
            }
            return Sql.empty().lit(text);
        }
        return column.notNull() ? null : Sql.empty().kw("NULL");
    }

    /** {@code n} in upper-case letters, as many as fit: short codes such as country codes. */
    private static String letters(long n, int length) {
        var text = new StringBuilder();
        long rest = n;
        for (int i = 0; i < length; i++) {
            text.insert(0, (char) ('A' + rest % 26));
            rest /= 26;
        }
        return text.toString();
    }

    private static List<String> tablesInKeyOrder(Connection connection, String schema) throws SQLException {
        var references = new LinkedHashMap<String, List<String>>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT c.oid::regclass::text, coalesce(array_agg(DISTINCT k.confrelid::regclass::text)
                       FILTER (WHERE k.confrelid IS NOT NULL AND k.confrelid <> c.oid), '{}')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') GROUP BY c.oid ORDER BY 1""")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    references.put(rows.getString(1), List.of((String[]) rows.getArray(2).getArray()));
                }
            }
        }
        var ordered = new ArrayList<String>();
        while (ordered.size() < references.size()) {
            int before = ordered.size();
            for (Map.Entry<String, List<String>> e : references.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue().stream()
                        .filter(references::containsKey).toList())) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) {
                references.keySet().stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
            }
        }
        return ordered;
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<Column>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.attname, format_type(bt.oid, CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END),
                       bt.typcategory, a.attnotnull OR t.typnotnull,
                       a.atthasdef OR t.typdefault IS NOT NULL, a.attidentity <> '' OR a.attgenerated <> '',
                       CASE WHEN a.atttypmod > 4 AND bt.typcategory = 'S' THEN a.atttypmod - 4 ELSE 0 END,
                       (SELECT 'x.' || quote_ident(ra.attname) || ' FROM ' || k.confrelid::regclass::text || ' x'
                        FROM pg_constraint k JOIN pg_attribute ra ON ra.attrelid = k.confrelid
                             AND ra.attnum = k.confkey[1]
                        WHERE k.conrelid = a.attrelid AND k.contype = 'f' AND k.conkey = ARRAY[a.attnum] LIMIT 1),
                       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = bt.oid ORDER BY e.enumsortorder),
                       EXISTS (SELECT 1 FROM pg_constraint u WHERE u.conrelid = a.attrelid AND u.contype IN ('p', 'u')
                               AND u.conkey = ARRAY[a.attnum])
                FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getBoolean(4), rows.getBoolean(5), rows.getBoolean(6), rows.getInt(7),
                            rows.getString(8), List.of((String[]) rows.getArray(9).getArray()), rows.getBoolean(10), table));
                }
            }
        }
        return columns;
    }
}
