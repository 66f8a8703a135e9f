package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * Random URL-ish strings for each source and random PG* variables: whatever comes in, only a usage problem (or a
 * connection problem) or a valid target comes out — never another exception — and a password given in the input
 * never shows in a message or in a target's printable parts. Run twice: as a jqwik property, and as a plain
 * seeded loop, so the result does not rest on one test engine's reporting.
 */
class TargetFuzzTest {

    /** Put in every password position; must never be printed. */
    static final String MARK = "Qx7Mark";

    private static final String SPECIAL = "@:/?#&=%[],+ \t\\'\"*;$!~.-_";
    private static final List<String> SCHEMES = List.of("jdbc:postgresql://", "postgresql://", "postgres://",
            "jdbc:postgresql:", "JDBC:PostgreSQL://", "postgresql:", "mysql://", "", "//", "jdbc:");
    private static final List<String> OPTION_NAMES = List.of("sslmode", "connectTimeout", "connect_timeout",
            "application_name", "ApplicationName", "user", "password", "dbname", "service", "passfile", "foo",
            "preferQueryMode", "sslrootcert", "target_session_attrs", "keepalives", "loadBalanceHosts", "host", "");
    private static final List<String> VALUES = List.of("require", "verify-full", "bogus", "10", "-1", "abc",
            "99999999999", "", "a%20b", "%zz", "%00", "%C3%A9", "%FF", "true", "read-write", "/no/such", "x+y");
    private static final List<String> VARIABLES = List.of("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE",
            "PGSERVICE", "PGUSER", "PGPASSWORD", "PGSSLMODE", "PGSSLROOTCERT", "PGCONNECT_TIMEOUT", "PGPASSFILE",
            "PGAPPNAME", "PGTARGETSESSIONATTRS", "STRATA_URL");

    @Property(tries = 3000)
    void urlsFromEverySourceGiveATargetOrAUsageProblem(@ForAll("urls") String url, @ForAll("sources") int source) {
        check(url, source, Map.of());
    }

    @Property(tries = 2000)
    void libpqVariablesGiveATargetOrAUsageProblem(@ForAll("environments") Map<String, String> env) {
        check(null, 3, env);
    }

    /** Found by the property: a password before the first '@' and a '//' after it; one in a broken URL's user part. */
    @Test
    void aPasswordBeforeTheFirstAtOfANonUrlIsNotEchoed() {
        for (int source = 0; source < 3; source++) {
            check("8x:" + MARK + "@localhost,localhost,%2Ftmp//z@", source, Map.of());
            check("u:" + MARK + "@h//x", source, Map.of());
            check("jdbc:u://\u0652" + MARK + "\u0b53@h,a b,[fe80::1%eth0]?host=&sslmode=99999999999", source, Map.of());
        }
    }

