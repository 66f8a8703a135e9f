package dev.strata.plan.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void literalsDoubleQuotesAndUseEscapeStringsForBackslashes() {
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
        assertThat(Sql.literal("a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(Sql.literal(null)).isEqualTo("NULL");
    }

    @Test
    void settings() {
        assertThat(Sql.searchPath(List.of("core", "public"), false)).isEqualTo("SET search_path TO \"core\", public;");
        assertThat(Sql.searchPath(List.of("a\"b"), true)).isEqualTo("SET LOCAL search_path TO \"a\"\"b\";");
        assertThat(Sql.set("lock_timeout", false).lit("5ms").build()).isEqualTo("SET lock_timeout TO '5ms';");
        assertThat(Sql.reset("search_path").fragment()).isEqualTo("RESET search_path");
        assertThat(Sql.setConfig("search_path", true))
                .isEqualTo("SELECT pg_catalog.set_config('search_path', ?, true);");
        assertThatThrownBy(() -> Sql.set("x; DROP TABLE t", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataStatements() {
        assertThat(Sql.insertInto("strata", "t", List.of("a", "b")).kw("VALUES").params(2).build())
                .isEqualTo("INSERT INTO \"strata\".\"t\" (\"a\", \"b\") VALUES (?, ?);");
        assertThat(Sql.update("strata", "t").kw("SET").eq("a").param().comma().eq("b").lit("x").kw("WHERE")
                .eq("id").param().build())
                .isEqualTo("UPDATE \"strata\".\"t\" SET \"a\" = ?, \"b\" = 'x' WHERE \"id\" = ?;");
        assertThat(Sql.deleteFrom("s", "t").kw("WHERE").id("state").kw("IN").lits(List.of("a", "b'c")).build())
                .isEqualTo("DELETE FROM \"s\".\"t\" WHERE \"state\" IN ('a', 'b''c');");
        assertThat(Sql.empty().lit("{}").cast("jsonb").fragment()).isEqualTo("'{}'::jsonb");
    }

    @Test
    void dollarTagsNeverCloseEarly() {
        assertThat(Sql.dollarQuoted("select 1")).isEqualTo("$strata$select 1$strata$");
        assertThat(Sql.dollarTag("a $strata$ b")).isEqualTo("$strata1$");
        assertThat(Sql.dollarTag("ends in $strata")).as("the closing tag would start inside the body")
                .isEqualTo("$strata1$");
        assertThat(Sql.bodyQuoted(" select 1 ")).isEqualTo("$$ select 1 $$");
        assertThat(Sql.bodyQuoted("a $$ b")).isEqualTo("$strata$a $$ b$strata$");
        assertThat(Sql.bodyQuoted("ends in $")).isEqualTo("$strata$ends in $$strata$");
        assertThat(Sql.of("AS").body("x").build()).isEqualTo("AS $$x$$;");
    }
}
