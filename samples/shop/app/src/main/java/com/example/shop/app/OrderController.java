package com.example.shop.app;

import java.net.URI;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /orders} with {@code {"email": …, "sku": …, "quantity": …}} places an order (201, the order, its
 * location); {@code GET /orders/{id}} reads one (200, or 404).
 */
@RestController
class OrderController {

    /** The body of {@code POST /orders}. */
    record NewOrder(String email, String sku, int quantity) {
    }

    /** The body of an error: what went wrong. */
    record Problem(String message) {
    }

    private final Orders orders;

    OrderController(Orders orders) {
        this.orders = orders;
    }

    @PostMapping("/orders")
    ResponseEntity<Order> place(@RequestBody NewOrder order) throws SQLException {
        if (order.quantity() < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, not " + order.quantity());
        }
        Order placed = orders.place(order.email(), order.sku(), order.quantity());
        return ResponseEntity.created(URI.create("/orders/" + placed.id())).body(placed);
    }

    @GetMapping("/orders/{id}")
    ResponseEntity<Order> find(@PathVariable("id") long id) throws SQLException {
        return ResponseEntity.of(orders.find(id));
    }

    /** An unknown customer or product. */
    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Problem> unknown(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Problem(e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Problem> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new Problem(e.getMessage()));
    }
}
