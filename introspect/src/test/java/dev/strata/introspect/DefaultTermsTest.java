package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultTermsTest {

    @Test
    void whatPostgresUsuallyPrintsIsAlreadyATerm() {
        for (String term : new String[] {"0", "4.99", "'-1'::integer", "now()", "CURRENT_DATE", "true", "NULL::integer",
            "'G'::mpaa_rating", "nextval('customer_customer_id_seq'::regclass)", "'{}'::text[]", "(1 + 2)",
            "ARRAY['a'::text, 'b'::text]", "'x'::character varying", "'2024-01-01 00:00:00+00'::timestamp with time zone",
            "(now())::date", "'1 day'::interval", "E'a\\\\b'::text", "'x'::\"Odd Type\"", "public.f(1)",
            "'12:00'::time(3) without time zone", "(0)::numeric(12,2)", "'{}'::integer[][]", "'1.5'::double precision",
            "\"left\"('abc'::text, 2)", "gen_random_uuid()"}) {
            assertThat(DefaultTerms.asTerm(term)).as(term).isEqualTo(term);
        }
    }

    @Test
    void anythingElseIsWrappedInParentheses() {
        assertThat(DefaultTerms.asTerm("CASE WHEN true THEN 1 ELSE 0 END")).isEqualTo("(CASE WHEN true THEN 1 ELSE 0 END)");
        assertThat(DefaultTerms.asTerm("'x'::other.status")).isEqualTo("('x'::other.status)");
        assertThat(DefaultTerms.asTerm("'a'::text COLLATE \"C\"")).isEqualTo("('a'::text COLLATE \"C\")");
        assertThat(DefaultTerms.asTerm("(1) + (2)")).isEqualTo("((1) + (2))");
        assertThat(DefaultTerms.asTerm("'x'::table")).isEqualTo("('x'::table)");
        assertThat(DefaultTerms.asTerm(null)).isNull();
    }
}
