package com.example.shop.app;

import com.example.shop.api.v2.OrdersRow;
import com.example.shop.api.v2.ShopApiV2;
import java.sql.SQLException;
import java.util.Optional;

/** Orders through the generated bindings of shop_api version 2. */
final class ShopV2Orders implements Orders {

    private final ShopApiV2 shop;

    ShopV2Orders(ShopApiV2 shop) {
        this.shop = shop;
    }

    @Override
    public String facadeVersion() {
        return ShopApiV2.FACADE + " v" + ShopApiV2.VERSION;
    }

    @Override
    public Order place(String email, String sku, int quantity) throws SQLException {
        return order(PlaceOrder.place(shop, email, sku, quantity));
    }

    @Override
    public Optional<Order> find(long id) throws SQLException {
        return shop.ordersById(id).map(this::order);
    }

    private Order order(OrdersRow row) {
        return new Order(row.id(), row.customerId(), row.status().databaseLabel(), row.total(), row.placedAt(),
                facadeVersion());
    }
}
