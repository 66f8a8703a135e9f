package dev.strata.engine.database;

import java.util.Properties;
import org.postgresql.Driver;

/**
 * A database to run against: a JDBC URL, the credentials (which may also sit in the URL), and where the choice came
 * from ({@code --url}, {@code STRATA_URL}, {@code strata.toml}, {@code PG* variables}, {@code embedded}).
 */
public record Target(String jdbcUrl, String user, String password, String origin, boolean embedded) {

    public Target {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
    }

    public static Target of(String jdbcUrl, String origin) {
        return new Target(jdbcUrl, null, null, origin, false);
    }

    /** The user name as the server will see it: explicit user, else the URL's, else the OS user (as libpq does). */
    public String effectiveUser() {
        if (user != null && !user.isEmpty()) {
            return user;
        }
        String fromUrl = urlProperties().getProperty("user");
        return fromUrl != null ? fromUrl : System.getProperty("user.name");
    }

    public String host() {
        return urlProperties().getProperty("PGHOST", "localhost");
    }

    public String port() {
        return urlProperties().getProperty("PGPORT", "5432");
    }

    public String database() {
        return urlProperties().getProperty("PGDBNAME", "");
    }

    /** {@code alice@db.internal:5432/shop (from --url)}: everything but the password. */
    public String display() {
        return effectiveUser() + "@" + host() + ":" + port() + "/" + database() + " (from " + origin + ")";
    }

    private Properties urlProperties() {
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        return parsed == null ? new Properties() : parsed;
    }
}
