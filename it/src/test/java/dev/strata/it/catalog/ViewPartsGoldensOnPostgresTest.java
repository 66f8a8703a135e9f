package dev.strata.it.catalog;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden plans of indexes on materialized views and INSTEAD OF triggers on views, round-tripped as
 * {@link GoldenPlansOnPostgresTest} does (which runs every case, these included), on their own so that they can be
 * run quickly on both the newest and the oldest supported server (tag {@code crossversion}).
 */
@Tag("crossversion")
class ViewPartsGoldensOnPostgresTest {

    /** Fails, never skips, when surefire meant another major version than the server the test kit started. */
    @BeforeAll
    static void checkServer() {
        GoldenPlansOnPostgresTest.checkServer();
    }

    @TestFactory
    Stream<DynamicTest> viewPartCasesRoundTripOnPostgres() {
        return Stream.of("matview-index-add", "matview-index-drop", "matview-rebuild-keeps-index",
                        "view-instead-of-trigger", "view-trigger-drop", "view-with-trigger-drop",
                        "view-rebuild-keeps-trigger", "view-parts-rebuilt-for-type-change")
                .map(name -> DynamicTest.dynamicTest(name,
                        () -> GoldenPlansOnPostgresTest.roundTrip(GoldenPlansOnPostgresTest.CASES.resolve(name))));
    }
}
