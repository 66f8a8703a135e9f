package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Objects in the requested schemas (and database-wide ones that act on them) of kinds the language has no
 * declaration for at all: rules, operators, operator classes and families, text search
 * objects, extended statistics, conversions, event triggers, default privileges, publication memberships.
 * Objects that belong to an extension are left to the extension.
 */
public final class UnsupportedObjectQuery {

    /**
     * One object: its kind ({@code rule}, {@code operator}, …), its name, schema-qualified where it has one, and its
     * definition as PostgreSQL prints it (the rule's {@code pg_get_ruledef}, an operator's function, …; empty where the name says it all), so that two databases holding an
     * object of the same name but another definition can be told apart.
     */
    public record Row(String kind, String name, String definition) {
    }

    private static final String SQL = """
            SELECT 'rule' AS kind, n.nspname || '.' || c.relname || '.' || r.rulename AS name,
                   pg_get_ruledef(r.oid) AS definition
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND r.rulename <> '_RETURN' AND %s
            UNION ALL
            SELECT 'operator', n.nspname || '.' || o.oprname || '(' || format_type(o.oprleft, NULL) || ', '
                   || format_type(o.oprright, NULL) || ')',
                   'function ' || o.oprcode::regproc::text || ' returns ' || format_type(o.oprresult, NULL)
            FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
            WHERE n.nspname = ANY(?) AND %s
            UNION ALL
            SELECT 'operator class', n.nspname || '.' || o.opcname,
                   'for type ' || format_type(o.opcintype, NULL) || CASE WHEN o.opcdefault THEN ' default' ELSE '' END
            FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace
            WHERE n.nspname = ANY(?) AND %s
            UNION ALL
            SELECT 'operator family', n.nspname || '.' || o.opfname,
                   'using ' || (SELECT amname FROM pg_am WHERE oid = o.opfmethod)
            FROM pg_opfamily o JOIN pg_namespace n ON n.oid = o.opfnamespace
            WHERE n.nspname = ANY(?) AND %s

            UNION ALL
            SELECT 'text search configuration', n.nspname || '.' || o.cfgname,
                   'parser ' || (SELECT prsname FROM pg_ts_parser WHERE oid = o.cfgparser)
            FROM pg_ts_config o JOIN pg_namespace n ON n.oid = o.cfgnamespace
            WHERE n.nspname = ANY(?) AND %s
            UNION ALL
            SELECT 'text search dictionary', n.nspname || '.' || o.dictname,
                   'template ' || (SELECT tmplname FROM pg_ts_template WHERE oid = o.dicttemplate)
                   || coalesce(' (' || o.dictinitoption || ')', '')
            FROM pg_ts_dict o JOIN pg_namespace n ON n.oid = o.dictnamespace
            WHERE n.nspname = ANY(?) AND %s
            UNION ALL
            SELECT 'statistics object', n.nspname || '.' || o.stxname, pg_get_statisticsobjdef(o.oid)
            FROM pg_statistic_ext o JOIN pg_namespace n ON n.oid = o.stxnamespace
            WHERE n.nspname = ANY(?)
            UNION ALL
            SELECT 'conversion', n.nspname || '.' || o.conname,
                   pg_encoding_to_char(o.conforencoding) || ' to ' || pg_encoding_to_char(o.contoencoding)
                   || ' by ' || o.conproc::text || CASE WHEN o.condefault THEN ' default' ELSE '' END
            FROM pg_conversion o JOIN pg_namespace n ON n.oid = o.connamespace
            WHERE n.nspname = ANY(?) AND %s
            UNION ALL
            SELECT 'event trigger', o.evtname,
                   'on ' || o.evtevent || ' execute ' || o.evtfoid::regproc::text || ' enabled ' || o.evtenabled::text
                   || coalesce(' tags ' || o.evttags::text, '')
            FROM pg_event_trigger o
            WHERE %s
            UNION ALL
            SELECT 'default privileges', coalesce(n.nspname, 'database') || ' for role '
                   || pg_get_userbyid(o.defaclrole) || ' on ' || CASE o.defaclobjtype WHEN 'r' THEN 'tables'
                   WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types'
                   ELSE 'schemas' END,
                   o.defaclacl::text
            FROM pg_default_acl o LEFT JOIN pg_namespace n ON n.oid = o.defaclnamespace
            WHERE o.defaclnamespace = 0 OR n.nspname = ANY(?)
            UNION ALL
            SELECT 'publication membership', pub.pubname || ': ' || n.nspname || '.' || c.relname, ''
            FROM pg_publication_rel pr JOIN pg_publication pub ON pub.oid = pr.prpubid
            JOIN pg_class c ON c.oid = pr.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)
            ORDER BY 1, 2
            """.formatted(
                    // a rule of an extension's view (PostGIS's geometry_columns) is the extension's too
                    CatalogFilters.notExtensionMember("pg_rewrite", "r.oid") + " AND "
                            + CatalogFilters.notExtensionMember("pg_class", "c.oid"),
                    CatalogFilters.notExtensionMember("pg_operator", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_opclass", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_opfamily", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_ts_config", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_ts_dict", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_conversion", "o.oid"),
                    CatalogFilters.notExtensionMember("pg_event_trigger", "o.oid"));

    private static final int SCHEMA_PARAMETERS = 10;

    private UnsupportedObjectQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        Object[] parameters = new Object[SCHEMA_PARAMETERS];
        java.util.Arrays.fill(parameters, schemas);
        return session.query(SQL, rs -> new Row(rs.getString("kind"), rs.getString("name"),
                rs.getString("definition") == null ? "" : rs.getString("definition")), parameters);
    }
}
