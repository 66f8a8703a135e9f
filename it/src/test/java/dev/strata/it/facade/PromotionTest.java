package dev.strata.it.facade;

import static dev.strata.it.facade.ShopSources.CORE;
import static dev.strata.it.facade.ShopSources.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.facade.PromoteResult;
import dev.strata.engine.facade.Promotion;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.it.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotion on PostgreSQL: a deployed version becomes live, the live role's new sessions follow it, the previous
 * version comes back with a second promotion, every promotion is a history row, and the live version cannot be
 * retired or promoted away into a version that is not deployed.
 */
class PromotionTest {

    @TempDir
    Path dir;

    private final String app = AppConnections.uniqueRole("shop_app");

    private Database deployBothVersions(String prefix) {
        Database database = TestSupport.freshDatabase(prefix);
        TestProject project = new TestProject(dir).plan("initial", files("core.strata", CORE,
                "shop_api_v1.strata", ShopSources.v1(app), "shop_api_v2.strata", ShopSources.v2(app)));
        TestSupport.runner(database).apply(project.plans(), TestSupport.options());
        TestSupport.execute(database, "ALTER ROLE \"" + app + "\" LOGIN");
        return database;
    }

    @Test
    void newSessionsOfTheLiveRoleFollowPromotionAndRollback() throws Exception {
        try (Database database = deployBothVersions("promote")) {
            Runner runner = TestSupport.runner(database);
            String url = database.target().jdbcUrl();

            runner.promote(PromoteRequest.of("facades", "shop_api", 1, List.of(app)), TestSupport.options());
            assertThat(searchPath(url)).isEqualTo("shop_api_v1");
            try (Connection v1Session = AppConnections.as(url, app)) {
                assertThat(single(v1Session, "SELECT place_order(" + customer(database) + ", 10)")).isNotNull();

                PromoteResult toV2 = runner.promote(PromoteRequest.of("facades", "shop_api", 2, List.of(app)),
                        TestSupport.options());
                assertThat(toV2.previous()).isEqualTo(1);
                assertThat(searchPath(url)).isEqualTo("shop_api_v2");
                // a session opened before the promotion keeps its version
                assertThat(single(v1Session, "SELECT count(note) FROM orders")).isEqualTo("0");
            }
            PromoteResult back = runner.promote(PromoteRequest.previous("facades", "shop_api", List.of(app)),
                    TestSupport.options());
            assertThat(back.version()).isEqualTo(1);
            assertThat(searchPath(url)).isEqualTo("shop_api_v1");

            assertThat(runner.facades()).extracting(r -> r.label() + " " + r.state())
                    .containsExactly("shop_api v1 live", "shop_api v2 in_flight");
            FacadeRelease live = runner.facades().get(0);
            assertThat(live.promotedAt()).isNotNull();
            assertThat(live.promotedDbUser()).isEqualTo("postgres");
            assertThat(live.promotedBy()).contains("@");
            assertThat(live.previousLive()).isEqualTo(2);
            List<HistoryEntry> promotions = runner.history().stream()
                    .filter(row -> row.action().equals(Promotion.ACTION)).toList();
            assertThat(promotions).extracting(HistoryEntry::planId, HistoryEntry::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("shop_api v1", "applied"),
                    org.assertj.core.groups.Tuple.tuple("shop_api v2 (was v1)", "applied"),
                    org.assertj.core.groups.Tuple.tuple("shop_api v1 (was v2)", "applied"));
            assertThat(promotions).allSatisfy(row -> assertThat(row.durationMs()).isNotNull());
        }
    }

    @Test
    void aVersionThatIsNotDeployedCannotBePromoted() {
        try (Database database = deployBothVersions("promote_missing")) {
            assertThatThrownBy(() -> TestSupport.runner(database).promote(
                    PromoteRequest.of("facades", "shop_api", 3, List.of(app)), TestSupport.options()))
                    .isInstanceOf(StrataException.class)
                    .hasMessageContaining("shop_api v3 is not in flight on this database")
                    .satisfies(e -> assertThat(((StrataException) e).problem().detail())
                            .contains("In flight here: v1, v2"));
            assertThat(TestSupport.runner(database).history()).noneMatch(row -> row.action().equals("promote"));
        }
    }

    @Test
    void theLiveVersionCannotBeRetiredUntilAnotherIsPromoted() {
        try (Database database = deployBothVersions("retire_live")) {
            Runner runner = TestSupport.runner(database);
            runner.promote(PromoteRequest.of("facades", "shop_api", 1, List.of(app)), TestSupport.options());
            TestProject project = new TestProject(dir).plan("retire-v1", files("core.strata", CORE,
                    "shop_api_v2.strata", ShopSources.v2(app)));

            assertThatThrownBy(() -> runner.apply(project.plans(), TestSupport.options()))
                    .isInstanceOf(StrataException.class)
                    .hasMessageContaining("retires shop_api v1")
                    .hasMessageContaining("shop_api v1 is the live version of shop_api")
                    .satisfies(e -> assertThat(((StrataException) e).problem().detail())
                            .contains("strata promote shop_api VERSION"));
            assertThat(TestSupport.value(database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'shop_api_v1'"))
                    .isEqualTo("1");

            runner.promote(PromoteRequest.of("facades", "shop_api", 2, List.of(app)), TestSupport.options());
            runner.apply(project.plans(), TestSupport.options());
            assertThat(runner.facades()).extracting(r -> r.label() + " " + r.state())
                    .containsExactly("shop_api v1 retired", "shop_api v2 live");
            assertThatThrownBy(() -> runner.promote(PromoteRequest.of("facades", "shop_api", 1, List.of(app)),
                    TestSupport.options())).hasMessageContaining("it was retired");

            // rolling the retirement back deploys v1 again, owned by the owner role like before
            runner.rollback(project.plans(), dev.strata.engine.RollbackRequest.last(), TestSupport.options());
            assertThat(runner.facades()).extracting(r -> r.label() + " " + r.state())
                    .containsExactly("shop_api v1 in_flight", "shop_api v2 live");
            assertThat(TestSupport.value(database, "SELECT pg_get_userbyid(relowner) FROM pg_class"
                    + " WHERE oid = 'shop_api_v1.orders'::regclass")).isEqualTo("shop_api_owner");
        }
    }

    @Test
    void rollingBackThePlanThatDeployedTheLiveVersionIsRefused() {
        try (Database database = deployBothVersions("rollback_live")) {
            Runner runner = TestSupport.runner(database);
            runner.promote(PromoteRequest.of("facades", "shop_api", 2, List.of(app)), TestSupport.options());
            TestProject project = new TestProject(dir);
            assertThatThrownBy(() -> runner.rollback(project.plans(), dev.strata.engine.RollbackRequest.last(),
                    TestSupport.options())).hasMessageContaining("drops shop_api v2");
        }
    }

    private String searchPath(String url) throws Exception {
        try (Connection session = AppConnections.as(url, app)) {
            return single(session, "SHOW search_path");
        }
    }

    private static String customer(Database database) {
        TestSupport.execute(database, "INSERT INTO core.customer (email, full_name) VALUES ('a@example.com', 'Ann')"
                + " ON CONFLICT DO NOTHING");
        return TestSupport.value(database, "SELECT min(id) FROM core.customer");
    }

    static String single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
