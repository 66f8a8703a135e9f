package dev.strata.it.facade;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small order system in the shape of samples/shop: core tables, and facade {@code shop_api} in two versions.
 * The application role is named per test (roles are cluster-wide, test databases are not).
 */
final class ShopSources {

    static final String CORE = """
            core {
              table customer {
                id          bigint generated always as identity primary key
                email       text not null unique
                full_name   text not null
              }
              table purchase {
                id           bigint generated always as identity primary key
                customer_id  bigint not null references customer (id)
                total        numeric(12,2) not null default 0
                note         text
                placed_at    timestamptz not null default now()
              }
            }
            """;

    /** v1 exposes orders with their notes and a function that places one. */
    static String v1(String role) {
        return """
                facade shop_api version 1 {
                  view orders (id bigint, customer_id bigint, total numeric(12,2), note text) as $$
                    select id, customer_id, total, note from core.purchase
                  $$
                  function place_order(customer_id bigint, total numeric) returns bigint language sql
                    security definer as $$
                    insert into core.purchase (customer_id, total) values (customer_id, total) returning id
                  $$
                  grant select, insert on orders to ROLE
                  grant execute on place_order to ROLE
                }
                """.replace("ROLE", role);
    }

    /**
     * v2 adds the time an order was placed and a notes view that may be updated; its place_order (PL/pgSQL, so
     * names resolve when it runs) names the core table without its schema: it relies on its fixed search_path.
     */
    static String v2(String role) {
        return """
                facade shop_api version 2 {
                  view orders (id bigint, customer_id bigint, total numeric(12,2), placed_at timestamptz) as $$
                    select id, customer_id, total, placed_at from core.purchase
                  $$
                  view order_notes (id bigint, note text) as $$
                    select id, note from core.purchase
                  $$
                  function place_order(customer_id bigint, total numeric) returns bigint language plpgsql
                    security definer as $$
                    declare
                      new_id bigint;
                    begin
                      insert into purchase (customer_id, total)
                        values (place_order.customer_id, place_order.total) returning id into new_id;
                      return new_id;
                    end
                  $$
                  function order_count() returns bigint language sql security definer as $$
                    select count(*) from core.purchase
                  $$
                  grant select, insert on orders to ROLE
                  grant select, update on order_notes to ROLE
                  grant execute on place_order to ROLE
                }
                """.replace("ROLE", role);
    }

    static Map<String, String> files(String... pairs) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            files.put(pairs[i], pairs[i + 1]);
        }
        return files;
    }

    private ShopSources() {
    }
}
