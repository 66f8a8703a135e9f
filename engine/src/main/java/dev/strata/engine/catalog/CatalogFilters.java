package dev.strata.engine.catalog;

import dev.strata.engine.state.StateSchema;

/**
 * The two rules every catalog query shares. A <em>user schema</em> is every schema but PostgreSQL's own
 * ({@code pg_catalog}, {@code information_schema}, the toast and temporary schemas) and Strata's state and
 * backups ({@code strata}, {@code strata_backup}). An object that <em>belongs to an extension</em> (a member
 * recorded in {@code pg_depend} with type {@code e}) is the extension's business: the extension's own fact covers
 * it, and introspection leaves it to the extension.
 */
public final class CatalogFilters {

    /** A condition on {@code n.nspname}: the schema is a user schema. */
    public static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
            + " AND n.nspname <> '" + StateSchema.SCHEMA + "' AND n.nspname <> '" + StateSchema.BACKUP_SCHEMA + "'";

    private CatalogFilters() {
    }

    /**
     * {@code EXISTS (…)}: the object with oid {@code oidColumn} in catalog {@code catalog} ({@code pg_class},
     * {@code pg_proc}, …) is a member of an extension. Naming the catalog lets pg_depend's index serve the lookup.
     */
    public static String extensionMember(String catalog, String oidColumn) {
        return "EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oidColumn + " AND e.deptype = 'e')";
    }

    public static String notExtensionMember(String catalog, String oidColumn) {
        return "NOT " + extensionMember(catalog, oidColumn);
    }
}
