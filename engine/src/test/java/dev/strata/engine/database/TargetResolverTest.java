package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    private static TargetSettings settings(String url, boolean embedded, Map<String, String> env, String projectUrl) {
        return new TargetSettings(url, embedded, env, projectUrl, Path.of("."), null);
    }

    @Test
    void urlOptionWinsOverEverything() {
        Target target = TargetResolver.configured(settings("jdbc:postgresql://a:1/x",
                false, Map.of("STRATA_URL", "jdbc:postgresql://b:2/y", "PGHOST", "c"), "jdbc:postgresql://d:3/z"))
                .orElseThrow();
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://a:1/x");
        assertThat(target.origin()).isEqualTo("--url");
    }

    @Test
    void thenStrataUrlThenProjectFileThenLibpq() {
        assertThat(TargetResolver.configured(settings(null, false, Map.of("STRATA_URL", "jdbc:postgresql://b:2/y",
                "PGHOST", "c"), "jdbc:postgresql://d:3/z")).orElseThrow().origin()).isEqualTo("STRATA_URL");
        assertThat(TargetResolver.configured(settings(null, false, Map.of("PGHOST", "c"), "jdbc:postgresql://d:3/z"))
                .orElseThrow().origin()).isEqualTo("strata.toml");
        Target libpq = TargetResolver.configured(settings(null, false, Map.of("PGHOST", "db.internal", "PGPORT",
                "6543", "PGUSER", "deploy", "PGPASSWORD", "s3cret", "PGDATABASE", "shop"), null)).orElseThrow();
        assertThat(libpq.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/shop");
        assertThat(libpq.user()).isEqualTo("deploy");
        assertThat(libpq.password()).isEqualTo("s3cret");
        assertThat(libpq.display()).isEqualTo("deploy@db.internal:6543/shop (from PG* variables)");
    }

    @Test
    void aNamingLibpqVariableMeansUseThemWithLibpqDefaults() {
        Target target = TargetResolver.configured(settings(null, false, Map.of("PGDATABASE", "shop", "PGUSER",
                "alice"), null)).orElseThrow();
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(target.effectiveUser()).isEqualTo("alice");
        Target port = TargetResolver.configured(settings(null, false, Map.of("PGPORT", "6000", "PGUSER", "alice"),
                null)).orElseThrow();
        assertThat(port.jdbcUrl()).as("the database defaults to the user, as in libpq")
                .isEqualTo("jdbc:postgresql://localhost:6000/alice");
    }

    @Test
    void variablesThatOnlyApplyDoNotMoveTheTargetAwayFromTheEmbeddedServer() {
        var env = Map.of("PGUSER", "alice", "PGPASSWORD", "stray", "PGSSLMODE", "require", "PGCONNECT_TIMEOUT", "5",
                "PGPASSFILE", "/nowhere", "PGSSLROOTCERT", "/nowhere.crt");
        assertThat(TargetResolver.configured(settings(null, false, env, null))).isEmpty();
        assertThat(TargetResolver.ignoredVariables(settings(null, false, env, null)))
                .containsExactlyInAnyOrder("PGUSER", "PGPASSWORD", "PGSSLMODE", "PGCONNECT_TIMEOUT", "PGSSLROOTCERT");
    }

    @Test
    void emptyLibpqVariablesCountAsUnset() {
        assertThat(TargetResolver.configured(settings(null, false, Map.of("PGHOST", "", "PGPORT", "",
                "PGDATABASE", "", "PGSERVICE", "", "PGHOSTADDR", ""), null))).isEmpty();
    }

    @Test
    void nothingConfiguredOrEmbeddedForcedMeansEmbedded() {
        assertThat(TargetResolver.configured(settings(null, false, Map.of(), null))).isEmpty();
        assertThat(TargetResolver.configured(settings("jdbc:postgresql://a:1/x", true, Map.of(), null))).isEmpty();
    }

    @Test
    void libpqStyleUriIsAccepted() {
        Target target = TargetResolver.configured(settings("postgresql://bob:p%40ss@db:5433/app?sslmode=require",
                false, Map.of(), null)).orElseThrow();
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/app?sslmode=require");
        assertThat(target.user()).isEqualTo("bob");
        assertThat(target.password()).isEqualTo("p@ss");
    }

    @Test
    void unusableValuesAreUsageProblems() {
        assertThatThrownBy(() -> TargetResolver.configured(settings("mysql://x", false, Map.of(), null)))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.USAGE));
        assertThatThrownBy(() -> TargetResolver.configured(settings(null, false,
                Map.of("PGHOST", "/var/run/postgresql"), null)))
                .hasMessageContaining("Unix socket directory");
    }
}
