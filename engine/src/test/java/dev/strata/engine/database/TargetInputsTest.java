package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and tricky target inputs, one row each, as a user would give them: a URL for {@code --url}, STRATA_URL or
 * strata.toml, or PG* variables. Each row says what must come out: a usage problem with a fragment of its
 * message, the embedded server, or a target with given parts. Whatever the row, nothing but a
 * {@link StrataException} may escape, and no password given in the input shows in any message.
 */
class TargetInputsTest {

    private static final String SECRET = "Zq9Xw7pw";
    private static final Path HOME = home();

    /** One input and what must come of it. */
    record Row(String label, String url, boolean embedded, Map<String, String> env, String toml,
               Consumer<Outcome> check) {

        @Override
        public String toString() {
            return label;
        }
    }

    /** A target, the embedded server (both empty), or a problem. */
    record Outcome(Optional<Target> target, Problem problem) {
    }

    static Stream<Row> rows() {
        return Stream.of(
                usage("JDBC port 99999", url("jdbc:postgresql://127.0.0.1:99999/db"),
                        "Bad database URL from --url: the port '99999' is out of range"),
                usage("JDBC port 0", url("jdbc:postgresql://127.0.0.1:0/db"), "the port '0' is out of range"),
                usage("JDBC port -1", url("jdbc:postgresql://127.0.0.1:-1/db"), "the port '-1' is not a number"),
                usage("libpq port 99999 with a password", url("postgresql://u:" + SECRET + "@127.0.0.1:99999/db"),
                        "the port '99999' is out of range", "postgresql://u:***@127.0.0.1:99999/db"),
                usage("libpq port 5434x (java.net.URI took it for a registry authority)",
                        url("postgresql://u:" + SECRET + "@127.0.0.1:5434x/db"), "the port '5434x' is not a number"),
                usage("empty --url", url(""), "--url is empty", "leave --url out"),
                usage("blank --url", url("   "), "--url is empty"),
                usage("empty STRATA_URL, even with PG* variables", env("STRATA_URL", "", "PGHOST", "db"),
                        "STRATA_URL is set but empty", "unset STRATA_URL"),
                usage("empty strata.toml url", toml(""), "The [database] url in strata.toml is empty",
                        "remove the line"),
                usage("PGPORT=notaport", env("PGPORT", "notaport"), "PGPORT='notaport' is not a number", "1 to 65535"),
                usage("PGPORT=0", env("PGHOST", "db", "PGPORT", "0"), "PGPORT='0' is out of range"),
                embedded("a stray PGPASSWORD alone", env("PGPASSWORD", SECRET)),
                embedded("PGUSER, PGSSLMODE and PGCONNECT_TIMEOUT alone", env("PGUSER", "alice", "PGSSLMODE",
                        "require", "PGCONNECT_TIMEOUT", "5")),
                embedded("--embedded wins even over an empty --url", new Row("", "", true, Map.of(), null, o -> { })),
                usage("connectTimeout=abc", url("jdbc:postgresql://h/db?connectTimeout=abc"),
                        "the option connectTimeout='abc' is not valid", "a whole number of seconds"),
                usage("connect_timeout=-1 (libpq spelling)", url("postgresql://h/db?connect_timeout=-1"),
                        "connect_timeout='-1' is not valid"),
                valid("libpq option names become pgjdbc ones", url("postgresql://h/db?connect_timeout=10"
                        + "&application_name=my%20app&target_session_attrs=read-write&keepalives=1"), t ->
                        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?connectTimeout=10"
                                + "&ApplicationName=my+app&targetServerType=primary&tcpKeepAlive=true")),
                usage("sslmode=bogus", url("postgresql://h/db?sslmode=bogus"), "sslmode='bogus' is not valid",
                        "verify-full"),
                usage("an unknown option", url("jdbc:postgresql://h/db?foo=bar"), "unknown option 'foo'",
                        "Known options: sslmode"),
                usage("a misspelt option", url("jdbc:postgresql://h/db?sslmdoe=require"), "Did you mean sslmode?"),
                usage("an option Strata sets itself", url("jdbc:postgresql://h/db?preferQueryMode=extended"),
                        "the option 'preferQueryMode' is not supported", "simple"),
                usage("an option given twice", url("postgresql://h/db?sslmode=require&sslmode=disable"),
                        "the option 'sslmode' is given twice"),
                usage("a missing sslrootcert file", url("postgresql://h/db?sslmode=verify-full&sslrootcert=/no/such"
                        + ".crt"), "sslrootcert='/no/such.crt' is not valid", "existing file"),
                valid("a percent-encoded password with @ : /", url("postgresql://bob:p%40s%3As%2Fs@h:5433/db"),
                        t -> {
                            assertThat(t.password()).isEqualTo("p@s:s/s");
                            assertThat(t.user()).isEqualTo("bob");
                            assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/db");
                        }),
                valid("a raw @ and / in the password", url("postgresql://bob:p@s/s@h/db"), t -> {
                    assertThat(t.password()).isEqualTo("p@s/s");
                    assertThat(t.hosts()).isEqualTo("h:5432");
                    assertThat(t.database()).isEqualTo("db");
                }),
                usage("a bad percent escape in the password", url("postgresql://u:" + SECRET + "%zz@h/db"),
                        "the password has a '%' that is not followed by two hex digits"),
                valid("a bracketed IPv6 host", url("postgresql://[::1]:5433/db"), t -> {
                    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
                    assertThat(t.display()).contains("@[::1]:5433/db");
                }),
                usage("an IPv6 host without brackets", url("jdbc:postgresql://::1:5432/db"),
                        "looks like an IPv6 address without brackets"),
                usage("an unclosed bracket", url("postgresql://[::1:5432/db"), "opens a '[' it does not close"),
                valid("several hosts, each shown", url("postgresql://u@a:1,b,[::1]:3/db"), t -> {
                    assertThat(t.display()).isEqualTo("u@a:1,b:5432,[::1]:3/db (from --url)");
                    assertThat(t.endpoints()).hasSize(3);
                }),
                usage("an empty host in the list", url("postgresql://a,,b/db"), "has an empty entry"),
                usage("a Unix socket in the URL", url("postgresql://%2Fvar%2Frun%2Fpostgresql/db"),
                        "is a Unix-domain socket", "TCP"),
                usage("a Unix socket in PGHOST", env("PGHOST", "/var/run/postgresql"), "Unix socket directory",
                        "TCP"),
                usage("a host with a space", url("jdbc:postgresql://my host/db"), "has a space in it"),
                usage("a host with a stray character", url("jdbc:postgresql://h$st/db"), "is not a host name"),
                usage("a database with a raw slash", url("jdbc:postgresql://h/a/b"), "has a '/' in it", "%2F"),
                usage("a database name past 63 bytes", url("jdbc:postgresql://h/" + "d".repeat(64)),
                        "longer than 63 bytes"),
                usage("a NUL in the database", url("postgresql://h/a%00b"), "NUL"),
                usage("not PostgreSQL", url("mysql://h/db"), "it is not a PostgreSQL URL"),
                usage("postgresql: without //", url("postgresql:h/db"), "must be followed by //"),
                valid("pgjdbc's short form", url("jdbc:postgresql:shop"), t ->
                        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop")),
                valid("user and password as options, kept out of the URL", url("jdbc:postgresql://h/db?user=u"
                        + "&password=" + SECRET + "&sslmode=require"), t -> {
                    assertThat(t.user()).isEqualTo("u");
                    assertThat(t.password()).isEqualTo(SECRET);
                    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
                    assertThat(t.passwordSource()).isEqualTo("--url");
                    assertThat(t.describe()).doesNotContain(SECRET).contains("password from --url")
                            .contains("sslmode=require");
                }),
                usage("the user given twice", url("postgresql://u@h/db?user=v"), "the user is given twice"),
                usage("a raw & in a ?password=", url("jdbc:postgresql://h/db?password=Zq9&Xw7"),
                        "a password is followed by '&'", "%26"),
                usage("a raw ? in the password", url("postgresql://u:Zq9?Xw7@h/db"), "is not a number",
                        "percent-encode it as %3F"),
                valid("--url wins over an empty STRATA_URL", new Row("", "jdbc:postgresql://h/db", false,
                        Map.of("STRATA_URL", ""), null, o -> { }), t -> assertThat(t.origin()).isEqualTo("--url")),
                usage("an empty STRATA_URL hides strata.toml", new Row("", null, false, Map.of("STRATA_URL", " "),
                        "jdbc:postgresql://h/db", o -> { }), "STRATA_URL is set but empty"),
                usage("more ports than hosts", env("PGHOST", "a,b", "PGPORT", "1,2,3"), "PGPORT list 3 ports for 2"
                        + " hosts"),
                valid("one port for several hosts", env("PGHOST", "a,b", "PGPORT", "6000"), t ->
                        assertThat(t.hosts()).isEqualTo("a:6000,b:6000")),
                usage("PGHOSTADDR not numeric", env("PGHOSTADDR", "db.internal"), "is not a numeric address"),
                valid("PGHOSTADDR alone names the target", env("PGHOSTADDR", "127.0.0.1", "PGUSER", "alice"), t ->
                        assertThat(t.display()).isEqualTo("alice@127.0.0.1:5432/alice (from PG* variables)")),
                usage("PGSSLMODE=bogus", env("PGHOST", "db", "PGSSLMODE", "bogus"), "PGSSLMODE='bogus' is not valid"),
                usage("PGCONNECT_TIMEOUT=abc", env("PGHOST", "db", "PGCONNECT_TIMEOUT", "abc"),
                        "PGCONNECT_TIMEOUT='abc' is not valid"),
                valid("PG* options become pgjdbc options", env("PGHOST", "db", "PGSSLMODE", "require",
                        "PGCONNECT_TIMEOUT", "7", "PGPASSWORD", SECRET), t -> {
                    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/" + System.getProperty("user.name")
                            + "?sslmode=require&connectTimeout=7");
                    assertThat(t.passwordSource()).isEqualTo("PGPASSWORD");
                }),
                usage("an unknown service", env("PGSERVICE", "nosuch"), "Service 'nosuch' (from PGSERVICE) is not"
                        + " defined", ".pg_service.conf (no [nosuch] section)"),
                valid("a service from PGSERVICE; the service wins over PGPORT", env("PGSERVICE", "prod", "PGPORT",
                        "1111", "PGUSER", "other"), t -> {
                    assertThat(t.display()).isEqualTo("deploy@db.prod:6432/shop (from PG* variables)");
                    assertThat(t.option("sslmode")).isEqualTo("require");
                    assertThat(t.password()).isEqualTo(SECRET);
                    assertThat(t.passwordSource()).startsWith("service 'prod'");
                }),
                valid("service= in a URL; the URL wins over the service", url("postgresql://other@h/db"
                        + "?service=prod"), t -> {
                    assertThat(t.display()).isEqualTo("other@h:6432/db (from --url)");
                    assertThat(t.option("sslmode")).isEqualTo("require");
                }),
                usage("a service with a bad port", env("PGSERVICE", "broken"), "service 'broken'", "line 12",
                        "is out of range"),
                valid("jdbc:postgresql://?service=NAME", url("jdbc:postgresql://?service=prod"), t ->
                        assertThat(t.hosts()).isEqualTo("db.prod:6432")),
                valid("a password from the password file", env("PGHOST", "db.prod", "PGPORT", "6432", "PGUSER",
                        "deploy", "PGDATABASE", "shop", "PGPASSFILE", HOME.resolve("pgpass").toString()), t -> {
                    assertThat(t.password()).isEqualTo("from:pgpass");
                    assertThat(t.passwordSource()).isEqualTo(HOME.resolve("pgpass") + " line 2");
                }),
                valid("no line in the password file", env("PGHOST", "elsewhere", "PGPASSFILE",
                        HOME.resolve("pgpass").toString()), t -> {
                    assertThat(t.password()).isNull();
                    assertThat(t.passfile()).isEqualTo(HOME.resolve("pgpass").toString());
                    assertThat(t.describe()).contains("no password (none in " + HOME.resolve("pgpass") + ")");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(Row row) {
        Outcome outcome = resolve(row);
        row.check().accept(outcome);
        if (outcome.problem() != null) {
            System.out.println(row.label() + ":\n  " + outcome.problem().render().replace("\n", "\n  "));
            assertThat(outcome.problem().render()).doesNotContain(SECRET).doesNotContain("Zq9").doesNotContain("Xw7");
        } else if (outcome.target().isPresent()) {
            Target target = outcome.target().get();
            assertThat(target.display()).doesNotContain(SECRET);
            assertThat(target.describe()).doesNotContain(SECRET);
            assertThat(target.toString()).doesNotContain(SECRET);
            assertThat(target.jdbcUrl()).doesNotContain(SECRET);
            assertThat(org.postgresql.Driver.parseURL(target.jdbcUrl(), new java.util.Properties()))
                    .as("pgjdbc accepts %s", target.jdbcUrl()).isNotNull();
        }
    }

    @Test
    void thereAreEnoughRows() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(25);
    }

    static Outcome resolve(Row row) {
        Map<String, String> env = new HashMap<>(row.env());
        env.putIfAbsent("HOME", HOME.toString());
        var settings = new TargetSettings(row.url(), row.embedded(), env, row.toml(), Path.of("."), null);
        try {
            return new Outcome(TargetResolver.configured(settings), null);
        } catch (StrataException e) {
            return new Outcome(Optional.empty(), e.problem());
        }
    }

    private static Row url(String url) {
        return new Row("", url, false, Map.of(), null, o -> { });
    }

    private static Row toml(String url) {
        return new Row("", null, false, Map.of(), url, o -> { });
    }

    private static Row env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return new Row("", null, false, env, null, o -> { });
    }

    private static Row usage(String label, Row input, String... fragments) {
        return new Row(label, input.url(), input.embedded(), input.env(), input.toml(), outcome -> {
            assertThat(outcome.problem()).as("a problem").isNotNull();
            assertThat(outcome.problem().kind()).isEqualTo(ProblemKind.USAGE);
            for (String fragment : fragments) {
                assertThat(outcome.problem().render()).contains(fragment);
            }
        });
    }

    private static Row embedded(String label, Row input) {
        return new Row(label, input.url(), input.embedded(), input.env(), input.toml(), outcome -> {
            assertThat(outcome.problem()).as("no problem").isNull();
            assertThat(outcome.target()).as("the embedded server").isEmpty();
        });
    }

    private static Row valid(String label, Row input, Consumer<Target> check) {
        return new Row(label, input.url(), input.embedded(), input.env(), input.toml(), outcome -> {
            assertThat(outcome.problem()).as("no problem").isNull();
            assertThat(outcome.target()).as("a target").isPresent();
            check.accept(outcome.target().get());
        });
    }

    private static Path home() {
        try {
            Path home = Files.createTempDirectory("strata-home-");
            Files.writeString(home.resolve(".pg_service.conf"), String.join("\n",
                    "# services for the tests",
                    "[prod]",
                    "host=db.prod",
                    "port=6432",
                    "dbname=shop",
                    "user=deploy",
                    "password=" + SECRET,
                    "sslmode=require",
                    "",
                    "[broken]",
                    "host=db.prod",
                    "port=99999",
                    ""));
            Files.writeString(home.resolve("pgpass"), String.join("\n",
                    "# hostname:port:database:username:password",
                    "db.prod:6432:shop:deploy:from\\:pgpass",
                    "*:5999:*:*:only-for-port-5999",
                    ""));
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> secrets() {
        return List.of(SECRET, "Zq9", "Xw7");
    }
}
