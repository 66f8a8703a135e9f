package dev.strata.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.engine.database.Target;
import dev.strata.engine.database.TargetResolver;
import dev.strata.engine.errors.StrataException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * The database Strata applies to and checks: {@code spring.strata.url} (with {@code user} and {@code password}),
 * else the application's HikariCP DataSource's URL and credentials, else {@code spring.datasource.url},
 * {@code username} and {@code password}. Strata opens its own connections to it, outside the application's pool.
 */
final class StrataTarget {

    private StrataTarget() {
    }

    static Target of(StrataProperties properties, DataSource dataSource, Environment environment) {
        if (properties.url() != null && !properties.url().isBlank()) {
            return target(properties.url(), properties.user(), properties.password(), "spring.strata.url");
        }
        HikariDataSource hikari = hikari(dataSource);
        if (hikari != null && hikari.getJdbcUrl() != null) {
            return target(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(),
                    "the application's DataSource");
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return target(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"), "spring.datasource.url");
        }
        throw new StrataStartupException("Strata cannot tell which database the application's DataSource ("
                + dataSource.getClass().getName() + ") connects to.", "Set spring.strata.url (and"
                + " spring.strata.user, spring.strata.password) to the database it uses.");
    }

    static HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return hikari;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static Target target(String url, String user, String password, String origin) {
        try {
            Target parsed = TargetResolver.fromUrl(url, origin);
            return new Target(parsed.jdbcUrl(), user != null ? user : parsed.user(),
                    password != null ? password : parsed.password(), origin, false);
        } catch (StrataException e) {
            throw new StrataStartupException(origin + " is not a PostgreSQL URL Strata can use: "
                    + e.problem().title(), e.problem().detail());
        } catch (IllegalArgumentException e) {
            throw new StrataStartupException(origin + " is not a PostgreSQL URL Strata can use: " + e.getMessage()
                    + ".", "Strata runs on PostgreSQL: give a jdbc:postgresql:// URL.");
        }
    }
}
