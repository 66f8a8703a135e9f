package dev.strata.junit;

import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The servers the extension makes databases on, one per kind (and URL or image) for the whole test run, kept in
 * JUnit's root store so they are stopped (or their databases dropped) when the run ends.
 */
final class Servers {

    static final String URL_PROPERTY = "strata.test.url";

    private Servers() {
    }

    static ScratchServer of(ExtensionContext context, StrataDatabase database) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(Servers.class));
        switch (database.provider()) {
            case URL: {
                String url = url(database);
                return store.getOrComputeIfAbsent("url " + url, k -> new Closing(ScratchServer.at(
                        Target.of(url, "@StrataDatabase url"))), Closing.class).server;
            }
            case TESTCONTAINERS:
                return store.getOrComputeIfAbsent("image " + database.image(), k -> container(database.image()),
                        Closing.class).server;
            default:
                return store.getOrComputeIfAbsent("embedded", k -> new Closing(ScratchServer.embedded()),
                        Closing.class).server;
        }
    }

    /** The URL of a {@link StrataDatabase.Provider#URL} database, or null when none is given. */
    static String url(StrataDatabase database) {
        if (!database.url().isEmpty()) {
            return database.url();
        }
        String property = System.getProperty(URL_PROPERTY);
        return property == null || property.isBlank() ? null : property;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Closing container(String image) {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(image);
        container.start();
        Target admin = new Target(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + image, false);
        return new Closing(ScratchServer.at(admin), container);
    }

    /** A server (and the container it runs in, if any) closed with the root store. */
    static final class Closing implements AutoCloseable {
        final ScratchServer server;
        private final AutoCloseable container;

        Closing(ScratchServer server) {
            this(server, null);
        }

        Closing(ScratchServer server, AutoCloseable container) {
            this.server = server;
            this.container = container;
        }

        @Override
        public void close() throws Exception {
            try {
                server.close();
            } finally {
                if (container != null) {
                    container.close();
                }
            }
        }
    }
}
