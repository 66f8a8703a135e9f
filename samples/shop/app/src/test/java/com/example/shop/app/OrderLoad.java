package com.example.shop.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients that place orders the whole time, spread over the instances in the rotation (a load balancer's pool):
 * each request is a {@code POST /orders} and then a {@code GET} of the order it created, on the same instance. An
 * instance taken out of the rotation gets no new request; {@link #drain} waits until it has answered the ones it
 * has. Every answer that is not the expected one is kept as a failure; every order acknowledged with a 201 is kept
 * with what was asked for.
 */
final class OrderLoad implements AutoCloseable {

    /** An instance of the application: its name, base URI and the facade version it serves through. */
    record Instance(String name, URI base, String servedThrough) {
    }

    /** An order a client got a 201 for: the id, and what the client asked for. */
    record Acknowledged(long id, String email, String sku, int quantity, Instance by) {

        /** As {@code "ID EMAIL SKU QUANTITY"}, the way the test reads it back from core. */
        String line() {
            return id + " " + email + " " + sku + " " + quantity;
        }
    }

    static final List<String> CUSTOMERS = List.of("ada@example.com", "bob@example.com", "eve@example.com");
    static final List<String> PRODUCTS = List.of("TEA-1", "MUG-1");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final List<Instance> rotation = new ArrayList<>();
    private final Map<Instance, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<Instance, AtomicInteger> served = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running = true;
    private int next;

    OrderLoad(List<Instance> instances, int clientCount) {
        for (Instance instance : instances) {
            rotation.add(instance);
            inFlight.put(instance, new AtomicInteger());
            served.put(instance, new AtomicInteger());
        }
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(this::placeOrders, "order-client-" + i);
            clients.add(client);
            client.start();
        }
    }

    /** Takes {@code instance} out of the rotation and waits until it has answered every request it was sent. */
    void drain(Instance instance) throws InterruptedException {
        synchronized (rotation) {
            rotation.remove(instance);
        }
        awaitUntil(() -> inFlight.get(instance).get() == 0, "requests in flight on " + instance.name());
    }

    /** Waits until {@code instance} has served {@code count} more orders than now. */
    void awaitMoreOrders(Instance instance, int count) throws InterruptedException {
        int target = served.get(instance).get() + count;
        awaitUntil(() -> served.get(instance).get() >= target, count + " more orders on " + instance.name());
    }

    int served(Instance instance) {
        return served.get(instance).get();
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Stops the clients after their current request. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(TIMEOUT.toMillis());
        }
    }

    private void placeOrders() {
        var random = ThreadLocalRandom.current();
        while (running) {
            Instance instance = take();
            if (instance == null) {
                failures.add("no instance in the rotation");
                return;
            }
            String email = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
            String sku = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            int quantity = 1 + random.nextInt(3);
            try {
                placeAndRead(instance, email, sku, quantity);
            } catch (Exception e) {
                failures.add(instance.name() + ": " + e);
            } finally {
                inFlight.get(instance).decrementAndGet();
            }
        }
    }

    /** The next instance of the rotation, counted as in flight before the rotation can change. */
    private Instance take() {
        synchronized (rotation) {
            if (rotation.isEmpty()) {
                return null;
            }
            Instance instance = rotation.get(next++ % rotation.size());
            inFlight.get(instance).incrementAndGet();
            return instance;
        }
    }

    private void placeAndRead(Instance instance, String email, String sku, int quantity) throws Exception {
        String body = JSON.writeValueAsString(Map.of("email", email, "sku", sku, "quantity", quantity));
        HttpResponse<String> placed = http.send(HttpRequest.newBuilder(instance.base().resolve("/orders"))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (placed.statusCode() != 201) {
            failures.add(instance.name() + ": POST /orders " + body + " -> " + placed.statusCode() + " "
                    + placed.body());
            return;
        }
        JsonNode order = JSON.readTree(placed.body());
        long id = order.get("id").asLong();
        acknowledged.add(new Acknowledged(id, email, sku, quantity, instance));
        served.get(instance).incrementAndGet();
        expect(instance, order, "POST /orders");
        String location = placed.headers().firstValue("Location").orElse("(none)");
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(instance.base().resolve(location))
                .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (read.statusCode() != 200) {
            failures.add(instance.name() + ": GET " + location + " -> " + read.statusCode() + " " + read.body());
            return;
        }
        JsonNode again = JSON.readTree(read.body());
        if (again.get("id").asLong() != id) {
            failures.add(instance.name() + ": GET " + location + " read order " + again.get("id"));
        }
        expect(instance, again, "GET " + location);
    }

    private void expect(Instance instance, JsonNode order, String request) {
        String through = order.get("servedThrough").asString();
        if (!through.equals(instance.servedThrough()) || !order.get("status").asString().equals("placed")) {
            failures.add(instance.name() + ": " + request + " answered " + order);
        }
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            Thread.sleep(20);
        }
    }
}
