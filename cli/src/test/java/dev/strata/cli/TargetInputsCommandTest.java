package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad targets and durations through the whole command line: each gets its documented exit code, a message of its
 * own, no stack trace, no "internal error", and never the password it was given. (The environment's sources, PG*
 * and STRATA_URL, are covered row by row in the engine's TargetInputsTest, which can set them.)
 */
class TargetInputsCommandTest {

    private static final String SECRET = "s3cr3t-pw";

    @TempDir
    static Path project;
    private static String goodUrl;
    private static int closedPort;

    @BeforeAll
    static void project() throws Exception {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        goodUrl = TestDatabases.newDatabase("targets");
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    /** The server's host:port, from the scratch database's JDBC URL. */
    private static String server() {
        return goodUrl.substring("jdbc:postgresql://".length(), goodUrl.indexOf('/', "jdbc:postgresql://".length()));
    }

    static Stream<Arguments> inputs() {
        List<Arguments> rows = new ArrayList<>();
        // malformed URLs: usage errors, named by their source
        rows.add(Arguments.of("port out of range", List.of("--url", "jdbc:postgresql://127.0.0.1:99999/db"),
                ExitCode.USAGE, "out of range"));
        rows.add(Arguments.of("port zero", List.of("--url", "jdbc:postgresql://127.0.0.1:0/db"), ExitCode.USAGE,
                "out of range"));
        rows.add(Arguments.of("negative port", List.of("--url", "jdbc:postgresql://127.0.0.1:-1/db"),
                ExitCode.USAGE, "--url"));
        rows.add(Arguments.of("libpq port out of range", List.of("--url", "postgresql://u:" + SECRET
                + "@127.0.0.1:99999/db"), ExitCode.USAGE, "out of range"));
        rows.add(Arguments.of("port with letters", List.of("--url", "postgresql://u:" + SECRET
                + "@127.0.0.1:5434x/db"), ExitCode.USAGE, "is not a number"));
        rows.add(Arguments.of("empty url", List.of("--url", ""), ExitCode.USAGE, "--url is empty"));
        rows.add(Arguments.of("blank url", List.of("--url", "   "), ExitCode.USAGE, "--url"));
        rows.add(Arguments.of("not a url", List.of("--url", "shop-db"), ExitCode.USAGE, "--url"));
        rows.add(Arguments.of("other scheme", List.of("--url", "mysql://u@h/db"), ExitCode.USAGE, "--url"));
        rows.add(Arguments.of("jdbc of another driver", List.of("--url", "jdbc:mysql://h/db"), ExitCode.USAGE,
                "--url"));
        rows.add(Arguments.of("bad percent escape", List.of("--url", "postgresql://u:%zz@h/db"), ExitCode.USAGE,
                "--url"));
        rows.add(Arguments.of("space in host", List.of("--url", "postgresql://my host/db"), ExitCode.USAGE,
                "--url"));
        rows.add(Arguments.of("unix socket host", List.of("--url", "postgresql://%2Fvar%2Frun%2Fpostgresql/db"),
                ExitCode.USAGE, "--url"));
        rows.add(Arguments.of("bad option value", List.of("--url", "jdbc:postgresql://127.0.0.1/db?connectTimeout=abc"),
                ExitCode.USAGE, "connectTimeout"));
        rows.add(Arguments.of("unknown option", List.of("--url", "jdbc:postgresql://127.0.0.1/db?sslmod=require"),
                ExitCode.USAGE, "sslmode"));
        rows.add(Arguments.of("bad sslmode", List.of("--url", "postgresql://127.0.0.1/db?sslmode=always"),
                ExitCode.USAGE, "sslmode"));
        rows.add(Arguments.of("missing root certificate", List.of("--url",
                "postgresql://127.0.0.1/db?sslmode=verify-full&sslrootcert=/nonexistent/root.crt"), ExitCode.USAGE,
                "sslrootcert"));
        rows.add(Arguments.of("option Strata sets itself", List.of("--url",
                "jdbc:postgresql://127.0.0.1/db?preferQueryMode=extended"), ExitCode.USAGE, "preferQueryMode"));
        rows.add(Arguments.of("database name too long", List.of("--url", "postgresql://127.0.0.1/" + "d".repeat(64)),
                ExitCode.USAGE, "63"));
        rows.add(Arguments.of("two targets", List.of("--url", "jdbc:postgresql://127.0.0.1/db", "--embedded"),
                ExitCode.USAGE, "--embedded and --url"));
        // durations
        rows.add(Arguments.of("connect timeout not a duration", List.of("--connect-timeout", "soon"),
                ExitCode.USAGE, "--connect-timeout expects a duration"));
        rows.add(Arguments.of("connect timeout overflowing", List.of("--connect-timeout", "99999999999999999999d"),
                ExitCode.USAGE, "too long"));
        rows.add(Arguments.of("negative connect timeout", List.of("--connect-timeout", "-5s"), ExitCode.USAGE,
                "--connect-timeout"));
        rows.add(Arguments.of("connect timeout past PostgreSQL's limit", List.of("--connect-timeout", "30d"),
                ExitCode.USAGE, "too long"));
        // reachable inputs that fail to connect: connection errors, each with its own words
        rows.add(Arguments.of("refused", List.of("--url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/db"),
                ExitCode.CONNECTION, "refused"));
        rows.add(Arguments.of("unknown host", List.of("--url", "postgresql://no-such-host.invalid/db"),
                ExitCode.CONNECTION, "not known"));
        rows.add(Arguments.of("missing database", List.of("--url", "jdbc:postgresql://" + server()
                + "/no_such_database?user=postgres"), ExitCode.CONNECTION, "no_such_database"));
        rows.add(Arguments.of("missing role", List.of("--url", "postgresql://no_such_role:" + SECRET + "@" + server()
                + "/postgres"), ExitCode.CONNECTION, "no_such_role"));
        rows.add(Arguments.of("TLS required, not offered", List.of("--url", "postgresql://postgres@" + server()
                + "/postgres?sslmode=require"), ExitCode.CONNECTION, "TLS"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachBadTargetHasItsExitCodeAndNoStackTrace(String name, List<String> options, ExitCode expected,
                                                   String words) {
        List<String> args = new ArrayList<>(List.of("status"));
        args.addAll(options);
        if (!options.contains("--connect-timeout")) {
            args.addAll(List.of("--connect-timeout", "5s"));
        }
        args.add(project.toString());
        Run run = strata(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(expected);
        assertThat(run.err()).contains(words).doesNotContain("\tat ", "internal error", "Exception", SECRET);
        assertThat(run.out()).doesNotContain(SECRET);
    }

    @Test
    void tableHoldsAtLeastTwentyFiveInputs() {
        assertThat(inputs().count()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void commandsThatChangeTheDatabasePrintTheTargetFirst() {
        String target = goodUrl + (goodUrl.contains("?") ? "&" : "?") + "password=" + SECRET;
        Run run = strata("apply", "--url", target, project.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("target: ").contains("(from --url;")
                .contains(server());
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
    }

    @Property(tries = 3000)
    void anyDurationIsADurationOrAUsageError(@ForAll("durations") String text) {
        try {
            var duration = RuntimeOptions.parseDuration(text, "--lock-timeout");
            assertThat(duration.isNegative()).isFalse();
            assertThat(duration).isLessThanOrEqualTo(RuntimeOptions.MAX_DURATION);
        } catch (UsageException e) {
            assertThat(e.getMessage()).startsWith("--lock-timeout ");
        }
    }

    @Provide
    Arbitrary<String> durations() {
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.longs().map(n -> Long.toString(n)),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30));
        Arbitrary<String> units = Arbitraries.of("", "ms", "s", "m", "h", "d", "S", "MS", "w", "sec", " s", "s ");
        return Arbitraries.oneOf(numbers.flatMap(n -> units.map(u -> n + u)), Arbitraries.strings().ofMaxLength(12));
    }
}
