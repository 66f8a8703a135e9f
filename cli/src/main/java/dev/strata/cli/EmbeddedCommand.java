package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.EmbeddedServer;
import dev.strata.engine.database.ProjectServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.database.TargetResolver;
import dev.strata.engine.database.TargetSettings;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata embedded start|stop|status|url [DIR]}: the project's embedded PostgreSQL kept running between
 * commands ({@link EmbeddedServer}), for psql and applications; while it runs, the other commands use it.
 */
final class EmbeddedCommand implements Command {

    private static final List<String> ACTIONS = List.of("start", "stop", "status", "url");

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public String summary() {
        return "Keep the project's embedded PostgreSQL running for psql and applications, or stop it";
    }

    @Override
    public String arguments() {
        return "start|stop|status|url [DIR]";
    }

    @Override
    public String description() {
        return "start: starts the project's embedded PostgreSQL (data in DIR/.strata/embedded/data) and leaves it"
                + " running after the command ends; while it runs, every strata command whose target is the"
                + " embedded server uses it and leaves it running. Starting it again says it is already running.\n"
                + "stop: waits for the strata commands using it to end (up to --lock-wait, then exit 5), then stops it"
                + " with a fast shutdown, which also ends the sessions of psql and applications. Stopping a stopped"
                + " server is fine.\n"
                + "status: says whether it is running (pid, port, data directory) or stopped; exit 0 either way.\n"
                + "url: prints its JDBC URL and its libpq URL (postgresql://postgres@localhost:PORT/postgres), or one"
                + " of them with --jdbc or --libpq; exit 6 when it is not running.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("lock-wait").hasArg().argName("DURATION").desc("start: how long"
                + " to wait for a command running the embedded server for itself; stop: for the commands using it"
                + " (default 30s)").get());
        options.addOption(Option.builder().longOpt("jdbc").desc("url: print only the JDBC URL").get());
        options.addOption(Option.builder().longOpt("libpq").desc("url: print only the libpq URL, for psql").get());
        Formats.addFormat(options, "the server's status (status)");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        List<String> args = line.getArgList();
        if (args.isEmpty() || !ACTIONS.contains(args.get(0))) {
            throw new UsageException("say which: strata embedded start|stop|status|url [DIR]");
        }
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 1), terminal);
        Path root = project.root();
        return switch (args.get(0)) {
            case "start" -> start(line, project, terminal);
            case "stop" -> stop(line, root, terminal);
            case "status" -> status(line, root, terminal);
            default -> url(line, root, terminal);
        };
    }

    private ExitCode start(CommandLine line, ProjectConfig project, Terminal terminal) {
        EmbeddedServer.Started started = EmbeddedServer.start(project.root(), lockWait(line));
        EmbeddedServer.Running server = started.server();
        var out = terminal.out();
        out.println((started.alreadyRunning() ? "already running: " : "started: ") + describe(server));
        out.println("  " + server.jdbcUrl());
        out.println("  " + server.libpqUrl());
        if (!started.alreadyRunning()) {
            out.println("It keeps running after this command, and strata commands on this project use it. Stop it"
                    + " with: strata embedded stop " + project.root());
        }
        configuredElsewhere(project).ifPresent(target -> terminal.err().println(terminal.yellow("note: ")
                + "the other commands on this project run against " + target.display() + ", not this server; give"
                + " them --embedded to use it"));
        return ExitCode.OK;
    }

    private ExitCode stop(CommandLine line, Path root, Terminal terminal) {
        Optional<EmbeddedServer.Running> stopped = EmbeddedServer.stop(root, lockWait(line));
        if (stopped.isEmpty()) {
            terminal.out().println("not running: nothing to stop (data in " + dataDirectory(root) + ")");
        } else {
            terminal.out().println("stopped: pid " + stopped.get().pid() + ", port " + stopped.get().port()
                    + ", data in " + stopped.get().dataDirectory());
        }
        return ExitCode.OK;
    }

    private ExitCode status(CommandLine line, Path root, Terminal terminal) {
        Optional<EmbeddedServer.Running> running = EmbeddedServer.find(root);
        if (Formats.json(line)) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", running.isPresent());
            status.put("dataDirectory", dataDirectory(root).toString());
            running.ifPresent(server -> {
                status.put("pid", server.pid());
                status.put("port", server.port());
                status.put("since", server.since().toString());
                status.put("jdbcUrl", server.jdbcUrl());
                status.put("libpqUrl", server.libpqUrl());
                status.put("log", server.log().toString());
            });
            terminal.out().print(Json.pretty(status));
            return ExitCode.OK;
        }
        if (running.isPresent()) {
            terminal.out().println("running: " + describe(running.get()) + ", log in " + running.get().log());
        } else if (Files.isDirectory(dataDirectory(root))) {
            terminal.out().println("stopped (data in " + dataDirectory(root) + ")");
        } else {
            terminal.out().println("stopped (no data yet: the first start creates " + dataDirectory(root) + ")");
        }
        return ExitCode.OK;
    }

    private ExitCode url(CommandLine line, Path root, Terminal terminal) throws CommandFailure {
        if (line.hasOption("jdbc") && line.hasOption("libpq")) {
            throw new UsageException("--jdbc and --libpq each ask for one URL; leave both out for both");
        }
        Optional<EmbeddedServer.Running> running = EmbeddedServer.find(root);
        if (running.isEmpty()) {
            throw new CommandFailure(ExitCode.CONNECTION, "strata embedded url: the embedded PostgreSQL of " + root
                    + " is not running.\nStart it with: strata embedded start " + root);
        }
        if (!line.hasOption("libpq")) {
            terminal.out().println(running.get().jdbcUrl());
        }
        if (!line.hasOption("jdbc")) {
            terminal.out().println(running.get().libpqUrl());
        }
        return ExitCode.OK;
    }

    private static String describe(EmbeddedServer.Running server) {
        return "pid " + server.pid() + ", port " + server.port() + ", data in " + server.dataDirectory() + ", since "
                + server.since();
    }

    private static Path dataDirectory(Path root) {
        return root.resolve(ProjectServer.DIRECTORY).resolve("data").toAbsolutePath().normalize();
    }

    private static java.time.Duration lockWait(CommandLine line) {
        return RuntimeOptions.duration(line, "lock-wait", ApplyOptions.DEFAULT_LOCK_WAIT);
    }

    /** The target the other commands resolve to when it is not the embedded server (STRATA_URL, strata.toml, PG*). */
    private static Optional<Target> configuredElsewhere(ProjectConfig project) {
        try {
            return TargetResolver.configured(TargetSettings.fromEnvironment(null, false, project.databaseUrl(),
                    project.root()));
        } catch (StrataException e) {
            return Optional.empty(); // a broken configuration is reported by the command that uses it
        }
    }
}
