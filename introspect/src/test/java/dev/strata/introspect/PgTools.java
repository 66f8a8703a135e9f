package dev.strata.introspect;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's psql and pg_dump, run against the embedded test server. pg_dump refuses servers newer than itself,
 * so tests that use it run on a server of its major version and skip (with the reason) when it is missing.
 */
final class PgTools {

    private static final List<String> DIRECTORIES = List.of("/usr/lib/postgresql/15/bin", "/usr/bin",
            "/usr/local/bin");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private PgTools() {
    }

    /**
     * Skips the calling test class when {@code present} is false, saying why; but fails it when the environment
     * says the tools must be there ({@code STRATA_REQUIRE_PG15} set, as {@code .ci/run} does), so CI never passes
     * with these tests skipped.
     */
    static void requireOrSkip(boolean present, String why) {
        if (present) {
            return;
        }
        String required = System.getenv("STRATA_REQUIRE_PG15");
        if (required != null && !required.isBlank()) {
            org.junit.jupiter.api.Assertions.fail(why + " (STRATA_REQUIRE_PG15 is set, so this fails instead of"
                    + " skipping)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, why);
    }

    /**
     * The directory of PostgreSQL 15's pg_dump and psql, which the tests comparing dumps need; the calling test class
     * is skipped (or failed, see {@link #requireOrSkip}) when this machine has none.
     */
    static Path pg15() {
        var found = binDirectory(15);
        requireOrSkip(found.isPresent(), "skipped: no PostgreSQL 15 pg_dump and psql on this machine (looked in "
                + String.join(", ", DIRECTORIES) + ")");
        return found.get();
    }

    /** The pg_dump (and the psql beside it) of {@code major}, or empty with nothing to run. */
    static Optional<Path> binDirectory(int major) {
        for (String directory : DIRECTORIES) {
            Path dump = Path.of(directory, "pg_dump");
            Path psql = Path.of(directory, "psql");
            if (Files.isExecutable(dump) && Files.isExecutable(psql) && majorVersion(dump) == major) {
                return Optional.of(Path.of(directory));
            }
        }
        return Optional.empty();
    }

    private static int majorVersion(Path binary) {
        try {
            Matcher m = VERSION.matcher(run(List.of(binary.toString(), "--version")));
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Runs a SQL file as psql would, stopping at the first error. */
    static void psqlFile(Path bin, String database, Path file) throws IOException {
        run(connected(bin.resolve("psql"), database, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-f", file.toString()));
    }

    /** {@code pg_dump --schema-only} of a test database, without owners, and without Strata's own schemas. */
    static String dumpSchema(Path bin, String database) throws IOException {
        return run(connected(bin.resolve("pg_dump"), database, "--schema-only", "--no-owner",
                "--exclude-schema=strata", "--exclude-schema=strata_backup"));
    }

    private static List<String> connected(Path binary, String database, String... arguments) {
        var command = new ArrayList<String>();
        command.add(binary.toString());
        command.addAll(List.of("-h", "localhost", "-p", TestDatabases.server().admin().port(),
                "-U", "postgres", "-d", database));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String run(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + " from " + command + ":\n" + output);
        }
        return output;
    }

    /** The database name of a JDBC URL made by {@link TestDatabases#newDatabase}. */
    static String databaseName(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