    @Test
    void seededLoopOverTheSameGenerators() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 20_000; i++) {
            if (i % 3 == 2) {
                check(null, 3, environment(random));
            } else {
                check(url(random), random.nextInt(3), Map.of());
            }
        }
    }

    /** Resolves {@code url} from source 0 (--url), 1 (STRATA_URL), 2 (strata.toml) or 3 (none: env only). */
    static void check(String url, int source, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("HOME", System.getProperty("java.io.tmpdir") + "/strata-fuzz-home-that-does-not-exist");
        if (source == 1) {
            env.put("STRATA_URL", url);
        }
        var settings = new TargetSettings(source == 0 ? url : null, false, env, source == 2 ? url : null,
                Path.of("."), null);
        Optional<Target> target;
        try {
            target = TargetResolver.configured(settings);
        } catch (StrataException e) {
            assertThat(e.kind()).as("kind for %s", url).isIn(ProblemKind.USAGE, ProblemKind.CONNECTION);
            assertThat(e.problem().render()).as("message for %s / %s", url, extraEnv).doesNotContain(MARK);
            assertThat(e.problem().title()).isNotBlank();
            return;
        }
        if (target.isPresent()) {
            Target t = target.get();
            assertThat(t.display()).doesNotContain(MARK);
            assertThat(t.describe()).doesNotContain(MARK);
            assertThat(t.toString()).doesNotContain(MARK);
            assertThat(t.jdbcUrl()).doesNotContain(MARK);
            assertThat(t.endpoints()).isNotEmpty().allSatisfy(e -> assertThat(e.port()).isBetween(1, 65535));
            assertThat(Driver.parseURL(t.jdbcUrl(), new Properties())).as("pgjdbc accepts %s", t.jdbcUrl())
                    .isNotNull();
        }
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.randomValue(TargetFuzzTest::url);
    }

    @Provide
    Arbitrary<Integer> sources() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Map<String, String>> environments() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 5))
                .as((seed, ignored) -> environment(new Random(seed)));
    }

    static String url(Random random) {
        if (random.nextInt(6) == 0) {
            return noise(random, random.nextInt(40));
        }
        StringBuilder url = new StringBuilder(pick(random, SCHEMES));
        int userInfo = random.nextInt(4);
        if (userInfo == 1) {
            url.append(piece(random)).append('@');
        } else if (userInfo >= 2) {
            url.append(piece(random)).append(':').append(noise(random, random.nextInt(4))).append(MARK)
                    .append(noise(random, random.nextInt(4))).append('@');
        }
        int hosts = random.nextInt(4);
        for (int h = 0; h < hosts; h++) {
            if (h > 0) {
                url.append(',');
            }
            url.append(switch (random.nextInt(5)) {
                case 0 -> "[" + pick(random, List.of("::1", "fe80::1%eth0", "1:2", "x", "")) + "]";
                case 1 -> piece(random);
                default -> pick(random, List.of("localhost", "db.internal", "127.0.0.1", "h", "%2Ftmp", "a b"));
            });
            if (random.nextBoolean()) {
                url.append(':').append(pick(random, List.of("5432", "0", "-1", "99999", "5434x", "", "65535",
                        "00001", "1e3", "١٢٣")));
            }
        }
        if (random.nextInt(4) > 0) {
            url.append('/').append(random.nextBoolean() ? piece(random) : pick(random, List.of("shop", "", "a/b",
                    "a%2Fb", "%zz", "d".repeat(70), "é", "a+b")));
        }
        int options = random.nextInt(4);
        for (int o = 0; o < options; o++) {
            url.append(o == 0 ? '?' : '&');
            String name = pick(random, OPTION_NAMES);
            url.append(name);
            if (random.nextInt(5) > 0) {
                url.append('=').append(name.equals("password") ? noise(random, 2) + MARK + noise(random, 2)
                        : pick(random, VALUES));
            }
        }
        return url.toString();
    }

    static Map<String, String> environment(Random random) {
        Map<String, String> env = new HashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String variable = pick(random, VARIABLES);
            String value = switch (variable) {
                case "PGPASSWORD" -> noise(random, 3) + MARK;
                case "PGPORT" -> pick(random, List.of("5432", "notaport", "0", "99999", "1,2", "1,,3", "", " 5432"));
                case "PGHOST" -> pick(random, List.of("db", "/var/run/postgresql", "a,b", "", "::1", "[::1]", "a b",
                        "h$", "a,,b"));
                case "PGHOSTADDR" -> pick(random, List.of("127.0.0.1", "::1", "db", "", "300.1.1.1"));
                case "STRATA_URL" -> random.nextBoolean() ? "" : url(random);
                default -> random.nextBoolean() ? pick(random, VALUES) : noise(random, random.nextInt(6));
            };
            env.put(variable, value);
        }
        return env;
    }

    private static String piece(Random random) {
        return random.nextBoolean() ? pick(random, List.of("u", "alice", "bob%40x", "%zz", "", "é")) : noise(random,
                random.nextInt(5));
    }

    private static String noise(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            text.append(kind == 0 ? (char) ('a' + random.nextInt(26)) : kind == 1 ? (char) ('0' + random.nextInt(10))
                    : kind == 2 ? SPECIAL.charAt(random.nextInt(SPECIAL.length()))
                    : (char) (random.nextInt(0x3000) + 1));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
