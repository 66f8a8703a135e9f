package dev.strata.cli;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.JsonDiagnostics;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.compiler.project.ProjectFileReader;
import dev.strata.introspect.FacadeSchema;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.IntrospectionResult;
import dev.strata.introspect.LivePlanner;
import dev.strata.introspect.ProjectImporter;
import dev.strata.introspect.UnmanagedDeclarations;
import dev.strata.introspect.UnsupportedDifference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata plan --from URL --to URL --name SLUG [DIR]}: a plan between two live databases, written into the
 * project in DIR (created, with a {@code strata.toml}, when it has none). In a project without plans a baseline
 * plan to the {@code --from} schema comes first; {@code strata baseline} records it on that database.
 */
final class LivePlanCommand {

    private LivePlanCommand() {
    }

    static void addOptions(Options options) {
        options.addOption(Option.builder().longOpt("from").hasArg().argName("URL")
                .desc("Plan from this live database's schema (with --to)").get());
        options.addOption(Option.builder().longOpt("to").hasArg().argName("URL")
                .desc("Plan to this live database's schema (with --from)").get());
        SchemaOptions.add(options);
    }

    static boolean requested(CommandLine line) {
        return line.hasOption("from") || line.hasOption("to");
    }

    static ExitCode run(CommandLine line, Terminal terminal, String name, String format) throws Exception {
        if (!line.hasOption("from") || !line.hasOption("to")) {
            throw new UsageException("--from and --to go together: both are database URLs");
        }
        Path dir = RuntimeOptions.projectDirectory(line, 0);
        ProjectConfig project = project(dir, SchemaOptions.core(line), terminal);
        String core = SchemaOptions.core(line) != null ? SchemaOptions.core(line) : project.coreSchema();
        List<FacadeSchema> facades = SchemaOptions.facades(line);
        var request = new IntrospectionRequest(core, facades);
        try (var from = LiveDatabases.open(line.getOptionValue("from"));
             var to = LiveDatabases.open(line.getOptionValue("to"))) {
            var before = LiveDatabases.read(from, request);
            var after = LiveDatabases.read(to, request);
            var outcomes = LivePlanner.plan(new LivePlanner.Request(before.model(), after.model(),
                    before.hasSchema(core), core, project.name(), name, project.migrationsDir(), "migrations",
                    line.hasOption("allow-data-loss")));
            var diagnostics = outcomes.stream().flatMap(o -> o.diagnostics().stream()).toList();
            var last = outcomes.get(outcomes.size() - 1);
            if (last.status() == PlanMaker.Status.FAILED) {
                problems(diagnostics, format, terminal);
                return ExitCode.VALIDATION;
            }
            var differences = notModelled(terminal, project, before, after);
            if (last.status() == PlanMaker.Status.NOTHING_TO_PLAN && !differences.isEmpty()) {
                terminal.out().println("Nothing planned: the schemas Strata models match, but the databases differ"
                        + " in " + Formats.count(differences.size(), "object") + " that Strata does not model (listed"
                        + " above), and no plan can bring those over.");
                return ExitCode.DRIFT;
            }
            if (last.status() == PlanMaker.Status.NOTHING_TO_PLAN) {
                terminal.out().println("Nothing to plan: the two databases have the same schema.");
                return ExitCode.OK;
            }
            if (!Files.isRegularFile(dir.resolve(ProjectConfig.FILE_NAME))) {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(ProjectConfig.FILE_NAME), ProjectImporter.projectFile(project.name(), core));
            }
            var written = LivePlanner.write(outcomes, project.migrationsDir());
            for (var outcome : outcomes) {
                terminal.out().println("Wrote migrations/" + outcome.directory() + ": " + outcome.plan().steps().size()
                        + " steps.");
            }
            if (outcomes.size() > 1) {
                terminal.out().println("The first is the baseline of the --from database: record it there with"
                        + " strata baseline --url … " + dir + ", then strata apply.");
            }
            return written.isEmpty() ? ExitCode.VALIDATION : ExitCode.OK;
        }
    }

    /**
     * Reports what each side holds that Strata does not model (S4001, except what strata.toml declares unmanaged),
     * and what of it differs between the sides (S4005); returns the differences.
     */
    private static List<UnsupportedDifference> notModelled(Terminal terminal, ProjectConfig project,
                                                           IntrospectionResult before, IntrospectionResult after) {
        var declarations = new UnmanagedDeclarations(project.unmanaged());
        var from = declarations.undeclared(before.unsupported());
        var to = declarations.undeclared(after.unsupported());
        NotModelled.warn(terminal, Code.NOT_IMPORTED, from, "of the --from database " + notInThePlan(from.size()));
        NotModelled.warn(terminal, Code.NOT_IMPORTED, to, "of the --to database " + notInThePlan(to.size()));
        NotModelled.declared(terminal, declarations.split(before.unsupported(), after.unsupported()));
        var differences = UnsupportedDifference.between(from, to);
        NotModelled.differences(terminal, differences, "the --from database", "the --to database");
        return differences;
    }

    private static String notInThePlan(int count) {
        return count == 1 ? "is not in the plan: the Strata language cannot express it (yet)"
                : "are not in the plan: the Strata language cannot express them (yet)";
    }

    /** The project in DIR, or the one about to be created there (the defaults, with the core schema given). */
    private static ProjectConfig project(Path dir, String core, Terminal terminal) throws CommandFailure {
        Path root = dir.toAbsolutePath().normalize();
        ProjectFile file = ProjectFileReader.read(root);
        if (Files.exists(root.resolve(ProjectConfig.FILE_NAME))) {
            return RuntimeProject.checked("plan", root, file, terminal).config();
        }
        return file.config().withCoreSchema(core == null ? SchemaOptions.DEFAULT_CORE : core);
    }

    private static void problems(List<Diagnostic> diagnostics, String format, Terminal terminal) {
        if (format.equals("json")) {
            terminal.out().print(JsonDiagnostics.toJson(diagnostics));
        } else {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, Map.of(), terminal.colour()));
        }
    }
}
