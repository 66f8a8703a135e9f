package com.example.shop.app;

import com.example.shop.api.v3.OrdersRow;
import com.example.shop.api.v3.ShopApiV3;
import java.sql.SQLException;
import java.util.Optional;

/** Orders through the generated bindings of shop_api version 3. */
final class ShopV3Orders implements Orders {

    private final ShopApiV3 shop;

    ShopV3Orders(ShopApiV3 shop) {
        this.shop = shop;
    }

    @Override
    public String facadeVersion() {
        return ShopApiV3.FACADE + " v" + ShopApiV3.VERSION;
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
