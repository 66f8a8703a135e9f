package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.RunnerIdentity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real connection failures, each from a target resolved as the command line resolves one (a URL through
 * {@link TargetResolver}, opened with {@link Database#open}), against the tests' embedded server or loopback
 * sockets this test holds: every failure has its own message naming the target and where it came from.
 */
class ConnectionFailuresTest {

    private static int port;
    private static ServerSocket silent;
    private static ServerSocket closing;
    private static Thread closer;

    @BeforeAll
    static void servers() throws IOException {
        port = Integer.parseInt(ScratchServer.shared().admin().port());
        // accepts (the kernel completes the handshake) but never answers: a login that can only time out
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // accepts and hangs up at once: something that is not PostgreSQL
        closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        closer = new Thread(() -> {
            while (!closing.isClosed()) {
                try (Socket socket = closing.accept()) {
                    socket.getInputStream().available();
                } catch (IOException ignored) {
                    // closed by the test
                }
            }
        });
        closer.setDaemon(true);
        closer.start();
    }

    @AfterAll
    static void close() throws Exception {
        silent.close();
        closing.close();
        closer.join(5_000);
    }

    private static Problem failure(String url, String origin) {
        var settings = origin.equals("STRATA_URL")
                ? new TargetSettings(null, false, Map.of("STRATA_URL", url), null, Path.of("."), null)
                : new TargetSettings(url, false, Map.of(), null, Path.of("."), null);
        try (Database ignored = Database.open(settings, RunnerIdentity.current(), Duration.ofSeconds(2))) {
            throw new AssertionError("connected to " + url + ", but expected a failure");
        } catch (StrataException e) {
            System.out.println(url + ":\n  " + e.problem().render().replace("\n", "\n  ") + "\n");
            return e.problem();
        }
    }

    @Test
    void databaseThatDoesNotExist() {
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + port + "/no_such_db", "--url");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Database 'no_such_db' does not exist on 127.0.0.1:" + port + ".");
        assertThat(problem.detail()).contains("createdb no_such_db").contains("came from --url");
    }

    @Test
    void userThatDoesNotExist() {
        Problem problem = failure("postgresql://nobody_here@127.0.0.1:" + port + "/postgres", "--url");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("User 'nobody_here' does not exist on 127.0.0.1:" + port + ".");
        assertThat(problem.detail()).contains("CREATE ROLE \"nobody_here\" LOGIN");
    }

    @Test
    void portNobodyListensOn() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = socket.getLocalPort();
        }
        Problem problem = failure("jdbc:postgresql://127.0.0.1:" + free + "/shop?user=postgres", "STRATA_URL");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Cannot reach PostgreSQL at 127.0.0.1:" + free + ".");
        assertThat(problem.detail()).startsWith("The connection was refused").contains("it came from STRATA_URL")
                .contains("listen_addresses");
    }

    @Test
    void hostNameThatDoesNotResolve() {
        Problem problem = failure("postgresql://postgres@no-such-host.invalid:5432/shop", "--url");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Cannot reach PostgreSQL at no-such-host.invalid:5432: the host name"
                + " 'no-such-host.invalid' is not known.");
        assertThat(problem.detail()).contains("came from --url");
    }

    @Test
    void tlsRequiredByTheTargetButNotOfferedByTheServer() {
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + port + "/postgres?sslmode=require", "--url");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("PostgreSQL at 127.0.0.1:" + port + " does not offer TLS, but"
                + " sslmode=require requires it.");
        assertThat(problem.detail()).contains("sslmode=prefer").contains("from --url");
    }

    @Test
    void tlsVerificationAgainstAServerWithoutTls() {
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + port + "/postgres?sslmode=verify-full",
                "--url");
        assertThat(problem.title()).contains("does not offer TLS, but sslmode=verify-full requires it");
    }

    @Test
    void somethingThatIsNotPostgresql() {
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + closing.getLocalPort() + "/shop", "--url");
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Something at 127.0.0.1:" + closing.getLocalPort() + " accepted the"
                + " connection, but did not answer as PostgreSQL does.");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        long start = System.nanoTime();
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + silent.getLocalPort() + "/shop", "--url");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded by --connect-timeout (2 s)")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(problem.kind()).isEqualTo(ProblemKind.CONNECTION);
        assertThat(problem.title()).isEqualTo("Cannot reach PostgreSQL at 127.0.0.1:" + silent.getLocalPort()
                + ": no answer in time.");
        assertThat(problem.detail()).contains("--connect-timeout");
    }

    @Test
    void everyHostOfAMultiHostTargetIsNamed() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = socket.getLocalPort();
        }
        Problem problem = failure("postgresql://postgres@127.0.0.1:" + free + ",localhost:" + free + "/shop",
                "--url");
        assertThat(problem.title()).startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + free + ",localhost:" + free);
    }

    @Test
    void aGoodTargetConnectsAndDescribesItself() {
        var settings = new TargetSettings("postgresql://postgres@127.0.0.1:" + port + "/postgres?application_name="
                + "strata-test&connect_timeout=5", false, Map.of(), null, Path.of("."), null);
        try (Database database = Database.open(settings, RunnerIdentity.current(), Duration.ofSeconds(5))) {
            assertThat(database.target().describe()).startsWith("postgres@127.0.0.1:" + port + "/postgres (from"
                    + " --url; no password");
            assertThat(database.target().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/postgres"
                    + "?ApplicationName=strata-test&connectTimeout=5");
        }
    }
}
