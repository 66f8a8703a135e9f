package dev.strata.tester;

import dev.strata.engine.catalog.CatalogReader;
import dev.strata.engine.catalog.CatalogRows;
import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.ConstraintQuery;
import dev.strata.engine.catalog.RelationQuery;
import dev.strata.engine.catalog.TypeQuery;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills every table of the core schema with generated rows: tables in foreign-key order (referenced first), a
 * value by type for each column that needs one (identity and generated columns and columns with defaults
 * are left to PostgreSQL), foreign keys pointing at an existing row, unique values from a counter, enum labels in
 * turn. Each row is one statement; when PostgreSQL rejects a row (a check the generator could not satisfy) the
 * table is skipped with a warning and the rows already in stay. Public for tests elsewhere that need a database
 * with rows in every table (the introspection module's walk through a real schema's history).
 */
public final class DataGenerator {

    private record Column(String name, String type, String typeCategory, boolean notNull, boolean hasDefault,
                          boolean generated, int length, String reference, List<String> labels, boolean unique,
                          String table) {
    }

    /** Unique across every fill of this JVM, also when several run at once (tests fill databases in parallel). */
    private static final AtomicLong COUNTER = new AtomicLong();

    private DataGenerator() {
    }

    /** Adds up to {@code rows} rows to each table of {@code schema}; what it could not fill is in {@code warnings}. */
    public static void fill(Connection connection, String schema, int rows, List<String> warnings)
            throws SQLException {
        var catalog = new Tables(CatalogReader.readUserSchemas(connection));
        for (long table : catalog.inKeyOrder(schema)) {
            fillTable(connection, catalog.name(table), catalog.columns(table), rows, warnings);
        }
    }

