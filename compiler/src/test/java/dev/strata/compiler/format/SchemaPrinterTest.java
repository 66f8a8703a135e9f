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
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaPrinterTest {

    static SourceUnit sketch() {
        var customer = table("customer",
                List.of(identity("id", type("bigint")),
                        notNull("email", type("text")),
                        withDefault("created_at", type("timestamptz"), "now()")),
                primaryKey("id"), List.of(unique("email")), List.of(), List.of(),
                List.of(index("customer_email", "email")), "People who buy things");
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
        var printed = RoundTrip.assertRoundTrip(sketch());
        assertThat(printed).isEqualTo("""
                core {
                  extension pgcrypto
                  enum order_status ('placed', 'paid')

                  table customer {
                    id          bigint       generated always as identity primary key
                    email       text         not null unique
                    created_at  timestamptz  not null default now()
                    index customer_email (email)
                    comment 'People who buy things'
                  }

                  table purchase {
                    id           bigint         generated always as identity primary key
                    customer_id  bigint         not null references customer on delete restrict
                    status       order_status   not null default 'placed'
                    total        numeric(12,2)  not null check (total >= 0)
                    index purchase_by_customer (customer_id, status)
                  }
                }

                facade shop_api version 2 {
                  view customers (id bigint, email text) as $$
                    select id, email from core.customer
                  $$

                  function place_order(customer_id bigint) returns bigint language sql as $$
                    select 1
                  $$

                  grant select on customers to shop_app
                  grant execute on place_order to shop_app
                }
                """);
    }

    @Test
    void printsAModelAsOneFileWithFacadesInNameAndVersionOrder() {
        var blocks = sketch().blocks();
        var core = (CoreBlock) blocks.get(0);
        var api = (Facade) blocks.get(1);
        var older = new Facade("shop_api", 1, api.views(), List.of(), List.of(), Span.NONE);
        var other = new Facade("admin_api", 3, List.of(), api.routines(), List.of(), Span.NONE);
        var model = ModelAssembler.assemble(List.of(new SourceUnit("a.strata", List.of(api, core, other, older),
                List.of())));

        var printed = SchemaPrinter.print(model);

        var reparsed = RoundTrip.parse("model.strata", printed);
        assertThat(reparsed.diagnostics()).isEmpty();
        var readBack = ModelAssembler.assemble(List.of(reparsed.unit()));
        assertThat(readBack.core()).isEqualTo(model.core());
        assertThat(readBack.facades()).containsExactly(other, older, api);
        assertThat(printed).startsWith("core {\n  extension pgcrypto\n");
        assertThat(SchemaPrinter.print(Model.EMPTY)).isEmpty();
    }

    @Test
    void awkwardNamesAndStringsAreQuotedAndEscaped() {
        var table = table("Order Lines", List.of(column("größe", type("numeric", "5")),
                column("say \"hi\"", type("My Type")), column("select", type("text"))),
                null, List.of(), List.of(), List.of(), List.of(), "it's");
        var unit = new SourceUnit("a.strata", List.of(new CoreBlock(List.of(table), Span.NONE)), List.of());
        assertThat(RoundTrip.assertRoundTrip(unit)).isEqualTo("""
                core {
                  table "Order Lines" {
                    "größe"       numeric(5)
                    "say ""hi\"""  "My Type"
                    "select"      text
                    comment 'it''s'
                  }
                }
                """);
    }

    @Test
    void typesKeepTheirModifiersWhereTheGrammarPutsThem() {
        assertThat(TypePrinter.print(type("timestamp with time zone", "3"))).isEqualTo("timestamp(3) with time zone");
        assertThat(TypePrinter.print(type("time without time zone", "0"))).isEqualTo("time(0) without time zone");
        assertThat(TypePrinter.print(type("character varying", "20"))).isEqualTo("character varying(20)");
        assertThat(TypePrinter.print(new TypeRef("integer", List.of(), 2, Span.NONE))).isEqualTo("integer[][]");
        assertThat(TypePrinter.print(type("double precision"))).isEqualTo("double precision");
        assertThat(TypePrinter.print(type("setof"))).isEqualTo("\"setof\"");
    }
}
