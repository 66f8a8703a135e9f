package com.example.shop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.api.v2.CustomerOrdersResult;
import com.example.shop.api.v2.CustomersRow;
import com.example.shop.api.v2.OrderStatus;
import com.example.shop.api.v2.OrdersRow;
import com.example.shop.api.v2.ShopApiV2;
import com.example.shop.api.v3.ShopApiV3;
import com.example.shop.app.PlaceOrder;
import java.math.BigDecimal;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An application compiled against the generated bindings of shop_api v2 and v3, run against a database that has
 * both versions in flight and two customers (one with loyalty points) and two products in its core.
 */
public final class ShopScenario {

    private ShopScenario() {
    }

    /** Reads through views, writes through functions and a procedure, with both versions side by side. */
    public static void placeAndCancelAnOrder(DataSource dataSource) throws Exception {
        var v2 = new ShopApiV2(dataSource);
        v2.check();

        assertThat(v2.customers()).extracting(CustomersRow::email)
                .containsExactly("ada@example.com", "bob@example.com");
        CustomersRow ada = v2.customersByEmail("ada@example.com").orElseThrow();
        assertThat(ada.fullName()).isEqualTo("Ada Lovelace");
        assertThat(ada.phone()).isNull();
        assertThat(v2.customersById(ada.id())).contains(ada);
        assertThat(v2.customersById(-1)).isEmpty();
        var tea = v2.productsBySku("TEA-1").orElseThrow();
        assertThat(tea.tags()).containsExactly("drink", "hot");
        assertThat(tea.price()).isEqualTo(new BigDecimal("4.50"));
        assertThat(tea.category()).isEqualTo("drinks");

        OrdersRow order = PlaceOrder.place(v2, "ada@example.com", "TEA-1", 3);
        assertThat(order.total()).isEqualTo(new BigDecimal("13.50"));
        assertThat(order.customerId()).isEqualTo(ada.id());
        assertThat(v2.customerOrders(ada.id()))
                .containsExactly(new CustomerOrdersResult(order.id(), OrderStatus.PLACED, new BigDecimal("13.50")));
        assertThat(v2.orderNotesById(order.id()).orElseThrow().note()).isNull();

        v2.cancelOrder(order.id());
        assertThat(v2.ordersById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);

        try (Stream<CustomersRow> customers = v2.streamCustomers()) {
            assertThat(customers.map(CustomersRow::fullName)).containsExactly("Ada Lovelace", "Bob Bobson");
        }

        var v3 = new ShopApiV3(dataSource);
        v3.check();
        assertThat(v3.ordersById(order.id()).orElseThrow().status())
                .isEqualTo(com.example.shop.api.v3.OrderStatus.CANCELLED);
        var adaInV3 = v3.customersById(ada.id()).orElseThrow();
        assertThat(adaInV3.fullName()).isEqualTo("Ada Lovelace");
        assertThat(adaInV3.loyaltyPoints()).isEqualTo(120);
        assertThat(v3.customersByEmail("bob@example.com").orElseThrow().loyaltyPoints()).isZero();
        long second = v3.placeOrder(ada.id(), "[{\"product_id\": " + tea.id() + ", \"quantity\": 2}]");
        assertThat(v2.ordersById(second).orElseThrow().total()).isEqualTo(new BigDecimal("9.00"));
        assertThat(v2.customerOrders(ada.id())).extracting(CustomerOrdersResult::id)
                .containsExactly(order.id(), second);
    }

    /** What check() says about this database. */
    public static String checkMessage(DataSource dataSource) {
        var v2 = new ShopApiV2(dataSource);
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                ShopApiV2.FacadeVersionMissingException.class, v2::check);
        assertThat(thrown).as("check() must fail").isNotNull();
        return thrown.getMessage();
    }

    /** Stops reading a stream half way; closing it must give the connection back. */
    public static void abandonAStream(DataSource dataSource) throws Exception {
        var v2 = new ShopApiV2(dataSource);
        try (Stream<CustomersRow> customers = v2.streamCustomers()) {
            assertThat(customers.findFirst()).isPresent();
        }
    }

    /** A failing call reports PostgreSQL's error as an SQLException and leaves nothing open. */
    public static void failingCall(DataSource dataSource) {
        var v2 = new ShopApiV2(dataSource);
        assertThatThrownBy(() -> v2.placeOrder(-42L, "[]"))
                .isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining("purchase_customer_id_fkey");
    }
}
