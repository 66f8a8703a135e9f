package dev.strata.engine.database;

/** One host and port of a target; a target with several (a multi-host URL) tries them in order. */
public record Endpoint(String host, int port) {

    public static final int DEFAULT_PORT = 5432;

    /** {@code db.internal:5432}, or {@code [::1]:5432} for an IPv6 address. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
