package dev.strata.compiler.format;

import static dev.strata.compiler.format.Nodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaPrinterTest {

    static SourceUnit sketch() {
        var customer = table("customer",
                List.of(identity("id", type("bigint")),
                        notNull("email", type("text")),
                        withDefault("created_at", type("timestamptz"), "now()")),
                primaryKey("id"), List.of(unique("email")), List.of(), List.of(), List.of(),
                "People who buy things");
        var purchase = table("purchase",
                List.of(identity("id", type("bigint")),
                        notNull("customer_id", type("bigint")),
                        withDefault("status", type("order_status"), "'placed'"),
                        notNull("total", type("numeric", "12", "2"))),
                primaryKey("id"), List.of(),
                List.of(check("total", "total >= 0")),
                List.of(references("customer_id", "customer", ForeignKey.Action.RESTRICT)),
                List.of(index("purchase_by_customer", "customer_id", "status")), null);
        var core = new CoreBlock(List.of(
                new Extension("pgcrypto", Span.NONE),
                new EnumType("order_status", List.of(new EnumType.EnumValue("placed", Span.NONE),
                        new EnumType.EnumValue("paid", Span.NONE)), null, Span.NONE),
                customer, purchase), Span.NONE);
        var facade = new Facade("shop_api", 2,
                List.of(view("customers", List.of(viewColumn("id", type("bigint")),
                        viewColumn("email", type("text"))), "\n    select id, email from core.customer\n  ")),
                List.of(function("place_order", List.of(parameter("customer_id", type("bigint"))),
                        type("bigint"), "sql", "\n    select 1\n  ")),
                List.of(grant(Grant.Privilege.SELECT, "customers", "shop_app"),
                        grant(Grant.Privilege.EXECUTE, "place_order", "shop_app")),
                Span.NONE);
        return new SourceUnit("sketch.strata", List.of(core, facade), List.of());
    }

    @Test
    void printsTheSketchInCanonicalLayout() {
        var text = SchemaPrinter.print(sketch());
        System.out.println(text);
        assertThat(text).contains("  table customer {\n    id          bigint       generated always as identity primary key\n");
    }
}
