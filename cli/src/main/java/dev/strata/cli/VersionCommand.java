package dev.strata.cli;

import dev.strata.plan.StrataVersion;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "Print the version of Strata and of the Java runtime";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "Prints Strata's version, then the Java version it runs on.";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) {
        terminal.out().println("strata " + StrataVersion.get());
        terminal.out().println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return ExitCode.OK;
    }
}
