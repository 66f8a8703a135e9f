package dev.strata.cli;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.JsonDiagnostics;
import dev.strata.compiler.format.DirectoryFormat;
import dev.strata.compiler.format.FileOutcome;
import dev.strata.compiler.format.Formatter;
import dev.strata.compiler.project.LoadCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code strata fmt [--check] [DIR]}: rewrites the project's source files in the canonical layout. */
final class FmtCommand implements Command {

    @Override
    public String name() {
        return "fmt";
    }

    @Override
    public String summary() {
        return "Rewrite the source files in the canonical layout (or --check that they are)";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return """
                Formats every .strata file of the project in DIR (default: the current directory) in the canonical \
                layout described in docs/formatting.md, keeping every comment. Only files whose text changes are \
                rewritten, each atomically. A file with syntax errors is never rewritten; its errors are reported. \
                Formatting twice changes nothing.
                Exit codes: 0 done (or, with --check, every file is formatted); 1 with --check, some files are not \
                formatted, or some files have errors; 2 usage error or missing directory.""";
    }

    @Override
    public Options options() {
        var options = new Options();
        options.addOption(Option.builder().longOpt("check")
                .desc("Change nothing; list the files that are not formatted and exit 1 if there are any").get());
        Formats.addFormat(options, "the problems, an array of diagnostics");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws IOException {
        String format = Formats.diagnosticFormat(line);
        Path dir = Formats.projectDirectory(line);
        boolean check = line.hasOption("check");
        DirectoryFormat result = new Formatter().formatDirectory(dir, !check);
        report(result, format, terminal);
        if (result.diagnostics().stream().anyMatch(d -> d.code().equals(LoadCode.DIRECTORY_NOT_FOUND.code())
                || d.code().equals(LoadCode.NOT_A_DIRECTORY.code()))) {
            return ExitCode.USAGE;
        }
        if (result.hasErrors() || (check && !result.changed().isEmpty())) {
            return ExitCode.VALIDATION;
        }
        return ExitCode.OK;
    }

    private static void report(DirectoryFormat result, String format, Terminal terminal) throws IOException {
        List<Diagnostic> diagnostics = result.diagnostics();
        if (format.equals("json")) {
            terminal.out().print(JsonDiagnostics.toJson(diagnostics));
        } else if (!diagnostics.isEmpty()) {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, sources(result), terminal.colour()));
        }
        if (format.equals("json")) {
            return;
        }
        for (FileOutcome file : result.changed()) {
            terminal.out().println((result.written() ? "formatted " : "not formatted: ") + file.displayPath());
        }
        int unchanged = result.files().size() - result.changed().size() - result.failed().size();
        terminal.out().println(Formats.count(result.files().size(), "file") + ": " + result.changed().size()
                + (result.written() ? " formatted, " : " to format, ") + unchanged + " already formatted"
                + (result.failed().isEmpty() ? "" : ", " + result.failed().size() + " with errors (left as they are)"));
    }

    private static Map<String, String> sources(DirectoryFormat result) throws IOException {
        var sources = new HashMap<String, String>();
        for (FileOutcome file : result.failed()) {
            if (Files.isReadable(file.path())) {
                sources.put(file.displayPath(), Files.readString(file.path()));
            }
        }
        return sources;
    }
}
