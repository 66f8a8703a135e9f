package dev.strata.maven;

import dev.strata.cli.ExitCode;
import dev.strata.cli.Main;
import dev.strata.cli.Terminal;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs one {@code strata} command in Maven's JVM, on the Strata project in {@link #directory}: the
 * command's arguments are built from the goal's parameters, which mirror the command's options, and what the
 * command prints goes to Maven's log. Exit code 0 passes; any other fails the build with the code and its meaning,
 * after the command's own messages (a usage error or a bug as a configuration error, the rest as a failure).
 */
abstract class StrataMojo extends AbstractMojo {

    /** The Strata project: the directory with {@code strata.toml} (or a plain directory of {@code .strata} files). */
    @Parameter(property = "strata.directory", defaultValue = "${project.basedir}/src/main/strata", required = true)
    File directory;

    /** Skips the goal. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    boolean skip;

    /** The command this goal runs. */
    abstract String command();

    /** The command's options, from the goal's parameters. */
    abstract List<String> options() throws MojoExecutionException;

    /** Whether the goal is skipped for a reason of its own (besides {@code strata.skip}). */
    boolean skippedOtherwise() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skippedOtherwise()) {
            getLog().info("strata " + command() + " skipped");
            return;
        }
        if (!directory.isDirectory()) {
            throw new MojoExecutionException("The Strata project directory " + directory + " does not exist. Set"
                    + " <directory> in the plugin's configuration (or -Dstrata.directory=…) to the directory that"
                    + " holds strata.toml; the default is src/main/strata.");
        }
        var args = new ArrayList<String>();
        args.add(command());
        args.addAll(options());
        args.add(directory.getPath());
        ExitCode code;
        try (var out = LogLines.results(getLog()::info);
             var err = new LogLines(getLog()::info, getLog()::warn, getLog()::error)) {
            var terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            code = Main.run(args.toArray(String[]::new), terminal);
        }
        if (code == ExitCode.OK) {
            return;
        }
        String message = "strata " + command() + " exited with code " + code.code() + " (" + code.meaning()
                + "); its messages are above.";
        if (code == ExitCode.USAGE || code == ExitCode.INTERNAL) {
            throw new MojoExecutionException(message);
        }
        throw new MojoFailureException(message);
    }

    /** Adds {@code --name value} when the value is set. */
    static void option(List<String> args, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            args.add("--" + name);
            args.add(value.toString());
        }
    }

    /** Adds {@code --name} when the flag is set. */
    static void flag(List<String> args, String name, boolean value) {
        if (value) {
            args.add("--" + name);
        }
    }
}
