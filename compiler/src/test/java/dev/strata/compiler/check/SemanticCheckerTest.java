package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.ForeignKey.Action;
import dev.strata.compiler.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticCheckerTest {

    /** A small but complete schema that uses every kind of declaration correctly. */
    static Model cleanShop() {
        return schema()
                .extension("pgcrypto")
                .enumType("order_status", "placed", "paid", "shipped")
                .domain("email", "text")
                .sequence("invoice_number", s -> s.as("bigint").start(1000).ownedBy("purchase.id"))
                .function("set_updated_at", f -> f.returns("trigger"))
                .table("customer", t -> t
                        .column("id", "bigint", c -> c.identity())
                        .column("email", "email", c -> c.notNull())
                        .column("full_name", "text", c -> c.renamedFrom("name"))
                        .column("updated_at", "timestamptz", c -> c.defaultValue("now()"))
                        .primaryKey("id")
                        .unique("email")
                        .check(null, "email", "(email <> '')")
                        .trigger("touch", "set_updated_at"))
                .table("purchase", t -> t
                        .column("id", "bigserial")
                        .column("customer_id", "int8", c -> c.notNull())
                        .column("status", "order_status", c -> c.notNull().defaultValue("'placed'"))
                        .column("total", "numeric(12,2)")
                        .column("total_cents", "bigint", c -> c.generated("((total * 100)::bigint)"))
                        .primaryKey("id")
                        .foreignKey(null, List.of("customer_id"), "customer", List.of(), Action.CASCADE,
                                Action.CASCADE)
                        .index(i -> i.on("customer_id").onDescending("id"))
                        .index(i -> i.using("gin").onExpression("(to_tsvector('simple', status::text))")))
                .facade("shop_api", 1, f -> f
                        .view("customers", v -> v.column("id", "bigint").column("email", "text").key("id"))
                        .function("place_order", r -> r.parameter("customer_id", "bigint")
                                .parameter("total", "numeric").returns("bigint"))
                        .grant("select", "customers", "shop_app")
                        .grant("execute", "place_order", "shop_app"))
                .facade("shop_api", 2, f -> f
                        .view("customers", v -> v.column("id", "bigint").column("email", "text")
                                .column("name", "text"))
                        .materializedView("sales", v -> v.column("day", "date").column("total", "numeric"))
                        .function("orders_of", r -> r.parameter("customer_id", "bigint")
                                .returnsTable("id", "bigint", "status", "text"))
                        .grant("select, insert", "customers", "shop_app")
                        .grant("select", "sales", "reporting")
                        .grant("all", "orders_of", "shop_app"))
                .build();
    }

    @Test
    void aCorrectSchemaHasNoFindings() {
        assertThat(SemanticChecker.check(cleanShop())).isEmpty();
    }

    @Test
    void anEmptyModelHasNoFindings() {
        assertThat(SemanticChecker.check(Model.EMPTY)).isEmpty();
    }

    @Test
    void everyProblemOfOneRunIsReportedInSourceOrder() {
        var model = schema()
                .table("t", t -> t.column("id", "integr").column("id", "text").primaryKey("idd"))
                .table("u", t -> t.column("x", "bigint").foreignKey(List.of("x"), "nowhere"))
                .facade("api", 0, f -> f.grant("select", "nothing", "app"))
                .build();

        var findings = SemanticChecker.check(model);

        assertThat(findings).extracting(d -> d.code())
                .containsExactly("S1301", "S1003", "S1101", "S1701", "S1102", "S1502", "S1503");
        assertThat(findings).extracting(d -> d.span().line()).isSorted();
    }

    @Test
    void theSameModelGivesTheSameFindingsInTheSameOrder() {
        var model = LargeSchema.generate(50, 50);
        var broken = schema()
                .table("a", t -> t.column("id", "nope"))
                .table("a", t -> t.column("id", "nope"))
                .build();

        assertThat(SemanticChecker.check(model)).isEqualTo(SemanticChecker.check(model));
        assertThat(SemanticChecker.check(broken).toString()).isEqualTo(SemanticChecker.check(broken).toString());
    }

    @Test
    void everyRuleIsRegisteredOnce() {
        var names = SemanticChecker.rules().stream().map(r -> r.getClass().getSimpleName()).toList();

        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
    }
}
