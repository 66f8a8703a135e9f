package com.example.shop.app;

import com.example.shop.api.v2.ShopApiV2;
import com.example.shop.api.v3.ShopApiV3;
import dev.strata.spring.FacadePin;
import dev.strata.spring.StrataProperties;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bindings this instance uses: those of the facade version it is pinned to ({@code spring.strata.facade}). The
 * build carries the bindings of both versions in flight, v2 and v3, so that one artifact can run as the blue
 * (v2) or the green (v3) instance; the starter has already refused to start when the database lacks the version or
 * retired it, and the bindings' {@code check()} makes sure the version holds every view and routine they call.
 */
@Configuration(proxyBeanMethods = false)
class ShopBindings {

    @Bean
    Orders orders(StrataProperties strata, DataSource dataSource) throws SQLException {
        FacadePin pin = strata.pin();
        if (pin != null && pin.facade().equals(ShopApiV2.FACADE) && pin.version() == ShopApiV2.VERSION) {
            var shop = new ShopApiV2(dataSource);
            shop.check();
            return new ShopV2Orders(shop);
        }
        if (pin != null && pin.facade().equals(ShopApiV3.FACADE) && pin.version() == ShopApiV3.VERSION) {
            var shop = new ShopApiV3(dataSource);
            shop.check();
            return new ShopV3Orders(shop);
        }
        throw new IllegalStateException("spring.strata.facade is " + (pin == null ? "not set" : "'" + pin + "'")
                + ", but this build has the bindings of shop_api:2 and shop_api:3 only: set"
                + " spring.strata.facade=shop_api:2 or shop_api:3");
    }
}
