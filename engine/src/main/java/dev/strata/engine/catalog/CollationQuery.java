package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The collations of the requested schemas (not those of extensions), with their settings read the same way on
 * every supported server: PostgreSQL 13 and 14 keep an ICU collation's locale in {@code collcollate}, 15 and 16 in
 * {@code colliculocale}, 17 and later in {@code colllocale} (read through {@code to_jsonb}, so one query fits them
 * all); rules ({@code collicurules}) exist from 16 on.
 */
public final class CollationQuery {

    /**
     * One collation: {@code provider} is {@code icu}, {@code libc}, {@code builtin} (17 and later) or PostgreSQL's
     * letter for another; {@code locale} is set when one locale gives both categories (ICU, builtin, or libc with
     * equal categories), {@code lcCollate} and {@code lcCtype} when a libc collation's categories differ.
     */
    public record Row(String schema, String name, String provider, String locale, String lcCollate, String lcCtype,
                      boolean deterministic, String rules, String comment) {

        /** The settings in words, for the facts: {@code provider icu; locale 'de'; nondeterministic}. */
        public String definition() {
            var text = new StringBuilder("provider ").append(provider);
            if (locale != null) {
                text.append("; locale ").append(quoted(locale));
            }
            if (lcCollate != null) {
                text.append("; lc_collate ").append(quoted(lcCollate)).append("; lc_ctype ").append(quoted(lcCtype));
            }
            if (!deterministic) {
                text.append("; nondeterministic");
            }
            if (rules != null) {
                text.append("; rules ").append(quoted(rules));
            }
            return text.toString();
        }

        private static String quoted(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    private static final String SQL = """
            SELECT n.nspname, o.collname,
                   CASE o.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' WHEN 'b' THEN 'builtin'
                        ELSE o.collprovider::text END AS provider,
                   coalesce(to_jsonb(o) ->> 'colllocale', to_jsonb(o) ->> 'colliculocale') AS locale,
                   o.collcollate::text AS lc_collate, o.collctype::text AS lc_ctype, o.collisdeterministic,
                   to_jsonb(o) ->> 'collicurules' AS rules, obj_description(o.oid, 'pg_collation') AS description
            FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace
            WHERE n.nspname = ANY(?) AND %s
            ORDER BY n.nspname, o.collname
            """.formatted(CatalogFilters.notExtensionMember("pg_collation", "o.oid"));

    private CollationQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> row(rs.getString(1), rs.getString(2), rs.getString("provider"),
                rs.getString("locale"), rs.getString("lc_collate"), rs.getString("lc_ctype"),
                rs.getBoolean("collisdeterministic"), rs.getString("rules"), rs.getString("description")), schemas);
    }

    /** One locale for both categories where the provider has one (before 15 an ICU locale is in collcollate). */
    static Row row(String schema, String name, String provider, String locale, String lcCollate, String lcCtype,
                   boolean deterministic, String rules, String comment) {
        if (locale == null && (!provider.equals("libc") || Objects.equals(lcCollate, lcCtype))) {
            locale = lcCollate;
        }
        boolean split = locale == null;
        return new Row(schema, name, provider, locale, split ? lcCollate : null, split ? lcCtype : null,
                deterministic, rules, comment);
    }
}
