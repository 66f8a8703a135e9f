package dev.strata.engine.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record {@code strata embedded start} leaves in {@code .strata/embedded/started-by-embedded-start}: the
 * postmaster it started (pid and port) and when. It is what tells a server left running on purpose from the orphan
 * of a killed command: a postmaster on the data directory is the one left running only while it is alive with the
 * recorded pid; otherwise the record is stale (the machine rebooted, the server was killed) and is removed.
 */
record ServerLeftRunning(long pid, int port, Instant since) {

    static final String FILE = "started-by-embedded-start";

    /** The server left running on the directory {@code home}, if the record names a live postmaster. */
    static Optional<ServerLeftRunning> find(Path home) {
        Optional<ServerLeftRunning> recorded = read(home);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Optional<Postmaster> postmaster = Postmaster.running(home.resolve("data"));
        boolean alive = postmaster.isPresent() && postmaster.get().pid() == recorded.get().pid()
                && postmaster.get().port() == recorded.get().port();
        return alive ? recorded : Optional.empty();
    }

    void write(Path home) throws IOException {
        Path temporary = home.resolve(FILE + ".tmp");
        Files.writeString(temporary, "pid=" + pid + "\nport=" + port + "\nsince=" + since + "\n");
        Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    static void forget(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE));
    }

    private static Optional<ServerLeftRunning> read(Path home) {
        Map<String, String> values = new HashMap<>();
        try {
            Path file = home.resolve(FILE);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            return Optional.of(new ServerLeftRunning(Long.parseLong(values.get("pid")),
                    Integer.parseInt(values.get("port")), Instant.parse(values.get("since"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: treated as no record, and replaced by the next start
        }
    }
}
