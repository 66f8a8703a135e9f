package dev.strata.cli;

/** A failure a command has already explained in words; Main prints the message and exits with the code. */
public class CommandFailure extends Exception {

    private final ExitCode exitCode;

    public CommandFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
