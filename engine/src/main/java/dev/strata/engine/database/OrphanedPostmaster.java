package dev.strata.engine.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A postmaster still running on the embedded data directory although no Strata process owns it: its owner was
 * killed (SIGKILL leaves PostgreSQL running, as pg_ctl detaches it). It is stopped so the next start can proceed.
 * Only called while holding the directory's owner lock, so the server cannot belong to a live Strata process.
 */
final class OrphanedPostmaster {

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = find(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        process.destroy(); // SIGTERM: a smart shutdown, immediate since its clients are gone
        if (!waitForExit(process, Duration.ofSeconds(15))) {
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(5));
        }
    }

    private static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            ProjectServer.sleep(Duration.ofMillis(100));
        }
        return !process.isAlive();
    }
}
