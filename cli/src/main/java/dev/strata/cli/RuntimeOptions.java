package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.TargetSettings;
import dev.strata.engine.session.Durations;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The options every runtime command shares (target, lock and timeouts), and the plumbing from a command line to
 * an open {@link Runner}: target, connection, lock and timeout options. Runtime problems
 * ({@link dev.strata.engine.errors.StrataException}) are turned into output and exit codes in one place,
 * {@link Failures}.
 */
final class RuntimeOptions {

    private RuntimeOptions() {
    }

    static Options target(Options options) {
        options.addOption(Option.builder().longOpt("url").hasArg().argName("URL").desc("Database to run against:"
                + " jdbc:postgresql://HOST:PORT/DB?user=U&password=P or postgresql://U:P@HOST:PORT/DB. Without it:"
                + " STRATA_URL, then [database] url in strata.toml, then the PG* variables (when PGHOST, PGHOSTADDR,"
                + " PGPORT, PGDATABASE or PGSERVICE is set), then the project's embedded PostgreSQL in"
                + " .strata/embedded/. An empty value is an error, never a reason to use the next source").get());
        options.addOption(Option.builder().longOpt("embedded").desc("Use the project's embedded PostgreSQL even"
                + " when STRATA_URL, strata.toml or the PG* variables name a target (not with --url)").get());
        options.addOption(Option.builder().longOpt("connect-timeout").hasArg().argName("DURATION").desc("How long"
                + " to try to connect, e.g. 10s (default 10s)").get());
        return options;
    }

    static Options locking(Options options) {
        target(options);
        options.addOption(Option.builder().longOpt("lock-wait").hasArg().argName("DURATION").desc("How long to"
                + " wait for another runner to release the target's lock before giving up with exit code 5,"
                + " e.g. 30s, 2m (default 30s)").get());
        options.addOption(Option.builder().longOpt("lock-timeout").hasArg().argName("DURATION").desc("PostgreSQL"
                + " lock_timeout for each statement, e.g. 500ms, 2s (default 500ms); a plan whose statement times out"
                + " is rolled back and retried").get());
        options.addOption(Option.builder().longOpt("lock-retries").hasArg().argName("N").desc("How many times a"
                + " plan is retried after a lock_timeout, waiting about 0.5 s, 1 s, 2 s... (jittered) between tries"
                + " (default 8)").get());
        options.addOption(Option.builder().longOpt("statement-timeout").hasArg().argName("DURATION").desc(
                "PostgreSQL statement_timeout for each statement, e.g. 10m (default: none); a statement that runs"
                        + " longer fails the plan, which is rolled back").get());
        options.addOption(Option.builder().longOpt("allow-drift").desc("Run even when the live schema differs from"
                + " what the last apply left; the override is recorded in history").get());
        return options;
    }

    static ApplyOptions applyOptions(CommandLine line) {
        ApplyOptions defaults = ApplyOptions.defaults();
        Duration lockWait = duration(line, "lock-wait", defaults.lockWait());
        Duration lockTimeout = duration(line, "lock-timeout", defaults.lockTimeout());
        int retries = count(line, "lock-retries", defaults.lockRetries());
        return defaults.withLockWait(lockWait).withLockTimeout(lockTimeout, retries, defaults.retryBackoff())
                .withStatementTimeout(duration(line, "statement-timeout", defaults.statementTimeout()))
                .withAllowDrift(line.hasOption("allow-drift"));
    }

    static Path projectDirectory(CommandLine line, int argumentIndex) {
        var args = line.getArgList();
        if (args.size() > argumentIndex + 1) {
            throw new UsageException("unexpected argument '" + args.get(argumentIndex + 1) + "'");
        }
        return Path.of(args.size() > argumentIndex ? args.get(argumentIndex) : ".");
    }

    /**
     * Opens the target of a command that changes the database and prints it (user, hosts, database, where it came
     * from, how the login is made; never the password) before anything is done: on standard output, or on standard
     * error when the command prints JSON there.
     */
    static Database openForChanges(CommandLine line, ProjectConfig project, Terminal terminal) {
        return openForChanges(line, project, Formats.json(line) ? terminal.err() : terminal.out());
    }

    /** {@link #openForChanges(CommandLine, ProjectConfig, Terminal)}, printing the target on {@code where}. */
    static Database openForChanges(CommandLine line, ProjectConfig project, PrintStream where) {
        Database database = open(line, project);
        where.println("target: " + database.target().describe());
        return database;
    }

    static Database open(CommandLine line, ProjectConfig project) {
        if (line.hasOption("embedded") && line.hasOption("url")) {
            throw new UsageException("--embedded and --url name two different targets; give one of them");
        }
        TargetSettings settings = TargetSettings.fromEnvironment(line.getOptionValue("url"), line.hasOption("embedded"),
                project.databaseUrl(), project.root())
                .withEmbeddedWait(duration(line, "lock-wait", ApplyOptions.DEFAULT_LOCK_WAIT));
        return Database.open(settings, RunnerIdentity.current(), duration(line, "connect-timeout",
                Duration.ofSeconds(10)));
    }

    static Runner runner(Database database, Terminal terminal) {
        return new Runner(database, RunnerIdentity.current(), reporter(terminal));
    }

    static Reporter reporter(Terminal terminal) {
        return new Reporter() {
            @Override
            public void info(String text) {
                terminal.out().println(text);
            }

            @Override
            public void warn(String text) {
                terminal.err().println(terminal.yellow("warning: ") + text);
            }
        };
    }

    /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 7d}. */
    static Duration duration(CommandLine line, String option, Duration fallback) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        return parseDuration(value, "--" + option);
    }

    static Duration parseDuration(String value, String label) {
        Duration duration;
        try {
            duration = Durations.parse(value);
        } catch (ArithmeticException e) {
            duration = MAX_DURATION.plusMillis(1);
        }
        if (duration == null) {
            throw new UsageException(label + " expects a duration such as 30s, 500ms, 2m, 1h or 7d, not '" + value
                    + "'");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new UsageException(label + " is too long: '" + value + "'; at most " + MAX_DURATION.toDays()
                    + "d (" + MAX_DURATION.toMillis() + "ms, PostgreSQL's limit for its timeouts)");
        }
        return duration;
    }

    /** PostgreSQL's timeouts are whole milliseconds in an int: about 24.8 days; no wait here needs longer. */
    static final Duration MAX_DURATION = Duration.ofMillis(Integer.MAX_VALUE);

    static int count(CommandLine line, String option, int fallback) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects a whole number of 0 or more, not '" + value + "'");
        }
    }
}
