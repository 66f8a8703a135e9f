package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Index.IndexElement;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Collations of the core read from a live database: ICU (one nondeterministic), libc with one locale and with
 * two categories, and one made as a copy of {@code "C"} (imported with the settings it copied). Columns and an
 * index key name them. Each is imported (a comment on one is listed), printed, parsed back to the same model, and
 * planned from nothing on a fresh database to the same catalog rows, on every supported server (ICU locales
 * live in {@code collcollate} before PostgreSQL 15, in {@code colliculocale} or {@code colllocale} after).
 */
@Tag("introspection")
class IntrospectCollationsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE COLLATION case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
            CREATE COLLATION german_phonebook (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');
            CREATE COLLATION plain_c (PROVIDER = libc, LOCALE = 'C');
            CREATE COLLATION mixed (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'POSIX');
            CREATE COLLATION c_copy FROM "C";
            COMMENT ON COLLATION plain_c IS 'bytewise';
            CREATE TABLE customer (id integer PRIMARY KEY, email text COLLATE case_insensitive NOT NULL UNIQUE,
                                   name text NOT NULL, code text COLLATE mixed, tag text COLLATE c_copy);
            CREATE INDEX customer_name_de ON customer (name COLLATE german_phonebook);
            """;

    private static final String ROWS = """
            SELECT 'collation ' || o.collname || ' ' || o.collprovider::text || ' '
                   || o.collisdeterministic::text || ' '
                   || coalesce(to_jsonb(o) ->> 'colllocale', to_jsonb(o) ->> 'colliculocale', '-') || ' '
                   || coalesce(o.collcollate::text, '-') || ' ' || coalesce(o.collctype::text, '-')
            FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace WHERE n.nspname = 'core'
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || coalesce(co.collname, '-')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
            WHERE n.nspname = 'core' AND c.relkind = 'r' AND a.attnum > 0
            UNION ALL
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'core'
            ORDER BY 1
            """;

    @Test
    void collationsAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("collations", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        assertThat(model.core().collations()).extracting(Collation::name, Collation::provider, Collation::locale,
                        Collation::lcCollate, Collation::lcCtype, Collation::deterministic)
                .containsExactly(
                        Tuple.tuple("c_copy", "libc", "C", null, null, true),
                        Tuple.tuple("case_insensitive", "icu", "und-u-ks-level2", null, null, false),
                        Tuple.tuple("german_phonebook", "icu", "de-u-co-phonebk", null, null, true),
                        Tuple.tuple("mixed", "libc", null, "C", "POSIX", true),
                        Tuple.tuple("plain_c", "libc", "C", null, null, true));
        var customer = model.core().table("customer").orElseThrow();
        assertThat(customer.columns()).extracting(Column::name, Column::collation).containsExactly(
                Tuple.tuple("id", null), Tuple.tuple("email", "case_insensitive"), Tuple.tuple("name", null),
                Tuple.tuple("code", "mixed"), Tuple.tuple("tag", "c_copy"));
        assertThat(customer.indexes().get(0).elements()).extracting(IndexElement::collation)
                .containsExactly("german_phonebook");
        assertThat(result.unsupported()).extracting(Unsupported::kind, Unsupported::name)
                .containsExactly(Tuple.tuple("collation comment", "core.plain_c"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "collation case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
                "collation mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX')",
                "email  text     collate case_insensitive not null unique",
                "index customer_name_de (name collate german_phonebook)");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "collations_planned");
        assertThat(LiveDatabase.rows(fresh, ROWS)).isEqualTo(LiveDatabase.rows(url, ROWS)).contains(
                "column customer.email case_insensitive",
                "index CREATE INDEX customer_name_de ON core.customer USING btree"
                        + " (name COLLATE core.german_phonebook)");
    }
}
