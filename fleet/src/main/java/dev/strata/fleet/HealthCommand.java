package dev.strata.fleet;

import dev.strata.engine.database.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A ring's health check as a program ({@code health-command} in the fleet file): {@code argv} run without a shell,
 * in {@code directory} (the fleet file's), once per target of the ring after its bake, with the target in its
 * environment ({@link #environment}); exit code 0 is healthy, anything else (or running longer than the timeout,
 * or not starting) makes the target unhealthy, with the end of what the program printed in the message.
 */
public record HealthCommand(List<String> argv, Path directory) {

    /** How much of the program's output a failure message quotes, from its end. */
    private static final int QUOTED_CHARS = 400;

    public HealthCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a health command has a program to run");
        }
    }

    /** The command as people read it: its words joined by spaces. */
    public String display() {
        return String.join(" ", argv);
    }

    /**
     * What the program gets besides the runner's own environment: the ring and target names, the target's JDBC
     * URL, and libpq's variables for it ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER}, and
     * {@code PGPASSWORD} and {@code PGSSLMODE} when the target has them), so {@code psql} in a script reaches the
     * same database.
     */
    static Map<String, String> environment(String ring, FleetTarget target) {
        Target t = target.target();
        var env = new java.util.LinkedHashMap<String, String>();
        env.put("STRATA_RING", ring);
        env.put("STRATA_TARGET", target.name());
        env.put("STRATA_TARGET_URL", t.jdbcUrl());
        env.put("PGHOST", t.host());
        env.put("PGPORT", t.port());
        env.put("PGDATABASE", t.database());
        env.put("PGUSER", t.effectiveUser());
        String password = t.password() != null ? t.password() : t.option("password");
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        if (t.option("sslmode") != null) {
            env.put("PGSSLMODE", t.option("sslmode"));
        }
        return env;
    }

    /** Null when the program exits 0 within {@code timeoutSeconds}; else why the target is unhealthy. */
    String problem(String ring, FleetTarget target, int timeoutSeconds) {
        Path output = null;
        try {
            output = Files.createTempFile("strata-health-", ".out");
            List<String> command = new ArrayList<>(argv);
            // a program named by a relative path (./check.sh) is the fleet file's, wherever the runner was started
            if (command.get(0).contains("/") && !Path.of(command.get(0)).isAbsolute()) {
                command.set(0, directory.resolve(command.get(0)).normalize().toString());
            }
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment(ring, target));
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return "the command " + display() + " did not start (" + e.getMessage() + "); give a program that"
                        + " exists and can be run (a relative path is taken from " + directory + ")";
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return "the command " + display() + " ran longer than " + timeoutSeconds + " s and was killed"
                        + printed(output);
            }
            int code = process.exitValue();
            return code == 0 ? null : "the command " + display() + " exited with " + code + printed(output);
        } catch (IOException e) {
            return "the command " + display() + " could not be run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the command " + display() + " was interrupted";
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is not worth failing the check for
                }
            }
        }
    }

    private static String printed(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return " and printed nothing";
        }
        if (text.length() > QUOTED_CHARS) {
            text = "…" + text.substring(text.length() - QUOTED_CHARS);
        }
        return "; it printed: " + text.replaceAll("\\s*\\n\\s*", " / ");
    }
}
