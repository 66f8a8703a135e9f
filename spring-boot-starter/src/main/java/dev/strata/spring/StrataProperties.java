package dev.strata.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spring.strata.*}: where the Strata project is ({@code project}: a directory, or {@code classpath:LOCATION}),
 * the database Strata works on ({@code url}, {@code user}, {@code password}; by default the application's
 * DataSource), whether its pending plans are applied on start-up ({@code apply-on-startup}, off by default), the
 * facade version the application is built against ({@code facade}, {@code shop_api:3}) and the role its
 * connections run as ({@code role}), and the longest an apply on start-up may be estimated to keep a table locked
 * against writes ({@code max-lock}, as {@code strata apply --max-lock}; default strata.toml's
 * {@code [database] max_lock}, else 5 s; 0: no limit). {@code enabled=false} turns all of it off.
 */
@ConfigurationProperties(StrataProperties.PREFIX)
public record StrataProperties(@DefaultValue("true") boolean enabled, String project, String url, String user,
                               String password, boolean applyOnStartup, String facade, String role,
                               Duration maxLock) {

    public static final String PREFIX = "spring.strata";

    /** The facade version {@code facade} names, or null without one. */
    public FacadePin pin() {
        return facade == null || facade.isBlank() ? null : FacadePin.parse(facade);
    }
}
