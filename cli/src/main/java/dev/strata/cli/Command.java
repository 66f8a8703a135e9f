package dev.strata.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One {@code strata} sub-command. Implementations are small: they read their options, call the compiler or
 * runtime, print, and return an exit code. Register new commands in {@link Commands}.
 */
public interface Command {

    /** The word the user types: {@code check}. */
    String name();

    /** One line for the command list in {@code strata --help}. */
    String summary();

    /** The arguments after the options, for the usage line: {@code [DIR]}. Empty when there are none. */
    String arguments();

    /** A paragraph or two shown by {@code strata help NAME}: what it does, exit codes that matter. */
    String description();

    /** The command's own options (the global ones are added by {@link Main}). */
    Options options();

    ExitCode run(CommandLine line, Terminal terminal) throws Exception;
}
