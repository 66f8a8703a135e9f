package dev.strata.engine.database;

import dev.strata.engine.errors.StrataException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.postgresql.Driver;

/**
 * A database to run against: a JDBC URL, the credentials (which may also sit in the URL), where the choice came
 * from ({@code --url}, {@code STRATA_URL}, {@code strata.toml}, {@code PG* variables}, {@code embedded …}), the
 * hosts it tries in order, its database, where its password came from ({@code passwordSource}, null without one)
 * and the password file looked in when none was given ({@code passfile}, null when none was looked in).
 *
 * <p>Nothing here shows the password: {@link #display()} and {@link #describe()} are safe to print.
 */
public record Target(String jdbcUrl, String user, String password, String origin, boolean embedded,
                     List<Endpoint> endpoints, String database, String passwordSource, String passfile) {

    public Target {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + ConnectionUrl.redact(jdbcUrl));
        }
        endpoints = endpoints == null || endpoints.isEmpty()
                ? List.of(new Endpoint("localhost", Endpoint.DEFAULT_PORT)) : List.copyOf(endpoints);
        database = database == null ? "" : database;
    }

    /** A target from a JDBC URL built elsewhere (the embedded server, a scratch database, a test container). */
    public Target(String jdbcUrl, String user, String password, String origin, boolean embedded) {
        this(jdbcUrl, user, password, origin, embedded, Parts.of(jdbcUrl).endpoints(),
                Parts.of(jdbcUrl).databaseOr(user), password != null || Parts.of(jdbcUrl).hasPassword() ? origin
                        : null, null);
    }

    public static Target of(String jdbcUrl, String origin) {
        return new Target(jdbcUrl, null, null, origin, false);
    }

    /** The user name as the server will see it: explicit user, else the URL's, else the OS user (as libpq does). */
    public String effectiveUser() {
        if (user != null && !user.isEmpty()) {
            return user;
        }
        String fromUrl = Parts.of(jdbcUrl).user();
        return fromUrl != null ? fromUrl : System.getProperty("user.name");
    }

    /** The first host (the only one, but for a multi-host URL). */
    public String host() {
        return endpoints.get(0).host();
    }

    /** The first host's port. */
    public String port() {
        return Integer.toString(endpoints.get(0).port());
    }

    /** Every host with its port, in the order they are tried: {@code db1:5432,db2:5432}. */
    public String hosts() {
        return endpoints.stream().map(Endpoint::toString).collect(Collectors.joining(","));
    }

    /** {@code alice@db.internal:5432/shop (from --url)}: everything but the password. */
    public String display() {
        return effectiveUser() + "@" + hosts() + "/" + database + " (from " + origin + ")";
    }

    /**
     * {@link #display()} plus how the login is made, for printing the target before a command changes anything:
     * {@code alice@db:5432/shop (from STRATA_URL; password from /home/alice/.pgpass line 3; sslmode=require)}.
     */
    public String describe() {
        String login;
        if (embedded) {
            login = "no password (the embedded server trusts local connections)";
        } else if (passwordSource != null) {
            login = "password from " + passwordSource;
        } else {
            login = "no password" + (passfile != null ? " (none in " + passfile + ")" : "");
        }
        String ssl = option("sslmode");
        return effectiveUser() + "@" + hosts() + "/" + database + " (from " + origin + "; " + login
                + (ssl == null ? "" : "; sslmode=" + ssl) + ")";
    }

    /**
     * The same server, login and options, on another database of it (a fleet's database pattern names the
     * databases of one server); {@code origin} says where the choice came from.
     */
    public Target onDatabase(String name, String newOrigin) {
        return new Target(ScratchServer.withDatabase(jdbcUrl, name), user, password, newOrigin, embedded, endpoints,
                name, passwordSource, passfile);
    }

    /** The value of a connection option in the URL (pgjdbc name), or null. */
    public String option(String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return pair.substring(eq + 1);
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Target[" + describe() + "]";
    }

    /** What a JDBC URL says about hosts, database and user: read strictly, else as pgjdbc reads it. */
    private record Parts(List<Endpoint> endpoints, String database, String user, boolean hasPassword) {

        static Parts of(String jdbcUrl) {
            if (jdbcUrl == null) {
                return new Parts(List.of(), null, null, false);
            }
            try {
                ConnectionUrl url = ConnectionUrl.parse(jdbcUrl, "a JDBC URL");
                List<String> hosts = url.hosts() == null ? List.of("localhost") : url.hosts();
                List<Endpoint> endpoints = new java.util.ArrayList<>();
                for (int i = 0; i < hosts.size(); i++) {
                    Integer port = url.ports() == null ? null : url.ports().get(i);
                    endpoints.add(new Endpoint(hosts.get(i), port == null ? Endpoint.DEFAULT_PORT : port));
                }
                return new Parts(endpoints, url.database(), url.user(), url.password() != null);
            } catch (StrataException e) {
                return lenient(jdbcUrl);
            }
        }

        private static Parts lenient(String jdbcUrl) {
            Properties parsed;
            try {
                parsed = Driver.parseURL(jdbcUrl, new Properties());
            } catch (RuntimeException e) {
                parsed = null;
            }
            if (parsed == null) {
                return new Parts(List.of(), null, null, false);
            }
            String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
            String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
            List<Endpoint> endpoints = new java.util.ArrayList<>();
            for (int i = 0; i < hosts.length; i++) {
                String host = hosts[i].startsWith("[") && hosts[i].endsWith("]")
                        ? hosts[i].substring(1, hosts[i].length() - 1) : hosts[i];
                int port;
                try {
                    port = Integer.parseInt(ports[Math.min(i, ports.length - 1)]);
                } catch (NumberFormatException e) {
                    port = Endpoint.DEFAULT_PORT;
                }
                endpoints.add(new Endpoint(host, port));
            }
            return new Parts(endpoints, parsed.getProperty("PGDBNAME"), parsed.getProperty("user"),
                    jdbcUrl.contains("password="));
        }

        String databaseOr(String explicitUser) {
            if (database != null && !database.isEmpty()) {
                return database;
            }
            if (explicitUser != null && !explicitUser.isEmpty()) {
                return explicitUser;
            }
            return user != null ? user : System.getProperty("user.name");
        }
    }
}
