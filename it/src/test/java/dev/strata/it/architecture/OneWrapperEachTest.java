package dev.strata.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Things the project has one of: one class touches the embedded PostgreSQL binaries, one class reads the catalog
 * for facts, one loads plan directories. A second copy would drift from the first.
 */
class OneWrapperEachTest {

    @Test
    void onlyLocalServerStartsTheEmbeddedBinaries() {
        assertThat(filesMentioning("io.zonky.test.db.postgres")).containsExactly(
                "engine/src/main/java/dev/strata/engine/database/LocalServer.java");
    }

    @Test
    void onlyThePlanChainReadsPlanJsonFiles() {
        assertThat(filesMentioning("PlanJson.read(")).containsExactly(
                "plan/src/main/java/dev/strata/plan/PlanChain.java");
    }

    private static java.util.List<String> filesMentioning(String text) {
        return SourceTree.mainSources().stream().filter(f -> f.text().contains(text))
                .map(SourceTree.SourceFile::display).sorted().toList();
    }
}
