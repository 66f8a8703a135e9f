package dev.strata.engine.apply;

import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.Session;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans up what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves: an index marked invalid
 * (pg_index.indisvalid = false) that still costs writes and would make a retry with {@code IF NOT EXISTS} silently
 * keep the broken index. Only the index the step targets (and PostgreSQL's {@code _ccnew}/{@code _ccold}
 * companions of it) is dropped; the step's target says which, nothing is read from its SQL.
 */
final class InvalidIndexes {

    private static final String LEFTOVERS = """
            SELECT n.nspname, c.relname
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND n.nspname = ? AND (c.relname = ? OR c.relname LIKE ? OR c.relname LIKE ?)""";

    private InvalidIndexes() {
    }

    /** Drops the invalid leftovers of {@code step}; returns their qualified names. */
    static List<String> cleanUp(Connection connection, Step step, Reporter reporter) throws SQLException {
        StepTarget target = step.target();
        if (target == null || target.kind() != StepTarget.Kind.INDEX || target.schema() == null) {
            return List.of();
        }
        List<String[]> leftovers = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(LEFTOVERS)) {
            ps.setString(1, target.schema());
            ps.setString(2, target.name());
            ps.setString(3, likePrefix(target.name()) + "\\_ccnew%");
            ps.setString(4, likePrefix(target.name()) + "\\_ccold%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    leftovers.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            for (String[] leftover : leftovers) {
                Session.execute(connection, Sql.of("DROP INDEX CONCURRENTLY IF EXISTS").name(leftover[0], leftover[1])
                        .build());
                reporter.info("dropped invalid index " + leftover[0] + "." + leftover[1]
                        + " left by an interrupted step " + step.number());
                dropped.add(leftover[0] + "." + leftover[1]);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return dropped;
    }

    private static String likePrefix(String name) {
        return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }
}
