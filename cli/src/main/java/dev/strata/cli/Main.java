package dev.strata.cli;

import java.util.Arrays;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code strata} command: {@code strata [--color WHEN] COMMAND [OPTIONS] [ARGS]}. Parses the command line,
 * dispatches to a {@link Command}, and turns every outcome into a documented exit code. Never prints a stack
 * trace for a user error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, null).code());
    }

    /** Runs the command; {@code terminal} null means the process's own streams. */
    public static ExitCode run(String[] args, Terminal terminal) {
        String colour = colourOption(args);
        Terminal term = terminal != null ? terminal : Terminal.system(colour);
        String[] rest = withoutGlobalOptions(args);
        if (rest.length == 0 || rest[0].equals("--help") || rest[0].equals("-h")) {
            term.out().print(Help.overview());
            return rest.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        if (rest[0].equals("--version")) {
            return runCommand(new VersionCommand(), new String[0], term);
        }
        if (rest[0].equals("help")) {
            return help(rest, term);
        }
        var command = Commands.find(rest[0]);
        if (command.isEmpty()) {
            term.err().println("strata: unknown command '" + rest[0] + "'. Run 'strata --help' for the list of commands.");
            return ExitCode.USAGE;
        }
        return runCommand(command.get(), Arrays.copyOfRange(rest, 1, rest.length), term);
    }

    private static ExitCode help(String[] rest, Terminal term) {
        if (rest.length == 1) {
            term.out().print(Help.overview());
            return ExitCode.OK;
        }
        var command = Commands.find(rest[1]);
        if (command.isEmpty()) {
            term.err().println("strata: unknown command '" + rest[1] + "'. Run 'strata --help' for the list of commands.");
            return ExitCode.USAGE;
        }
        term.out().print(Help.forCommand(command.get()));
        return ExitCode.OK;
    }

    static ExitCode runCommand(Command command, String[] args, Terminal term) {
        Options options = withHelpOption(command.options());
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            term.err().println("strata " + command.name() + ": " + Help.describe(e));
            term.err().println("Usage: " + Help.usageLine(command) + "   (see 'strata help " + command.name() + "')");
            return ExitCode.USAGE;
        }
        if (line.hasOption("help")) {
            term.out().print(Help.forCommand(command));
            return ExitCode.OK;
        }
        try {
            return command.run(line, term);
        } catch (UsageException e) {
            term.err().println("strata " + command.name() + ": " + e.getMessage());
            term.err().println("Usage: " + Help.usageLine(command) + "   (see 'strata help " + command.name() + "')");
            return ExitCode.USAGE;
        } catch (Exception e) {
            return Failures.report(command, e, term);
        }
    }

    private static Options withHelpOption(Options options) {
        var all = new Options();
        options.getOptions().forEach(all::addOption);
        all.addOption(Option.builder("h").longOpt("help").desc("Show this command's help").get());
        return all;
    }

    /** The value of a global {@code --color WHEN} / {@code --color=WHEN}, anywhere on the line. */
    private static String colourOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--color=")) {
                return args[i].substring("--color=".length());
            }
            if (args[i].equals("--color") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return "auto";
    }

    private static String[] withoutGlobalOptions(String[] args) {
        var kept = new java.util.ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--color=")) {
                continue;
            }
            if (args[i].equals("--color")) {
                i++;
                continue;
            }
            kept.add(args[i]);
        }
        return kept.toArray(String[]::new);
    }
}
