package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.sql.DefaultNames;
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

        assertThat(DefaultNames.wanted(table, table.primaryKey())).isEqualTo("t_pkey");
        assertThat(DefaultNames.wanted(table, table.uniques().get(0))).isEqualTo("t_a_b_key");
        assertThat(DefaultNames.wanted(table, table.checks().get(0))).isEqualTo("t_a_check");
        assertThat(DefaultNames.wanted(table, table.checks().get(1))).isEqualTo("t_check");
        assertThat(DefaultNames.wanted(table, table.foreignKeys().get(0))).isEqualTo("t_a_b_fkey");
        assertThat(table.indexes()).extracting(i -> DefaultNames.wanted(table, i))
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

    @Test
    void theNamesPostgresqlEndsWithAreCutTo63BytesAndNumberedWhenTaken() {
        String longName = "a".repeat(40);
        var table = schema()
                .table(longName, t -> t.column("b".repeat(40), "bigint").column("c", "text")
                        .primaryKey("c")
                        .unique("b".repeat(40))
                        .index(i -> i.onExpression("(lower(c))").include("c"))
                        .index(i -> i.onExpression("(lower(c))")))
                .build().core().tables().get(0);

        var names = DefaultNames.of(table);

        String unique = names.of(table.uniques().get(0));
        assertThat(unique).hasSize(63).endsWith("_key").startsWith("a".repeat(29) + "_" + "b".repeat(29));
        assertThat(names.of(table.primaryKey())).isEqualTo(longName + "_pkey");
        assertThat(table.indexes()).extracting(names::of)
                .containsExactly(longName + "_lower_c_idx", longName + "_lower_idx");
        assertThat(names.has(unique)).isTrue();
        assertThat(names.has("nope")).isFalse();
        assertThat(DefaultNames.wanted(table, table.uniques().get(0))).hasSize(longName.length() + 45);
    }

    @Test
    void twoUnnamedIndexesOnTheSameColumnsGetANumber() {
        var table = schema()
                .table("t", t -> t.column("a", "bigint").index(i -> i.on("a")).index(i -> i.on("a")))
                .build().core().tables().get(0);

        var names = DefaultNames.of(table);

        assertThat(table.indexes()).extracting(names::of).containsExactly("t_a_idx", "t_a_idx1");
    }
}
