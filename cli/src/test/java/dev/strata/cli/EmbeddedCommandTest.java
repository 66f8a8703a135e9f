package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata embedded}: a server left running after the command, reached by psql (or, without psql, a JDBC
 * client) in a process of its own, used by the other commands without being stopped, and stopped cleanly.
 */
class EmbeddedCommandTest {

    /** Debian's psql of PostgreSQL 15, which .ci/run installs; it talks to the embedded PostgreSQL 18 fine. */
    private static final Path PSQL = Path.of("/usr/lib/postgresql/15/bin/psql");
    private static final Pattern STARTED = Pattern.compile("started: pid (\\d+), port (\\d+), data in (\\S+), since ");

    @TempDir
    Path project;
    private String dir;
    private Path home;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(project.resolve("strata.toml"), """
                [project]
                name = "shop"
                source = "schema"
                migrations = "migrations"
                core_schema = "core"
                """);
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/app.strata"), """
                core {
                  table customer {
                    id bigint generated always as identity primary key
                    email text not null
                  }
                }
                """);
        dir = project.toString();
        home = project.resolve(".strata/embedded").toAbsolutePath().normalize();
        assertThat(strata("plan", "--name", "init", dir).code()).isEqualTo(ExitCode.OK);
    }

    @AfterEach
    void stopWhatIsLeft() {
        strata("embedded", "stop", dir);
    }

    @Test
    void startLeavesAServerThatOtherProcessesAndCommandsUseUntilStop() throws Exception {
        assertThat(strata("embedded", "status", dir).out())
                .isEqualTo("stopped (no data yet: the first start creates " + home.resolve("data") + ")\n");

        Run start = strata("embedded", "start", dir);
        assertThat(start.code()).as(start.err()).isEqualTo(ExitCode.OK);
        Matcher started = STARTED.matcher(start.out());
        assertThat(started.find()).as(start.out()).isTrue();
        long pid = Long.parseLong(started.group(1));
        int port = Integer.parseInt(started.group(2));
        assertThat(started.group(3)).isEqualTo(home.resolve("data").toString());
        String jdbc = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
        String libpq = "postgresql://postgres@localhost:" + port + "/postgres";
        assertThat(start.out()).contains("\n  " + jdbc + "\n  " + libpq + "\n");
        assertThat(home.resolve("started-by-embedded-start")).content().contains("pid=" + pid, "port=" + port);

        Run again = strata("embedded", "start", dir);
        assertThat(again.code()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).startsWith("already running: pid " + pid + ", port " + port + ", data in ");
        assertThat(strata("embedded", "status", dir).out()).startsWith("running: pid " + pid + ", port " + port
                + ", data in " + home.resolve("data") + ", since ");
        assertThat(strata("embedded", "url", dir).out()).isEqualTo(jdbc + "\n" + libpq + "\n");
        assertThat(strata("embedded", "url", "--libpq", dir).out()).isEqualTo(libpq + "\n");
        assertThat(strata("embedded", "url", "--jdbc", dir).out()).isEqualTo(jdbc + "\n");

        assertThat(fromAnotherProcess(libpq, jdbc, "select 1")).isEqualTo("1");

        Run apply = strata("apply", "--embedded", dir);
        assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out()).contains("target: postgres@localhost:" + port + "/postgres (from embedded server in "
                + home + ", left running by strata embedded start; ", "applied 1 plan: 0001_init");
        assertThat(alive(pid)).as("apply leaves the server running").isTrue();
        Run sql = strata("sql", "--embedded", "-c", "insert into core.customer (email) values ('a@b.c');"
                + " select count(*) as customers from core.customer", dir);
        assertThat(sql.out()).isEqualTo("INSERT 0 1\n customers \n-----------\n         1\n(1 row)\n\n");
        assertThat(alive(pid)).isTrue();
        if (Files.isExecutable(PSQL)) {
            assertThat(psql(libpq, "select email from core.customer")).isEqualTo("a@b.c");
        }

        Run stop = strata("embedded", "stop", dir);
        assertThat(stop.code()).as(stop.err()).isEqualTo(ExitCode.OK);
        assertThat(stop.out()).isEqualTo("stopped: pid " + pid + ", port " + port + ", data in "
                + home.resolve("data") + "\n");
        assertThat(alive(pid)).as("the postmaster is gone").isFalse();
        assertThat(listening(port)).as("the port is closed").isFalse();
        assertThat(home.resolve("started-by-embedded-start")).doesNotExist();
        assertThat(strata("embedded", "status", dir).out()).isEqualTo("stopped (data in " + home.resolve("data")
                + ")\n");

        Run stopAgain = strata("embedded", "stop", dir);
        assertThat(stopAgain.code()).isEqualTo(ExitCode.OK);
        assertThat(stopAgain.out()).startsWith("not running: nothing to stop");
        Run url = strata("embedded", "url", dir);
        assertThat(url.code()).isEqualTo(ExitCode.CONNECTION);
        assertThat(url.err()).contains("is not running.\nStart it with: strata embedded start " + project);

        Run status = strata("status", "--embedded", dir);
        assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK);
        assertThat(status.out()).contains("(from embedded server in " + home + ")\n", "current plan:  0001_init");
        assertThat(strata("embedded", "status", dir).out()).startsWith("stopped");
    }

    @Test
    void stopWaitsForTheCommandsUsingTheServer() throws Exception {
        Run start = strata("embedded", "start", dir);
        Matcher started = STARTED.matcher(start.out());
        assertThat(started.find()).as(start.out() + start.err()).isTrue();
        long pid = Long.parseLong(started.group(1));
        String jdbc = "jdbc:postgresql://localhost:" + started.group(2) + "/postgres?user=postgres";

        Path log = project.resolve("sleeper.log");
        Process sleeper = javaMain(Main.class.getName(), "sql", "--embedded", "-c", "select pg_sleep(3) as slept", dir)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitFor(Duration.ofSeconds(60), () -> sessionsSleeping(jdbc) == 1);

            Run refused = strata("embedded", "stop", "--lock-wait", "500ms", dir);
            assertThat(refused.code()).isEqualTo(ExitCode.LOCK_WAIT);
            assertThat(refused.err()).contains("is in use by other strata commands, through the server strata"
                    + " embedded start left running.", "Waited 0 s");
            assertThat(alive(pid)).isTrue();

            Run stop = strata("embedded", "stop", dir);
            assertThat(stop.code()).as(stop.err()).isEqualTo(ExitCode.OK);
            assertThat(sleeper.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(sleeper.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains(" slept \n-------\n \n(1 row)\n");
            assertThat(alive(pid)).isFalse();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    /** {@code sql} run by psql when it is installed, else by a JDBC client; either in a process of its own. */
    private static String fromAnotherProcess(String libpq, String jdbc, String sql) throws Exception {
        if (Files.isExecutable(PSQL)) {
            return psql(libpq, sql);
        }
        String required = System.getenv("STRATA_REQUIRE_PG15");
        assertThat(required == null || required.isBlank()).as(PSQL + " is missing, and STRATA_REQUIRE_PG15 is set"
                + " (.ci/run installs postgresql-client-15)").isTrue();
        assertThat(sql).isEqualTo("select 1");
        return run(javaMain(JdbcClient.class.getName(), jdbc));
    }

    private static String psql(String libpq, String sql) throws Exception {
        return run(new ProcessBuilder(PSQL.toString(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql, libpq));
    }

    private static ProcessBuilder javaMain(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long sessionsSleeping(String jdbc) {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE"
                     + " 'select pg_sleep%'")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
