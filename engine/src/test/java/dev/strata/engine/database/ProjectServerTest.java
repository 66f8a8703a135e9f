package dev.strata.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.TestSupport;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's embedded server: persistent state, one owner at a time, recovery from a killed owner. */
class ProjectServerTest {

    private static TargetSettings embedded(Path project) {
        return new TargetSettings(null, true, Map.of(), null, project, Duration.ofSeconds(30));
    }

    @Test
    void stateSurvivesBetweenRunsOnTheSamePort(@TempDir Path project) {
        var plans = TestPlans.chain("shop", List.of(TestPlans.step(1, "CREATE TABLE kept (id int)",
                "DROP TABLE kept")));
        int firstPort;
        try (Database database = Database.open(embedded(project), RunnerIdentity.current(), Duration.ofSeconds(10))) {
            assertThat(database.target().embedded()).isTrue();
            firstPort = Integer.parseInt(database.target().port());
            new Runner(database, RunnerIdentity.current(), Reporter.silent()).apply(plans, TestSupport.options());
        }
        assertThat(project.resolve(".strata/embedded/data/PG_VERSION")).exists();

        try (Database again = Database.open(embedded(project), RunnerIdentity.current(), Duration.ofSeconds(10))) {
            assertThat(Integer.parseInt(again.target().port())).isEqualTo(firstPort);
            Runner runner = new Runner(again, RunnerIdentity.current(), Reporter.silent());
            assertThat(runner.status(plans).currentPlan()).isEqualTo("0001_p1");
            assertThat(runner.apply(plans, TestSupport.options()).nothingToDo()).isTrue();
        }
    }

    @Test
    void secondProcessWaitsThenFailsNamingTheOwnerAndAKilledOwnerIsRecovered(@TempDir Path project)
            throws Exception {
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), EmbeddedHolder.class.getName(), project.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("ready"));
            assertThat(line).as("the holder process started its server").isNotNull();

            assertThatThrownBy(() -> ProjectServer.start(project, Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.LOCK_WAIT);
                        assertThat(e.problem().title()).contains("in use by another strata process (pid "
                                + holder.pid() + ", since ");
                    });

            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String orphan = Files.readAllLines(project.resolve(".strata/embedded/data/postmaster.pid")).get(0);
            assertThat(ProcessHandle.of(Long.parseLong(orphan.trim())).map(ProcessHandle::isAlive)).contains(true);

            try (ProjectServer server = ProjectServer.start(project, Duration.ofSeconds(10));
                 Database database = Database.connect(server.target(), RunnerIdentity.current(),
                         Duration.ofSeconds(10))) {
                assertThat(TestSupport.value(database, "SELECT to_regclass('made_by_holder')"))
                        .isEqualTo("made_by_holder");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aServerLeftRunningIsSharedAndKeptAndAStaleRecordOfOneIsIgnored(@TempDir Path project) throws Exception {
        EmbeddedServer.Running running = EmbeddedServer.start(project, Duration.ofSeconds(30)).server();
        try {
            assertThat(EmbeddedServer.start(project, Duration.ofSeconds(30)).alreadyRunning()).isTrue();
            try (ProjectServer first = ProjectServer.start(project, Duration.ofSeconds(5));
                 ProjectServer second = ProjectServer.start(project, Duration.ofSeconds(5))) {
                assertThat(first.leftRunning()).isTrue();
                assertThat(second.port()).isEqualTo(running.port());
                assertThat(first.target().origin()).endsWith(", left running by strata embedded start");
                assertThatThrownBy(() -> EmbeddedServer.stop(project, Duration.ofMillis(300)))
                        .isInstanceOfSatisfying(StrataException.class,
                                e -> assertThat(e.kind()).isEqualTo(ProblemKind.LOCK_WAIT));
            }
            assertThat(ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive)).contains(true);
        } finally {
            assertThat(EmbeddedServer.stop(project, Duration.ofSeconds(30))).isPresent();
        }
        assertThat(ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(EmbeddedServer.stop(project, Duration.ofSeconds(30))).isEmpty();

        Path record = project.resolve(".strata/embedded/" + ServerLeftRunning.FILE);
        new ServerLeftRunning(running.pid(), running.port(), running.since()).write(record.getParent());
        assertThat(EmbeddedServer.find(project)).isEmpty();
        try (ProjectServer own = ProjectServer.start(project, Duration.ofSeconds(30))) {
            assertThat(own.leftRunning()).isFalse();
            assertThat(record).doesNotExist();
        }
    }
}
