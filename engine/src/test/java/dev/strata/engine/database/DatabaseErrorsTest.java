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
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connection and permission problems on a real server that asks for passwords: its own embedded PostgreSQL whose
 * pg_hba.conf trusts only the superuser and wants SCRAM passwords from everyone else.
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
        assertThat(problem.detail()).contains("it came from STRATA_URL");
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
