package dev.strata.cli;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.JsonDiagnostics;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.LoadCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata check [DIR]}: compiles the project (sources, semantic checks, plan chain) and plans what changed
 * since the last plan as {@code strata plan} would, without writing anything; reports every finding.
 */
final class CheckCommand implements Command {

    static final Set<String> MISSING_DIRECTORY = Set.of(
            LoadCode.DIRECTORY_NOT_FOUND.code(), LoadCode.NOT_A_DIRECTORY.code());

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "Check the sources of a project and report every problem";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return """
                Reads the project in DIR (default: the current directory; a directory with strata.toml, or a plain \
                directory of .strata files), parses every source file and runs the semantic checks on the whole \
                schema. Every problem found is reported, each with its file, line and column, a stable code \
                (see docs/diagnostics.md) and a hint. The plans in the migrations directory are verified \
                (checksums, numbering, links, snapshots), and changes of the sources not planned yet are planned as \
                strata plan would plan them, without writing anything: a change it would refuse (a released facade \
                changed, a facade reading a removed column, a step that would lose data) is an error here too, \
                and the steps it would take are listed.
                Exit codes: 0 no errors (warnings may be shown); 1 errors found; 2 usage error or missing directory.""";
    }

    @Override
    public Options options() {
        var options = new Options();
        Formats.addFormat(options, "an array of diagnostics");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) {
        String format = Formats.diagnosticFormat(line);
        Path dir = Formats.projectDirectory(line);
        Compilation compilation = Compiler.compile(dir);
        var all = new Diagnostics();
        all.addAll(compilation.diagnostics());
        PlanMaker.Pending pending = null;
        if (!all.hasErrors()) {
            pending = PlanMaker.pending(compilation.project(), compilation.chain());
            all.addAll(pending.diagnostics());
        }
        List<Diagnostic> sorted = all.sorted();
        if (format.equals("json")) {
            terminal.out().print(JsonDiagnostics.toJson(sorted));
        } else if (sorted.isEmpty()) {
            terminal.out().println(terminal.green("ok") + ": " + Formats.count(compilation.files().size(), "file")
                    + ", " + describe(compilation) + ", no problems");
        } else {
            var sources = pending == null || pending.diagnostics().isEmpty() ? compilation.sourcesByFile()
                    : compilation.sourcesWithSnapshots();
            terminal.err().print(DiagnosticRenderer.render(sorted, sources, terminal.colour()));
        }
        if (format.equals("text") && !all.hasErrors()) {
            unplanned(pending, terminal);
        }
        if (sorted.stream().anyMatch(d -> MISSING_DIRECTORY.contains(d.code()))) {
            return ExitCode.USAGE;
        }
        return all.hasErrors() ? ExitCode.VALIDATION : ExitCode.OK;
    }

    /** Changes in the sources since the last plan: not an error, but worth knowing before a review. */
    private static void unplanned(PlanMaker.Pending pending, Terminal terminal) {
        if (pending == null || pending.upToDate() || pending.chain().links().isEmpty()) {
            return;
        }
        String last = pending.chain().last().orElseThrow().plan().id();
        var steps = pending.describe();
        terminal.out().println("Not planned yet (the sources changed since plan " + last + "): "
                + (steps.isEmpty() ? Formats.count(pending.unplanned().size(), "change") : String.join(", ", steps))
                + ". Run 'strata plan --name NAME' to plan them.");
    }

    private static String describe(Compilation project) {
        var core = project.model().core();
        int facadeObjects = project.model().facades().stream()
                .mapToInt(f -> f.views().size() + f.routines().size())
                .sum();
        return Formats.count(core.tables().size(), "table") + ", "
                + Formats.count(project.model().facades().size(), "facade version") + " with "
                + Formats.count(facadeObjects, "object");
    }
}
