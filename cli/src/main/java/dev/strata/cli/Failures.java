package dev.strata.cli;

import dev.strata.engine.errors.StrataException;

/**
 * Where every exception a command throws becomes output and an exit code. A {@link CommandFailure} is a problem
 * the command explained itself; a {@link StrataException} is a runtime problem (plans, database, drift, lock,
 * connection), printed as {@code strata COMMAND: } and its paragraph, with the exit code of its kind
 * ({@link ExitCode#of}). Anything else is a bug in Strata, reported as such with the exception's message and a
 * request to file it, but still without a stack trace unless {@code STRATA_DEBUG} is set.
 */
final class Failures {

    private Failures() {
    }

    static ExitCode report(Command command, Exception e, Terminal term) {
        if (e instanceof CommandFailure failure) {
            term.err().println(failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof StrataException problem) {
            term.err().println("strata " + command.name() + ": " + problem.problem().render());
            return ExitCode.of(problem.kind());
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            term.err().println("strata " + command.name() + ": no such file or directory: " + missing.getFile());
            return ExitCode.USAGE;
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            term.err().println("strata " + command.name() + ": permission denied: " + denied.getFile()
                    + ". Check the file's owner and mode, or run from a directory you can write to.");
            return ExitCode.VALIDATION;
        }
        term.err().println("strata " + command.name() + ": internal error: " + e
                + "\nThis is a bug in Strata. Please report it with the command you ran;"
                + " set STRATA_DEBUG=1 to print the stack trace.");
        if (System.getenv("STRATA_DEBUG") != null) {
            e.printStackTrace(term.err());
        }
        return ExitCode.INTERNAL;
    }
}
