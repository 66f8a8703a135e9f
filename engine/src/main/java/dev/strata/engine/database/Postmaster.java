package dev.strata.engine.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server process running on a data directory, as its {@code postmaster.pid} tells (first line the
 * process id, fourth the port), when that process is alive and is a {@code postgres}.
 */
record Postmaster(long pid, int port, ProcessHandle process) {

    /** The postmaster running on {@code dataDirectory}, if one is. */
    static Optional<Postmaster> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : -1;
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(Postmaster::isPostgres)
                .map(process -> new Postmaster(pid, port, process));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    /**
     * PostgreSQL's fast shutdown (what {@code pg_ctl stop -m fast} asks for, SIGINT): open transactions are rolled
     * back, sessions are ended, a checkpoint is written, and the server exits. Returns whether it exited within
     * {@code timeout}.
     */
    boolean shutDownFast(Duration timeout) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            process.destroy(); // no kill(1) to send SIGINT with: SIGTERM, a smart shutdown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return waitForExit(timeout);
    }

    /** A smart shutdown (SIGTERM), then SIGKILL if it does not exit in time: for a server nobody uses any more. */
    void stopOrKill() {
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(15))) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(5));
        }
    }

    boolean waitForExit(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            ProjectServer.sleep(Duration.ofMillis(100));
        }
        return !process.isAlive();
    }
}
