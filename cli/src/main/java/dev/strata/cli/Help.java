package dev.strata.cli;

import java.util.Comparator;
import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Help text for {@code strata --help} and {@code strata help COMMAND}. */
final class Help {

    private static final int WIDTH = 100;

    private Help() {
    }

    static String overview() {
        var text = new StringBuilder();
        text.append("strata: a schema compiler and deployment runtime for PostgreSQL\n\n");
        text.append("Usage: strata [--color auto|always|never] COMMAND [OPTIONS] [ARGS]\n\n");
        text.append("Commands:\n");
        int width = Commands.all().stream().mapToInt(c -> c.name().length()).max().orElse(8) + 2;
        for (var command : Commands.all()) {
            text.append("  ").append(pad(command.name(), width)).append(command.summary()).append('\n');
        }
        text.append("\nRun 'strata help COMMAND' or 'strata COMMAND --help' for a command's options.\n");
        text.append("Exit codes: 0 ok, 1 validation problems, 2 usage error, 3 database error, 4 drift,\n");
        text.append("5 lock wait exceeded, 6 cannot connect, 70 internal error (see docs/cli.md).\n");
        return text.toString();
    }

    static String usageLine(Command command) {
        var line = new StringBuilder("strata ").append(command.name());
        if (!command.options().getOptions().isEmpty()) {
            line.append(" [OPTIONS]");
        }
        if (!command.arguments().isEmpty()) {
            line.append(' ').append(command.arguments());
        }
        return line.toString();
    }

    static String forCommand(Command command) {
        var text = new StringBuilder();
        text.append("Usage: ").append(usageLine(command)).append("\n\n");
        text.append(wrap(command.description(), "")).append("\n\n");
        text.append("Options:\n");
        var options = command.options().getOptions().stream()
                .sorted(Comparator.comparing(Help::optionLabel))
                .toList();
        var labels = options.stream().map(Help::optionLabel).toList();
        int width = Math.max(labels.stream().mapToInt(String::length).max().orElse(0), "--color WHEN".length()) + 3;
        for (int i = 0; i < options.size(); i++) {
            text.append(optionLine(labels.get(i), options.get(i).getDescription(), width));
        }
        text.append(optionLine("-h, --help", "Show this command's help", width));
        text.append(optionLine("--color WHEN", "Colour output: auto (default: on a terminal), always, never", width));
        return text.toString();
    }

    static String describe(ParseException e) {
        if (e instanceof UnrecognizedOptionException u) {
            return "unknown option '" + u.getOption() + "'";
        }
        if (e instanceof MissingArgumentException m) {
            return "option " + optionLabel(m.getOption()) + " needs a value";
        }
        if (e instanceof MissingOptionException m) {
            return "missing required option(s): " + m.getMissingOptions();
        }
        if (e instanceof AlreadySelectedException a) {
            return "option " + optionLabel(a.getOption()) + " cannot be combined with " + a.getOptionGroup().getSelected();
        }
        return e.getMessage();
    }

    private static String optionLabel(Option option) {
        var label = new StringBuilder();
        if (option.getOpt() != null) {
            label.append('-').append(option.getOpt());
            if (option.getLongOpt() != null) {
                label.append(", ");
            }
        }
        if (option.getLongOpt() != null) {
            label.append("--").append(option.getLongOpt());
        }
        if (option.hasArg()) {
            label.append(' ').append(option.getArgName() != null ? option.getArgName() : "VALUE");
        }
        return label.toString();
    }

    private static String optionLine(String label, String description, int width) {
        String indent = " ".repeat(2 + width);
        return "  " + pad(label, width) + wrap(description, indent).stripLeading() + "\n";
    }

    private static String wrap(String text, String indent) {
        var out = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            var line = new StringBuilder(indent);
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(indent);
                }
                line.append(word).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
