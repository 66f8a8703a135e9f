package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connection and permission problems on a real server that asks for passwords: its own embedded PostgreSQL whose
 * pg_hba.conf trusts only the superuser, rejects the role shunned and wants SCRAM passwords from everyone else.
 */
class DatabaseErrorsTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder()
                .setServerConfig("password_encryption", "scram-sha-256")
                .setDataDirectoryCustomizer(dir -> {
                    try {
                        Files.writeString(dir.toPath().resolve("pg_hba.conf"), String.join("\n",
                                "local all all trust",
                                "host all shunned 127.0.0.1/32 reject",
                                "host all shunned ::1/128 reject",
                                "host all postgres 127.0.0.1/32 trust",
                                "host all postgres ::1/128 trust",
                                "host all all 127.0.0.1/32 scram-sha-256",
                                "host all all ::1/128 scram-sha-256", ""));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN PASSWORD 'right'");
            s.execute("CREATE ROLE shunned LOGIN PASSWORD 'right'");
            s.execute("CREATE ROLE outsider LOGIN PASSWORD 'right'");
            s.execute("CREATE DATABASE locked");
            s.execute("REVOKE ALL ON DATABASE locked FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE locked TO app");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static Target target(String database, String user, String password) {
        return new Target("jdbc:postgresql://localhost:" + server.getPort() + "/" + database, user, password,
                "--url", false);
    }

    private static Problem problemConnecting(Target target) {
        try (Database ignored = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(5))) {
            throw new AssertionError("connected, but expected a failure");
        } catch (StrataException e) {
            System.out.println(e.problem().render() + "\n");
            return e.problem();
        }
    }

    @Test
    void wrongPassword() {
        Problem problem = problemConnecting(target("locked", "app", "wrong"));
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Password authentication failed for user 'app' on localhost:"
                + server.getPort() + ".");
        assertThat(problem.detail()).contains("Check the password given by --url");
    }

    @Test
    void rightPasswordConnects() {
        try (Database database = Database.connect(target("locked", "app", "right"), RunnerIdentity.current(),
                Duration.ofSeconds(5))) {
            assertThat(database.target().effectiveUser()).isEqualTo("app");
        }
    }

    @Test
    void missingDatabase() {
        Problem problem = problemConnecting(target("nosuchdb", "postgres", null));
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Database 'nosuchdb' does not exist on localhost:" + server.getPort()
                + ".");
        assertThat(problem.detail()).contains("createdb nosuchdb");
    }

    @Test
    void unreachableServer() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        Target nowhere = new Target("jdbc:postgresql://localhost:" + freePort + "/shop", "postgres", null,
                "STRATA_URL", false);
        Problem problem = problemConnecting(nowhere);
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Cannot reach PostgreSQL at localhost:" + freePort + ".");
        assertThat(problem.detail()).startsWith("The connection was refused");
        assertThat(problem.detail()).contains("it came from STRATA_URL");
    }

    /** A target as the command line resolves it: {@code --url}, with the password file and HOME of {@code dir}. */
    private static Target resolved(String url, Path dir, String passfileLines) throws IOException {
        Path passfile = dir.resolve("pgpass");
        if (passfileLines != null) {
            Files.writeString(passfile, passfileLines);
        }
        var settings = new TargetSettings(url, false, Map.of("PGPASSFILE", passfile.toString(), "HOME",
                dir.toString()), null, dir, null);
        return TargetResolver.configured(settings).orElseThrow();
    }

    @Test
    void noPasswordGiven(@TempDir Path dir) throws IOException {
        Target target = resolved("postgresql://app@localhost:" + server.getPort() + "/locked", dir, null);
        Problem problem = problemConnecting(target);
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("PostgreSQL at localhost:" + server.getPort() + " asks for a password"
                + " for user 'app', and none was given.");
        assertThat(problem.detail()).contains("there is no password file " + dir.resolve("pgpass"))
                .contains("~/.pgpass");
    }

    @Test
    void noLineInThePasswordFile(@TempDir Path dir) throws IOException {
        Target target = resolved("postgresql://app@localhost:" + server.getPort() + "/locked", dir,
                "otherhost:*:*:*:right\n");
        Problem problem = problemConnecting(target);
        assertThat(problem.detail()).contains(dir.resolve("pgpass") + " has no line for localhost:"
                + server.getPort() + ":locked:app");
    }

    @Test
    void passwordFromThePasswordFile(@TempDir Path dir) throws IOException {
        Target target = resolved("postgresql://app@localhost:" + server.getPort() + "/locked", dir,
                "# a comment\nlocalhost:" + server.getPort() + ":locked:app:right\n");
        assertThat(target.passwordSource()).isEqualTo(dir.resolve("pgpass") + " line 2");
        try (Database database = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(5))) {
            assertThat(database.target().describe()).contains("password from " + dir.resolve("pgpass") + " line 2")
                    .doesNotContain("right");
        }
    }

    @Test
    void wrongPasswordFromThePasswordFileNamesTheLine(@TempDir Path dir) throws IOException {
        Target target = resolved("postgresql://app@localhost:" + server.getPort() + "/locked", dir,
                "*:*:*:app:wrong\n");
        Problem problem = problemConnecting(target);
        assertThat(problem.title()).startsWith("Password authentication failed for user 'app'");
        assertThat(problem.detail()).contains("Check the password given by " + dir.resolve("pgpass") + " line 1")
                .doesNotContain("wrong");
    }

    @Test
    void pgHbaRefusal() {
        Problem problem = problemConnecting(target("locked", "shunned", "right"));
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).startsWith("The server refused the login of shunned@localhost:");
        assertThat(problem.detail()).contains("pg_hba.conf rejects").contains("rejects user 'shunned'");
    }

    @Test
    void noConnectPrivilege() {
        Problem problem = problemConnecting(target("locked", "outsider", "right"));
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("User 'outsider' may not connect to database 'locked' on localhost:"
                + server.getPort() + ".");
        assertThat(problem.detail()).contains("GRANT CONNECT ON DATABASE \"locked\" TO \"outsider\"");
    }

    @Test
    void permissionDenied() {
        try (Database database = Database.connect(target("locked", "app", "right"), RunnerIdentity.current(),
                Duration.ofSeconds(5))) {
            Runner runner = new Runner(database, RunnerIdentity.current(), Reporter.silent());
            var plans = TestPlans.chain("shop", List.of(TestPlans.step(1, "CREATE TABLE t (id int)",
                    "DROP TABLE t")));
            assertThatThrownBy(() -> runner.apply(plans, ApplyOptions.defaults()))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        System.out.println(e.problem().render() + "\n");
                        assertThat(e.kind()).isEqualTo(ProblemKind.DATABASE);
                        assertThat(e.problem().title()).startsWith("Permission denied for user 'app'");
                        assertThat(e.problem().detail()).contains("permission denied for database locked")
                                .contains("GRANT CREATE ON DATABASE \"locked\" TO \"app\"");
                    });
        }
    }
}
