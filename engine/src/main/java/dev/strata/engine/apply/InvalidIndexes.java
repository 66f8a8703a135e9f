package dev.strata.engine.apply;

import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.Session;
import dev.strata.engine.state.Sql;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans up what an interrupted {@code CREATE INDEX CONCURRENTLY} or {@code REINDEX ... CONCURRENTLY} leaves: an
 * index marked invalid (pg_index.indisvalid = false) that still costs writes and would make a retry with
 * {@code IF NOT EXISTS} silently keep the broken index. Only indexes that the step itself names are dropped.
 */
final class InvalidIndexes {

    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)\\bCREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+"
            + "CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)");
    private static final Pattern REINDEX = Pattern.compile("(?is)\\bREINDEX\\s+(?:\\([^)]*\\)\\s*)?"
            + "(?:INDEX|TABLE)\\s+CONCURRENTLY\\s+((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)");

    private InvalidIndexes() {
    }

    /** Drops the invalid leftovers of {@code step}; returns their qualified names. */
    static List<String> cleanUp(Connection connection, Step step, Reporter reporter) throws SQLException {
        Optional<String[]> named = indexNamedBy(step.sql());
        if (named.isEmpty()) {
            return List.of();
        }
        String schema = named.get()[0];
        String name = named.get()[1];
        List<String> dropped = new ArrayList<>();
        String sql = "SELECT n.nspname, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid"
                + " AND (c.relname = ? OR c.relname LIKE ? OR c.relname LIKE ?)"
                + (schema == null ? "" : " AND n.nspname = ?");
        List<String[]> leftovers = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            ps.setString(2, likePrefix(name) + "\\_ccnew%");
            ps.setString(3, likePrefix(name) + "\\_ccold%");
            if (schema != null) {
                ps.setString(4, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    leftovers.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            for (String[] leftover : leftovers) {
                String qualified = Sql.qualified(leftover[0], leftover[1]);
                Session.execute(connection, "DROP INDEX CONCURRENTLY IF EXISTS " + qualified);
                reporter.info("dropped invalid index " + leftover[0] + "." + leftover[1]
                        + " left by an interrupted step " + step.number());
                dropped.add(leftover[0] + "." + leftover[1]);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return dropped;
    }

    /** {schema or null, name} of the index a concurrent create/reindex statement names. */
    static Optional<String[]> indexNamedBy(String sql) {
        Matcher create = CREATE_INDEX.matcher(sql);
        Matcher reindex = REINDEX.matcher(sql);
        String qualified;
        if (create.find()) {
            qualified = create.group(1);
        } else if (reindex.find() && reindex.group(0).toUpperCase().contains("INDEX CONCURRENTLY")) {
            qualified = reindex.group(1);
        } else {
            return Optional.empty();
        }
        List<String> parts = splitQualified(qualified);
        return parts.size() == 2 ? Optional.of(new String[] {parts.get(0), parts.get(1)})
                : Optional.of(new String[] {null, parts.get(0)});
    }

    private static List<String> splitQualified(String qualified) {
        List<String> parts = new ArrayList<>();
        Matcher part = Pattern.compile("\"([^\"]+)\"|([\\w$]+)").matcher(qualified);
        while (part.find()) {
            parts.add(part.group(1) != null ? part.group(1) : part.group(2).toLowerCase());
        }
        return parts;
    }

    private static String likePrefix(String name) {
        return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }
}
