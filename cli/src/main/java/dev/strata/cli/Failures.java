package dev.strata.cli;

/**
 * The last line of defence: an exception no command turned into a message. Known problems get their exit code
 * and a plain paragraph; anything else is a bug in Strata, reported as such with the exception's message and a
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
