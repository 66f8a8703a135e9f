package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultNamesTest {

    @Test
    void unnamedConstraintsAndIndexesGetPostgresqlsNames() {
        var table = schema()
                .table("t", t -> t.column("a", "bigint").column("b", "text")
                        .primaryKey("a")
                        .unique("a", "b")
                        .check(null, "a", "(a > 0)")
                        .check(null, null, "(a > 1)")
                        .foreignKey(List.of("a", "b"), "other", "x", "y")
                        .index(i -> i.on("a", "b"))
                        .index(i -> i.onExpression("(lower(b))").include("a"))
                        .index(i -> i.onExpression("(a + 1)"))
                        .index(i -> i.name("mine").on("a")))
                .build().core().tables().get(0);

        assertThat(DefaultNames.of(table, table.primaryKey())).isEqualTo("t_pkey");
        assertThat(DefaultNames.of(table, table.uniques().get(0))).isEqualTo("t_a_b_key");
        assertThat(DefaultNames.of(table, table.checks().get(0))).isEqualTo("t_a_check");
        assertThat(DefaultNames.of(table, table.checks().get(1))).isEqualTo("t_check");
        assertThat(DefaultNames.of(table, table.foreignKeys().get(0))).isEqualTo("t_a_b_fkey");
        assertThat(table.indexes()).extracting(i -> DefaultNames.of(table, i))
                .containsExactly("t_a_b_idx", "t_lower_a_idx", "t_expr_idx", "mine");
        assertThat(DefaultNames.identitySequence("t", "id")).isEqualTo("t_id_seq");
    }

    @Test
    void expressionKeysAreNamedAfterTheFunctionTheyCall() {
        assertThat(DefaultNames.expressionName("lower(email)")).isEqualTo("lower");
        assertThat(DefaultNames.expressionName("((pg_catalog.LOWER(email)))")).isEqualTo("lower");
        assertThat(DefaultNames.expressionName("(lower(a)) || (b)")).isEqualTo("expr");
        assertThat(DefaultNames.expressionName("(data ->> 'k')")).isEqualTo("expr");
    }
}
