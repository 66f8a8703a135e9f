package dev.strata.cli;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.TargetResolver;
import dev.strata.engine.database.TargetSettings;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.introspect.Baseline;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.IntrospectionResult;
import dev.strata.introspect.ProjectImporter;
import dev.strata.introspect.Unsupported;
import dev.strata.plan.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata import --url URL --out DIR}: reads a live database into a new project (formatted sources,
 * {@code strata.toml}, the baseline plan) and records the baseline as applied on that database.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Read a live database into a new project, with a baseline plan recorded as applied";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return """
                Reads the core schema (--core-schema, default core) and the facade schemas (--facade, one per \
                version) of the database at --url, and writes a new project into --out: strata.toml, formatted \
                .strata files under schema/ (types, tables, views, routines, one file per facade version) and \
                the baseline plan migrations/0001_baseline/ from an empty database to what was read. Then it \
                records the baseline as applied on that database without running it (as strata baseline does), \
                so the next plan starts from there; --no-baseline leaves the database untouched. What the \
                language cannot express is listed, by kind and name, and left out; see docs/import.md.
                Exit codes: 0 imported (objects left out are listed as warnings); 1 the import or its plan \
                failed; 2 usage (--out not empty); 3 database error; 4 the database changed while importing; \
                5 lock wait exceeded; 6 cannot connect.""";
    }

    @Override
    public Options options() {
        var options = RuntimeOptions.locking(new Options());
        SchemaOptions.add(options);
        options.addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                .desc("The directory of the new project; must not exist or be empty (required)").get());
        options.addOption(Option.builder().longOpt("name").hasArg().argName("NAME")
                .desc("The project's name (default: the database's name)").get());
        options.addOption(Option.builder().longOpt("declare-unmanaged")
                .desc("Declare every object left out (warning S4001) unmanaged in the new strata.toml, so that"
                        + " status and apply leave them alone with one note instead of listing them").get());
        options.addOption(Option.builder().longOpt("no-baseline")
                .desc("Write the project and its baseline plan, but do not record it on the database").get());
        Formats.addFormat(options, "what was written");
        return ScratchUrl.add(options);
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws Exception {
        String out = line.getOptionValue("out");
        if (out == null) {
            throw new UsageException("--out DIR is required: the directory of the new project");
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        String coreSchema = SchemaOptions.core(line) == null ? SchemaOptions.DEFAULT_CORE : SchemaOptions.core(line);
        var request = new IntrospectionRequest(coreSchema, SchemaOptions.facades(line));
        var settings = TargetSettings.fromEnvironment(line.getOptionValue("url"), false, null, null);
        if (TargetResolver.configured(settings).isEmpty()) {
            throw new UsageException("import reads an existing database: give --url (or set STRATA_URL or PG*)");
        }
        try (Database database = Database.open(settings, RunnerIdentity.current(),
                RuntimeOptions.duration(line, "connect-timeout", Duration.ofSeconds(10)))) {
            IntrospectionResult result = LiveDatabases.read(database, request);
            if (!result.hasSchema(coreSchema)) {
                throw new CommandFailure(ExitCode.VALIDATION, "strata import: the database has no schema '"
                        + coreSchema + "'; give the schema that holds the tables with --core-schema");
            }
            String name = line.getOptionValue("name", projectName(database, Path.of(out)));
            List<String> declared = line.hasOption("declare-unmanaged")
                    ? result.unsupported().stream().map(Unsupported::object).distinct().toList() : List.of();
            var written = write(result, new ProjectImporter.Request(Path.of(out), name, coreSchema, declared));
            List<String> baselined = List.of();
            if (!line.hasOption("no-baseline") && written.baseline().plan() != null) {
                var chain = MigrationChain.load(written.directory().resolve("migrations"), "migrations");
                baselined = Baseline.record(database, chain, name, written.baseline().directory(),
                        RunnerIdentity.current(), RuntimeOptions.applyOptions(line), RuntimeOptions.reporter(terminal),
                        ScratchUrl.server(line, null));
            }
            report(line, terminal, database, result, written, baselined, declared);
            return ExitCode.OK;
        }
    }

    /** The database's name, or the directory's when the URL names none. */
    private static String projectName(Database database, Path out) {
        String databaseName = database.target().database();
        if (!databaseName.isEmpty()) {
            return databaseName;
        }
        Path name = out.toAbsolutePath().normalize().getFileName();
        return name == null ? "imported" : name.toString();
    }

    private static ProjectImporter.Written write(IntrospectionResult result, ProjectImporter.Request request)
            throws Exception {
        try {
            return ProjectImporter.write(result.model(), request);
        } catch (ProjectImporter.ImportFailure e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata import: " + e.getMessage());
        }
    }

    private static void report(CommandLine line, Terminal terminal, Database database, IntrospectionResult result,
                               ProjectImporter.Written written, List<String> baselined, List<String> declared) {
        if (Formats.json(line)) {
            terminal.out().print(Json.pretty(new ImportJson(database.target().display(),
                    written.directory().toString(), written.sourceFiles(), written.baseline().directory(), baselined,
                    result.unsupported(), declared)));
            return;
        }
        var out = terminal.out();
        var core = result.model().core();
        out.println("Read " + database.target().display() + ": " + core.tables().size() + " tables, "
                + core.views().size() + " views, " + core.routines().size() + " routines, "
                + result.model().facades().size() + " facade versions (" + result.catalogQueries()
                + " catalog queries).");
        out.println("Wrote " + written.directory() + ": strata.toml, " + String.join(", ", written.sourceFiles())
                + (written.baseline().directory() == null ? "" : ", migrations/" + written.baseline().directory())
                + ".");
        if (!baselined.isEmpty()) {
            out.println("Recorded " + String.join(", ", baselined) + " as applied (no step was run): the next plan"
                    + " starts from this schema.");
        }
        warnUnsupported(terminal, result.unsupported());
        if (!declared.isEmpty()) {
            terminal.err().println("note: declared " + (declared.size() == 1 ? "it" : "them") + " unmanaged in "
                    + written.directory().resolve("strata.toml") + " ([unmanaged] objects, --declare-unmanaged):"
                    + " status and apply leave " + (declared.size() == 1 ? "it" : "them") + " alone.");
        }
    }

    /** The {@code --json} output; a record, so its properties keep this order. */
    record ImportJson(String target, String project, List<String> files, String baselinePlan,
                      List<String> recordedAsApplied, List<Unsupported> unsupported, List<String> declaredUnmanaged) {
    }

    static void warnUnsupported(Terminal terminal, List<Unsupported> unsupported) {
        if (unsupported.isEmpty()) {
            return;
        }
        terminal.err().println(terminal.yellow("warning[" + Code.NOT_IMPORTED.code() + "]: ") + unsupported.size()
                + (unsupported.size() == 1 ? " object was" : " objects were")
                + " not imported: the Strata language cannot express them (yet)");
        var lines = new ArrayList<String>();
        unsupported.forEach(u -> lines.add("  " + u.kind() + " " + u.name() + ": " + u.reason()));
        lines.forEach(terminal.err()::println);
    }
}
