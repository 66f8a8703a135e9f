package com.example.shop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.strata.testkit.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application without a pin: it has bindings of two versions and no way to choose, so it does not start. */
class ShopBindingsChoiceTest {

    @Test
    void withoutAPinTheApplicationDoesNotStart() {
        String url = TestDatabases.newDatabase("shop_app_unpinned");
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ShopApplication.class)
                .main(ShopApplication.class).run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres", "--spring.strata.facade=", "--spring.strata.role=",
                        "--spring.main.banner-mode=off"));
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(IllegalStateException.class).hasMessage("spring.strata.facade is not set, but"
                + " this build has the bindings of shop_api:2 and shop_api:3 only: set spring.strata.facade=shop_api:2"
                + " or shop_api:3");
    }
}