    private static void fillTable(Connection connection, String table, List<Column> columns, int rows,
                                  List<String> warnings) {
        var used = columns.stream().filter(c -> !c.generated() && !c.hasDefault()).toList();
        for (int i = 0; i < rows; i++) {
            long n = COUNTER.incrementAndGet();
            var values = new ArrayList<String>();
            for (Column column : used) {
                String value = value(column, n);
                if (value == null) {
                    warnings.add("generated data: skipped " + table + ": no value to generate for column "
                            + column.name() + " of type " + column.type());
                    return;
                }
                values.add(value);
            }
            // the table's name comes quoted from the catalog; the values are literals made by value()
            Sql insert = Sql.of("INSERT INTO").verbatim(table);
            String sql = used.isEmpty() ? insert.kw("DEFAULT VALUES").build()
                    : insert.ids(used.stream().map(Column::name).toList()).kw("VALUES")
                            .paren(String.join(", ", values)).build();
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                warnings.add("generated data: skipped the rest of " + table + " after " + i + " rows: "
                        + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
        }
    }

    private static String value(Column column, long n) {
        if (column.reference() != null && column.unique()) {
            String target = column.reference().substring(0, column.reference().indexOf(" FROM "));
            return "(SELECT " + column.reference() + " WHERE NOT EXISTS (SELECT 1 FROM " + column.table() + " t WHERE t."
                    + Identifiers.quote(column.name()) + " = " + target + ") LIMIT 1)";
        }
        if (column.reference() != null) {
            return "(SELECT " + column.reference() + " OFFSET floor(random() * (SELECT count(*) FROM "
                    + column.reference().substring(column.reference().indexOf(" FROM ") + 6) + ")) LIMIT 1)";
        }
        if (!column.labels().isEmpty()) {
            return literal(column.labels().get((int) (n % column.labels().size()))) + "::" + column.type();
        }
        String type = column.type();
        if (type.startsWith("smallint")) {
            return Long.toString(n % 30000 + 1);
        }
        if (type.startsWith("integer") || type.startsWith("bigint")) {
            return Long.toString(n + 1000);
        }
        if (type.startsWith("numeric") || type.startsWith("real") || type.startsWith("double")) {
            return (n % 100) + ".5";
        }
        if (type.equals("boolean")) {
            return n % 2 == 0 ? "true" : "false";
        }
        if (type.startsWith("timestamp") || type.equals("date") || type.startsWith("time")) {
            return "now()::" + type;
        }
        if (type.equals("uuid")) {
            return "gen_random_uuid()";
        }
        if (type.equals("jsonb") || type.equals("json")) {
            return "'{}'::" + type;
        }
        if (type.endsWith("[]")) {
            return "'{}'::" + type;
        }
        if (type.equals("bytea")) {
            return "'\\x00'::bytea";
        }
        if (column.typeCategory().equals("S") && column.length() > 0 && column.length() <= 3) {
            return literal(letters(n, column.length()));
        }
        if (column.typeCategory().equals("S") && column.name().contains("email")) {
            return literal(column.name() + "-" + n + "@example.org");
        }
        if (column.typeCategory().equals("S")) {
            String text = column.name() + "-" + n;
            if (column.length() > 0 && text.length() > column.length()) {
                text = text.substring(text.length() - column.length());
            }
            return literal(text);
        }
        return column.notNull() ? null : "NULL";
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

    /** The tables and columns of one catalog read, looked up the ways the generator needs them. */
    private static final class Tables {

        private final Map<Long, RelationQuery.Row> relations = new HashMap<>();
        private final Map<Long, TypeQuery.Row> types = new HashMap<>();
        private final Map<Long, List<ColumnQuery.Row>> columns = new HashMap<>();
        private final List<ConstraintQuery.Row> constraints;

        Tables(CatalogRows rows) {
            rows.relations().forEach(r -> relations.put(r.oid(), r));
            rows.types().forEach(t -> types.put(t.oid(), t));
            rows.columns().stream().sorted(Comparator.comparingInt(ColumnQuery.Row::number))
                    .forEach(c -> columns.computeIfAbsent(c.relation(), k -> new ArrayList<>()).add(c));
            constraints = rows.constraints();
        }

        String name(long table) {
            var relation = relations.get(table);
            return Identifiers.quoteIfNeeded(relation.schema()) + "." + Identifiers.quoteIfNeeded(relation.name());
        }

        /** The tables of {@code schema}, referenced ones before those that reference them (cycles in any order). */
        List<Long> inKeyOrder(String schema) {
            var references = new LinkedHashMap<Long, List<Long>>();
            relations.values().stream()
                    .filter(r -> r.schema().equals(schema) && (r.relkind().equals("r") || r.relkind().equals("p")))
                    .sorted(Comparator.comparing(RelationQuery.Row::name))
                    .forEach(r -> references.put(r.oid(), constraints.stream()
                            .filter(k -> k.kind().equals("f") && k.relation() == r.oid() && k.refRelation() != r.oid())
                            .map(ConstraintQuery.Row::refRelation).distinct().toList()));
            var ordered = new ArrayList<Long>();
            while (ordered.size() < references.size()) {
                int before = ordered.size();
                for (Map.Entry<Long, List<Long>> e : references.entrySet()) {
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

        List<Column> columns(long table) {
            var result = new ArrayList<Column>();
            for (var column : columns.getOrDefault(table, List.of())) {
                var type = types.get(column.typeOid());
                boolean domain = type != null && type.kind().equals("d");
                var base = domain ? types.get(type.baseType()) : type;
                String typeText = domain ? type.baseFormatted() : column.typeText();
                String category = base == null ? "" : base.category();
                int modifier = column.typmod();
                result.add(new Column(column.name(), typeText, category,
                        column.notNull() || (domain && type.notNull()),
                        column.defaultExpr() != null || column.generatedExpr() != null
                                || (domain && type.defaultExpr() != null),
                        !column.identity().isEmpty() || !column.generated().isEmpty(),
                        modifier > 4 && category.equals("S") ? modifier - 4 : 0,
                        reference(table, column.number()),
                        base != null && base.kind().equals("e") ? base.labels() : List.of(),
                        unique(table, column.number()), name(table)));
            }
            return result;
        }

        /** {@code x.column FROM table x} for the column a single-column foreign key references; null otherwise. */
        private String reference(long table, int number) {
            for (var key : constraints) {
                if (key.kind().equals("f") && key.relation() == table && key.columns().equals(List.of(number))
                        && relations.containsKey(key.refRelation())) {
                    for (var target : columns.getOrDefault(key.refRelation(), List.of())) {
                        if (target.number() == key.refColumns().get(0)) {
                            return "x." + Identifiers.quoteIfNeeded(target.name()) + " FROM " + name(key.refRelation())
                                    + " x";
                        }
                    }
                }
            }
            return null;
        }

        private boolean unique(long table, int number) {
            return constraints.stream().anyMatch(k -> (k.kind().equals("p") || k.kind().equals("u"))
                    && k.relation() == table && k.columns().equals(List.of(number)));
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

}
