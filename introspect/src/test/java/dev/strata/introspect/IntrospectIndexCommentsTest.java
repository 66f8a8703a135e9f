package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Index;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Comments on indexes read from a live database (pg_description): imported as {@code comment '…'} on the index line
 * of a table or a materialized view, printed, parsed back to the same model and planned from nothing to the same
 * pg_description rows. The comment on a partition's copy of its parent's index is reported, not imported.
 */
@Tag("introspection")
class IntrospectIndexCommentsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, seen timestamptz);
            CREATE INDEX account_email ON account (email);
            COMMENT ON INDEX account_email IS 'Log-in look-up';
            CREATE UNIQUE INDEX account_lower_email ON account (lower(email));
            COMMENT ON INDEX account_lower_email IS 'One account per address, whatever its case; it''s quoted';
            CREATE INDEX account_seen ON account (seen);
            CREATE MATERIALIZED VIEW account_count AS SELECT count(*) AS n FROM account;
            CREATE INDEX account_count_n ON account_count (n);
            COMMENT ON INDEX account_count_n IS 'One row';
            CREATE TABLE stay (id bigint, night date) PARTITION BY RANGE (night);
            CREATE INDEX stay_night ON stay (night);
            COMMENT ON INDEX stay_night IS 'By night';
            CREATE TABLE stay_2026 PARTITION OF stay FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            COMMENT ON INDEX stay_2026_night_idx IS 'The partition''s own words';
            """;

    private static final String COMMENTS = """
            SELECT c.relname || ' ' || coalesce(d.description, '-')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = 'core' AND c.relkind IN ('i', 'I') AND c.relname <> 'stay_2026_night_idx'
            ORDER BY 1
            """;

    @Test
    void indexCommentsAreImportedPrintedAndPlannedBackToTheSameDescriptions() throws Exception {
        String url = LiveDatabase.create("index_comments", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var account = model.core().table("account").orElseThrow();
        assertThat(account.indexes()).extracting(Index::name, Index::comment).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("account_email", "Log-in look-up"),
                org.assertj.core.groups.Tuple.tuple("account_lower_email",
                        "One account per address, whatever its case; it's quoted"),
                org.assertj.core.groups.Tuple.tuple("account_seen", null));
        assertThat(result.unsupported()).filteredOn(u -> u.kind().equals("index comment"))
                .extracting(Unsupported::name).containsExactly("core.stay_2026_night_idx");

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "index account_email (email) comment 'Log-in look-up'",
                "comment 'One account per address, whatever its case; it''s quoted'",
                "index account_count_n (n) comment 'One row'",
                "index stay_night (night) comment 'By night'");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "index_comments_planned");
        assertThat(LiveDatabase.rows(fresh, COMMENTS)).isEqualTo(LiveDatabase.rows(url, COMMENTS)).contains(
                "account_email Log-in look-up",
                "account_lower_email One account per address, whatever its case; it's quoted",
                "account_seen -",
                "account_count_n One row",
                "stay_night By night");
    }
}
