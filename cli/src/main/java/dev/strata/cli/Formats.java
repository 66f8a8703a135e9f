package dev.strata.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Option and argument handling shared by the commands that read a project. */
final class Formats {

    private Formats() {
    }

    /**
     * Adds the two spellings of the output format every command that prints a result or problems takes:
     * {@code --format text|json} and {@code --json}, the same as {@code --format json}. {@code json} says what the
     * JSON holds.
     */
    static void addFormat(Options options, String json) {
        options.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("text (default): for people; json: " + json).get());
        options.addOption(Option.builder().longOpt("json").desc("The same as --format json").get());
    }

    /** The output format asked for: text or json, from {@code --format} or {@code --json}. */
    static String diagnosticFormat(CommandLine line) {
        String format = line.getOptionValue("format");
        if (format != null && !format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        if (line.hasOption("json") && "text".equals(format)) {
            throw new UsageException("--json and --format text ask for two formats: give one");
        }
        return line.hasOption("json") ? "json" : format == null ? "text" : format;
    }

    /** Whether the output is JSON ({@code --format json} or {@code --json}). */
    static boolean json(CommandLine line) {
        return diagnosticFormat(line).equals("json");
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
