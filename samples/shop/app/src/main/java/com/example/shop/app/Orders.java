package com.example.shop.app;

import java.sql.SQLException;
import java.util.Optional;

/** The orders of the store, through the bindings of one facade version. */
public interface Orders {

    /** The facade version these orders go through, {@code shop_api v3}. */
    String facadeVersion();

    /** Places an order of {@code quantity} items of {@code sku} for the customer with {@code email}. */
    Order place(String email, String sku, int quantity) throws SQLException;

    Optional<Order> find(long id) throws SQLException;
}
