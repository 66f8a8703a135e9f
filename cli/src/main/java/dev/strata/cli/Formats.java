package dev.strata.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;

/** Option and argument handling shared by the commands that read a project. */
final class Formats {

    private Formats() {
    }

    /** The value of {@code --format}: text or json. */
    static String diagnosticFormat(CommandLine line) {
        String format = line.getOptionValue("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        return format;
    }

    /** The single optional DIR argument, the current directory when absent. */
    static Path projectDirectory(CommandLine line) {
        List<String> args = line.getArgList();
        if (args.size() > 1) {
            throw new UsageException("expected at most one project directory, got " + args.size() + ": " + args);
        }
        return Path.of(args.isEmpty() ? "." : args.get(0));
    }

    /** "1 file", "2 files". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
