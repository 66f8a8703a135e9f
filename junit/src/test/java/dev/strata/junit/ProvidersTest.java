package dev.strata.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.strata.testkit.TestDatabases;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The URL and Testcontainers providers, and the skips, run through JUnit's engine test kit on the example classes
 * below. They run only through the kit (which sets {@value #EXAMPLES}), never on their own, whatever the build's
 * test filter.
 */
class ProvidersTest {

    static final String EXAMPLES = "strata.junit.examples";

    @StrataDatabase(project = "samples/shop", upTo = "0002", provider = StrataDatabase.Provider.TESTCONTAINERS)
    @EnabledIfSystemProperty(named = EXAMPLES, matches = "true")
    static class NeedsDocker {
        @Test
        void runsOnlyWithDocker(DataSource db) throws SQLException {
            assertThat(EmbeddedProviderTest.strings(db, "SELECT 1")).containsExactly("1");
        }
    }

    @StrataDatabase(project = "samples/shop", upTo = "0003", provider = StrataDatabase.Provider.URL)
    @EnabledIfSystemProperty(named = EXAMPLES, matches = "true")
    static class OnAServer {
        @Test
        void migratedOnTheServerOfTheUrl(DataSource db) throws SQLException {
            assertThat(EmbeddedProviderTest.strings(db, "SELECT count(*) FROM strata.history WHERE outcome = 'applied'"))
                    .containsExactly("3");
            assertThat(EmbeddedProviderTest.strings(db, "SELECT current_database()").get(0)).startsWith("strata_test_");
        }
    }

    @StrataDatabase(project = "samples/shop", upTo = "0042")
    @EnabledIfSystemProperty(named = EXAMPLES, matches = "true")
    static class UnknownPlan {
        @Test
        void neverGetsADatabase(DataSource db) {
        }
    }

    private static EngineExecutionResults run(Class<?> example) {
        System.setProperty(EXAMPLES, "true");
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
        } finally {
            System.clearProperty(EXAMPLES);
        }
    }

    @Test
    void withoutDockerTheTestcontainersProviderSkipsTheClassSayingWhy() {
        EngineExecutionResults results = run(NeedsDocker.class);

        if (Servers.dockerAvailable()) {
            results.testEvents().assertStatistics(stats -> stats.succeeded(1));
            return;
        }
        Event skipped = results.containerEvents().skipped().stream().findFirst().orElseThrow();
        assertThat(skipped.getPayload(String.class)).get().asString()
                .contains("@StrataDatabase(provider = TESTCONTAINERS) needs Docker")
                .contains("no Docker daemon is reachable");
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @Test
    void theUrlProviderMigratesADatabaseOnTheServerOfTheSystemProperty() {
        System.setProperty(Servers.URL_PROPERTY, TestDatabases.server().admin().jdbcUrl());
        try {
            run(OnAServer.class)
                    .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        } finally {
            System.clearProperty(Servers.URL_PROPERTY);
        }
    }

    @Test
    void theUrlProviderWithoutAUrlSkipsSayingWhichPropertyToSet() {
        EngineExecutionResults results = run(OnAServer.class);

        Event skipped = results.containerEvents().skipped().stream().findFirst().orElseThrow();
        assertThat(skipped.getPayload(String.class)).get().asString().contains("strata.test.url");
    }

    @Test
    void anUnknownPlanFailsTheTestNamingThePlansThereAre() {
        EngineExecutionResults results = run(UnknownPlan.class);

        Throwable failure = results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                .orElseThrow();
        assertThat(failure).hasMessageContaining("upTo = \"0042\"").hasMessageContaining("0001_initial, 0002_add-loyalty");
    }
}
