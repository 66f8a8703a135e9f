package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.testkit.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter in Spring contexts on embedded PostgreSQL, the sample store's seven plans as the project: after them
 * shop_api v1 is retired and v2 and v3 are deployed side by side over one core.
 */
class StrataAutoConfigurationTest {

    private static final Path SHOP = Path.of("..", "samples", "shop").toAbsolutePath().normalize();

    private static final ApplicationContextRunner CONTEXTS = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    StrataAutoConfiguration.class));

    /** A database with every plan of the sample applied (by the starter) and one customer. */
    private static String deployed;

    @BeforeAll
    static void deployTheSample() throws SQLException {
        deployed = TestDatabases.newDatabase("spring_shop");
        on(deployed).withPropertyValues("spring.strata.apply-on-startup=true", "spring.strata.project=" + SHOP)
                .run(context -> assertThat(context).hasNotFailed());
        try (Connection connection = TestDatabases.connect(deployed); Statement statement = connection.createStatement()) {
            statement.execute("insert into core.customer (email, display_name) values ('ada@example.com', 'Ada')");
        }
    }

    @Test
    void twoInstancesStartingTogetherApplyThePendingPlansOnceAndRecordHistory() throws Exception {
        String url = TestDatabases.newDatabase("spring_apply");
        var applying = on(url).withPropertyValues("spring.strata.apply-on-startup=true",
                "spring.strata.project=" + SHOP);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(instances.submit(() -> applying.run(context -> assertThat(context).hasNotFailed())));
            }
            for (Future<?> instance : started) {
                instance.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }
        applying.run(context -> assertThat(context).hasNotFailed());

        assertThat(TestDatabases.query(url,
                "select plan_id || ' ' || action || ' ' || outcome from strata.history order by id"))
                .containsExactly("0001_initial apply applied", "0002_add-loyalty apply applied",
                        "0003_rename-full-name apply applied", "0004_shorter-postal-codes apply applied",
                        "0005_api-v3-retire-v1 apply applied", "0006_drop-product-description apply applied",
                        "0007_definer-routines apply applied");
    }

    @Test
    void contextsPinnedToV2AndV3ReadThroughTheirOwnViewsSideBySide() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:2", "spring.strata.role=shop_app")
                .run(blue -> on(deployed).withPropertyValues("spring.strata.facade=shop_api:3",
                        "spring.strata.role=shop_app").run(green -> {
                            assertThat(blue).hasNotFailed();
                            assertThat(green).hasNotFailed();
                            DataSource v2 = blue.getBean(DataSource.class);
                            DataSource v3 = green.getBean(DataSource.class);
                            assertThat(session(v2)).isEqualTo("shop_app {shop_api_v2}");
                            assertThat(session(v3)).isEqualTo("shop_app {shop_api_v3}");
                            assertThat(columns(v2, "select * from customers"))
                                    .containsExactly("id", "email", "full_name", "phone", "created_at");
                            assertThat(columns(v3, "select * from customers"))
                                    .containsExactly("id", "email", "full_name", "phone", "created_at",
                                            "loyalty_points");
                            assertThat(TestDatabases.query(v3, "select email || ' ' || loyalty_points from customers"))
                                    .containsExactly("ada@example.com 0");
                            assertThat(TestDatabases.query(v2, "select email || ' ' || full_name from customers"))
                                    .containsExactly("ada@example.com Ada");
                        }));
    }

    @Test
    void aVersionThatIsNotDeployedStopsTheStart() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:4").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(StrataStartupException.class)
                    .hasMessage("The application is pinned to shop_api v4 (spring.strata.facade=shop_api:4), but "
                            + display(deployed) + " has no such version deployed; in service there: shop_api v2"
                            + " (in flight), shop_api v3 (in flight). Apply the plan that deploys it (strata apply,"
                            + " or spring.strata.apply-on-startup=true with spring.strata.project), or pin the"
                            + " application to a version in service.");
        });
    }

    @Test
    void aRetiredVersionStopsTheStart() throws SQLException {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(StrataStartupException.class)
                    .hasMessageStartingWith("The application is pinned to shop_api v1"
                            + " (spring.strata.facade=shop_api:1), which was retired on " + display(deployed) + " at ")
                    .hasMessageEndingWith(": its schema shop_api_v1 is gone; in service there: shop_api v2"
                            + " (in flight), shop_api v3 (in flight). Pin the application to a version in service"
                            + " and build it against that version's bindings (strata codegen).");
        });
    }

    @Test
    void aProjectPackagedInAJarIsReadFromTheClassPath(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(SHOP)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = SHOP.relativize(file).toString().replace('\\', '/');
                if (relative.equals("strata.toml") || relative.startsWith("migrations/")) {
                    out.putNextEntry(new JarEntry("strata/shop/" + relative));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            on(deployed).withClassLoader(loader).withPropertyValues("spring.strata.apply-on-startup=true",
                    "spring.strata.project=classpath:strata/shop", "spring.strata.facade=shop_api:3")
                    .run(context -> assertThat(context).hasNotFailed());
        }
        // the plans read from the jar are the ones applied: checksums and chain verified, nothing applied again
        assertThat(TestDatabases.query(deployed, "select count(*)::text from strata.history")).containsExactly("7");
    }

    @Test
    void aRoleThatMayNotUseTheVersionsSchemaStopsTheStart() throws SQLException {
        try (Connection connection = TestDatabases.connect(deployed); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = 'spring_outsider') then"
                    + " create role spring_outsider nologin; end if; end $$");
        }
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:3", "spring.strata.role=spring_outsider")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(StrataStartupException.class)
                            .hasMessage("The application's connections (as spring_outsider) cannot use schema"
                                    + " shop_api_v3 of spring.strata.facade=shop_api:3: it is missing from their"
                                    + " effective search_path []. Grant the role access to the version (a grant in"
                                    + " the facade, applied by a plan), or set spring.strata.role to a role that has"
                                    + " it.");
                });
    }

    @Test
    void aDataSourceThatIsNotHikariIsWrapped() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                .withBean(DataSource.class, () -> {
                    PGSimpleDataSource plain = new PGSimpleDataSource();
                    plain.setUrl(deployed);
                    plain.setUser("postgres");
                    return plain;
                })
                .withPropertyValues("spring.strata.facade=shop_api:3", "spring.strata.role=shop_app",
                        "spring.strata.url=" + deployed, "spring.strata.user=postgres")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertThat(dataSource).isInstanceOf(PinnedDataSource.class);
                    assertThat(session(dataSource)).isEqualTo("shop_app {shop_api_v3}");
                });
    }

    @Test
    void theEndpointShowsTheCurrentPlanTheFacadeVersionsAndThePin() {
        on(deployed).withPropertyValues("spring.strata.facade=shop_api:3", "spring.strata.role=shop_app")
                .run(context -> {
                    StrataEndpoint.Report report = context.getBean(StrataEndpoint.class).strata();
                    assertThat(report.target()).isEqualTo(display(deployed));
                    assertThat(report.currentPlan()).isEqualTo("0007_definer-routines");
                    assertThat(report.currentPlanUnfinished()).isFalse();
                    assertThat(report.pinnedTo()).isEqualTo("shop_api:3");
                    assertThat(report.facades()).extracting(version -> version.facade() + " v" + version.version()
                            + " " + version.schema() + " " + version.state() + " retired " + (version.retiredAt()
                            != null)).containsExactly("shop_api v1 shop_api_v1 retired retired true",
                                    "shop_api v2 shop_api_v2 in_flight retired false",
                                    "shop_api v3 shop_api_v3 in_flight retired false");
                });
    }

    @Test
    void disabledDoesNothing() throws SQLException {
        String url = TestDatabases.newDatabase("spring_off");
        on(url).withPropertyValues("spring.strata.enabled=false", "spring.strata.apply-on-startup=true",
                "spring.strata.project=" + SHOP, "spring.strata.facade=shop_api:3").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(StrataDataSourcePostProcessor.class)
                            .doesNotHaveBean(StrataEndpoint.class);
                    assertThat(session(context.getBean(DataSource.class))).isEqualTo("postgres {public}");
                });
        assertThat(TestDatabases.query(url, "select count(*)::text from pg_namespace where nspname = 'strata'"))
                .containsExactly("0");
    }

    private static ApplicationContextRunner on(String url) {
        return CONTEXTS.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=");
    }

    private static String display(String url) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername("postgres");
            return StrataTarget.of(new StrataProperties(true, null, null, null, null, false, null, null, null), pool, null)
                    .display();
        }
    }

    private static String session(DataSource dataSource) {
        return TestDatabases.query(dataSource, "select current_user || ' ' || current_schemas(false)::text").get(0);
    }

    private static List<String> columns(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
