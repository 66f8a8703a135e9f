package com.example.shop.app;

import com.example.shop.api.v2.CustomersRow;
import com.example.shop.api.v2.OrderStatus;
import com.example.shop.api.v2.OrdersRow;
import com.example.shop.api.v2.ProductsRow;
import com.example.shop.api.v2.ShopApiV2;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Places an order through the generated bindings of facade shop_api version 2, the way an application build that
 * was compiled against v2 does. Generate the bindings first (see docs/codegen.md):
 *
 * <pre>
 * strata codegen --facade shop_api --version 2 --package com.example.shop.api.v2 --out build/generated samples/shop
 * </pre>
 *
 * then compile this file with them and run it with the PostgreSQL driver on the class path:
 * {@code java com.example.shop.app.PlaceOrder JDBC_URL USER EMAIL SKU QUANTITY}.
 */
public final class PlaceOrder {

    private PlaceOrder() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 5) {
            System.err.println("usage: PlaceOrder JDBC_URL USER EMAIL SKU QUANTITY");
            System.exit(2);
        }
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        var shop = new ShopApiV2(dataSource);
        shop.check();
        OrdersRow order = place(shop, args[2], args[3], Integer.parseInt(args[4]));
        System.out.println("order " + order.id() + " " + order.status() + ", total " + order.total());
    }

    /** Places an order of {@code quantity} items of product {@code sku} for the customer with {@code email}. */
    public static OrdersRow place(ShopApiV2 shop, String email, String sku, int quantity) throws SQLException {
        CustomersRow customer = shop.customersByEmail(email)
                .orElseThrow(() -> new NoSuchElementException("no customer with e-mail " + email));
        ProductsRow product = shop.productsBySku(sku)
                .orElseThrow(() -> new NoSuchElementException("no product with SKU " + sku));
        String lines = "[{\"product_id\": " + product.id() + ", \"quantity\": " + quantity + "}]";
        long orderId = shop.placeOrder(customer.id(), lines);
        OrdersRow order = shop.ordersById(orderId).orElseThrow();
        if (order.status() != OrderStatus.PLACED) {
            throw new IllegalStateException("order " + orderId + " is " + order.status() + ", expected placed");
        }
        return order;
    }
}
