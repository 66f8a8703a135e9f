package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * User triggers on relations in the requested schemas (not the internal ones behind foreign keys), with the
 * statement that creates them ({@code pg_get_triggerdef}) and whether they are enabled ({@code tgenabled}:
 * {@code O} on origin, {@code D} disabled, {@code R} replica, {@code A} always).
 */
public final class TriggerQuery {

    public record Row(long relation, String name, int type, String enabled, boolean constraintTrigger,
                      String definition, List<Integer> columns, String functionSchema, String functionName,
                      long functionOid, byte[] arguments, boolean transitionTables, boolean cloned, String comment) {
    }

    private static final String SQL = """
            SELECT t.tgrelid, t.tgname, t.tgtype, t.tgenabled, t.tgconstraint <> 0 AS constraint_trigger,
                   pg_get_triggerdef(t.oid) AS definition,
                   t.tgattr::int2[] AS columns,
                   fn.nspname AS function_schema, p.proname AS function_name, p.oid AS function_oid, t.tgargs,
                   t.tgoldtable IS NOT NULL OR t.tgnewtable IS NOT NULL AS transition_tables,
                   %s AS cloned,
                   d.description
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc p ON p.oid = t.tgfoid
            JOIN pg_namespace fn ON fn.oid = p.pronamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass
            WHERE n.nspname = ANY(?) AND NOT t.tgisinternal
            ORDER BY t.tgrelid, t.tgname
            """;

    private TriggerQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        String sql = SQL.formatted(session.since(13, "t.tgparentid <> 0", "false"));
        return session.query(sql, rs -> new Row(rs.getLong("tgrelid"), rs.getString("tgname"), rs.getInt("tgtype"),
                rs.getString("tgenabled"), rs.getBoolean("constraint_trigger"), rs.getString("definition"),
                CatalogSession.integers(rs, "columns"), rs.getString("function_schema"),
                rs.getString("function_name"), rs.getLong("function_oid"), rs.getBytes("tgargs"),
                rs.getBoolean("transition_tables"), rs.getBoolean("cloned"), rs.getString("description")),
                schemas);
    }
}
