package dev.strata.spring.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spring.StrataAutoConfiguration;
import dev.strata.spring.StrataEndpoint;
import dev.strata.spring.StrataStartupException;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter, built against Spring Boot 4.0, in Spring Boot 3.5.7 contexts (Boot 3.5's own DataSource
 * auto-configuration, {@code org.springframework.boot.autoconfigure.jdbc}): pending plans applied on start-up, the
 * DataSource pinned to a facade version and role, a retired version refused, the Actuator endpoint.
 */
class StarterOnSpringBoot35Test {

    private static final Path SHOP = Path.of("..", "samples", "shop").toAbsolutePath().normalize();

    private static final ApplicationContextRunner CONTEXTS = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    StrataAutoConfiguration.class));

    private static String deployed;

    @BeforeAll
    static void deployTheSampleOnStartup() throws SQLException {
        assertThat(SpringBootVersion.getVersion()).isEqualTo("3.5.7");
        deployed = TestDatabases.newDatabase("boot35_shop");
        on(deployed).withPropertyValues("spring.strata.apply-on-startup=true", "spring.strata.project=" + SHOP,
                "spring.strata.facade=shop_api:3", "spring.strata.role=shop_app")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(TestDatabases.query(deployed,
                "select count(*)::text from strata.history where outcome = 'applied'"))
                .containsExactly("7");
    }

    @Test
    void contextsPinnedToV2AndV3ReadTheirOwnViews() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:2", "spring.strata.role=shop_app")
                .run(blue -> on(deployed).withPropertyValues("spring.strata.facade=shop_api:3",
                        "spring.strata.role=shop_app").run(green -> {
                            assertThat(blue).hasNotFailed();
                            assertThat(green).hasNotFailed();
                            assertThat(session(blue.getBean(DataSource.class))).isEqualTo("shop_app {shop_api_v2}");
                            assertThat(session(green.getBean(DataSource.class))).isEqualTo("shop_app {shop_api_v3}");
                        }));
    }

    @Test
    void aRetiredVersionStopsTheStart() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(StrataStartupException.class)
                    .hasMessageStartingWith("The application is pinned to shop_api v1"
                            + " (spring.strata.facade=shop_api:1), which was retired on ");
        });
    }

    @Test
    void theEndpointReportsThePin() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:3").run(context -> {
            StrataEndpoint.Report report = context.getBean(StrataEndpoint.class).strata();
            assertThat(report.currentPlan()).isEqualTo("0007_definer-routines");
            assertThat(report.pinnedTo()).isEqualTo("shop_api:3");
        });
    }

    private static ApplicationContextRunner on(String url) {
        return CONTEXTS.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=");
    }

    private static String session(DataSource dataSource) {
        return TestDatabases.query(dataSource, "select current_user || ' ' || current_schemas(false)::text").get(0);
    }
}
