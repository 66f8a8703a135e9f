package com.example.shop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample store's application: {@code POST /orders} and {@code GET /orders/{id}} over the generated bindings of
 * the facade version the instance is pinned to ({@code spring.strata.facade=shop_api:2} or {@code shop_api:3}, see
 * {@link ShopBindings}). How to build and run it: docs/spring-boot.md.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
