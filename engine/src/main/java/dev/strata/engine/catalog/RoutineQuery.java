package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Functions, procedures and aggregates in the requested schemas: every argument (types, modes, names, defaults),
 * the result, language, volatility, security, strictness, the body, and the attributes the language has no words
 * for (configuration, parallel safety, leak-proofness, cost, rows, SQL-standard bodies), and whether PUBLIC may
 * execute it (the default of a new function, unless revoked); and the whole definition as
 * {@code pg_get_functiondef} prints it (aggregates have none).
 * Routines that another object creates and owns (a range type's constructors) come with that object.
 */
public final class RoutineQuery {

    public record Row(long oid, String schema, String name, String kind, String language, String volatility,
                      boolean securityDefiner, boolean strict, boolean returnsSet, long returnType, String body,
                      boolean sqlStandardBody, List<Long> argumentTypes, List<String> argumentModes,
                      List<String> argumentNames, List<String> argumentDefaults, String identity,
                      List<String> config, boolean leakproof, String parallel, float cost, float rows,
                      boolean publicExecute, String definition, String comment) {
    }

    private static final String SQL = """
            SELECT p.oid, n.nspname, p.proname, p.prokind, l.lanname, p.provolatile, p.prosecdef, p.proisstrict,
                   p.proretset, p.prorettype, p.prosrc, %s AS sql_standard_body,
                   coalesce(p.proallargtypes, p.proargtypes::oid[]) AS argument_types,
                   p.proargmodes::text[] AS argument_modes, p.proargnames AS argument_names,
                   ARRAY(SELECT pg_get_function_arg_default(p.oid, k)
                         FROM generate_series(1, coalesce(cardinality(p.proallargtypes), p.pronargs)) k
                         ORDER BY k) AS argument_defaults,
                   pg_get_function_identity_arguments(p.oid) AS identity,
                   p.proconfig, p.proleakproof, p.proparallel, p.procost, p.prorows,
                   (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
                        WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) AS public_execute,
                   CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
                   d.description
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?) AND %s
              AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_proc'::regclass AND i.objid = p.oid
                              AND i.deptype = 'i')
            ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
            """;

    private RoutineQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        String sql = SQL.formatted(session.since(14, "p.prosqlbody IS NOT NULL", "false"),
                CatalogFilters.notExtensionMember("pg_proc", "p.oid"));
        return session.query(sql, rs -> new Row(rs.getLong("oid"), rs.getString("nspname"), rs.getString("proname"),
                rs.getString("prokind"), rs.getString("lanname"), rs.getString("provolatile"),
                rs.getBoolean("prosecdef"), rs.getBoolean("proisstrict"), rs.getBoolean("proretset"),
                rs.getLong("prorettype"), rs.getString("prosrc"), rs.getBoolean("sql_standard_body"),
                CatalogSession.longs(rs, "argument_types"), CatalogSession.strings(rs, "argument_modes"),
                CatalogSession.strings(rs, "argument_names"), CatalogSession.strings(rs, "argument_defaults"),
                rs.getString("identity"), CatalogSession.strings(rs, "proconfig"), rs.getBoolean("proleakproof"),
                rs.getString("proparallel"), rs.getFloat("procost"), rs.getFloat("prorows"),
                rs.getBoolean("public_execute"), rs.getString("definition"), rs.getString("description")),
                schemas);
    }
}
