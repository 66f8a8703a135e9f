package dev.strata.cli;

import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.introspect.FacadeSchema;
import dev.strata.introspect.ScratchDatabase;
import dev.strata.introspect.UnmanagedDeclarations;
import dev.strata.introspect.Unsupported;
import dev.strata.introspect.UnsupportedDifference;
import dev.strata.plan.Json;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code strata diff A B}: what would turn schema A into schema B. */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "Show what differs between two of: a live database, a source directory, a plan";
    }

    @Override
    public String arguments() {
        return "A B";
    }

    @Override
    public String description() {
        return """
                Lists the changes that would turn schema A into schema B. Each of A and B is a live database \
                (jdbc:postgresql://… or postgresql://…, read as strata import reads it), a project or directory \
                of .strata files, or a plan directory (migrations/NNNN_name: the schema that plan leads to). A \
                live database is read with --core-schema and --facade when given, otherwise with the other \
                side's core schema and facade versions. Objects a live database has that the language cannot \
                express are listed apart; between two live databases, those that differ (on one side only, or \
                defined differently) are differences too. A project side's [unmanaged] objects are left alone. \
                PostgreSQL prints SQL (defaults, checks, view \
                queries) its own way, so when sources or a plan are compared with a live database they are first \
                applied to a scratch database (an embedded PostgreSQL in a temporary directory, or one created \
                and dropped on the server of --scratch-url) and read back, \
                and only real differences show; --no-normalize compares them as written.
                Exit codes: 0 no differences; 4 differences; 1 a side does not load; 2 usage; 6 cannot connect.""";
    }

    @Override
    public Options options() {
        var options = ScratchUrl.add(SchemaOptions.add(new Options()));
        Formats.addFormat(options, "the differences");
        options.addOption(Option.builder().longOpt("no-normalize").desc("Compare sources or a plan with a live"
                + " database as written, without reading them back through a scratch database first").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws Exception {
        var args = line.getArgList();
        if (args.size() != 2) {
            throw new UsageException("expected two schemas to compare, got " + args.size());
        }
        var a = SchemaOperand.files(args.get(0));
        var b = SchemaOperand.files(args.get(1));
        a = a != null ? a : live(args.get(0), line, b);
        b = b != null ? b : live(args.get(1), line, a);
        if (a.live() != b.live() && !line.hasOption("no-normalize")) {
            // the project side's [scratch] url counts, as for plan and baseline: its extensions may be there only
            String projectScratch = a.scratchUrl() != null ? a.scratchUrl() : b.scratchUrl();
            try (var scratch = ScratchDatabase.start(ScratchUrl.fromUrls(line.getOptionValue(ScratchUrl.OPTION),
                    "--" + ScratchUrl.OPTION, projectScratch))) {
                a = a.live() ? a : a.readBack(scratch);
                b = b.live() ? b : b.readBack(scratch);
            }
        }
        List<Change> changes = SchemaDiff.between(inOrder(a.model()), inOrder(b.model()));
        var declarations = new UnmanagedDeclarations(concat(a.unmanaged(), b.unmanaged()));
        var split = declarations.split(a.unsupported(), b.unsupported());
        a = a.withUnsupported(declarations.undeclared(a.unsupported()));
        b = b.withUnsupported(declarations.undeclared(b.unsupported()));
        List<UnsupportedDifference> notModelled = a.live() && b.live()
                ? UnsupportedDifference.between(a.unsupported(), b.unsupported()) : List.of();
        if (Formats.json(line)) {
            terminal.out().print(Json.pretty(json(a, b, changes, notModelled)));
        } else {
            print(terminal, a, b, changes, notModelled);
        }
        NotModelled.declared(terminal, split);
        return changes.isEmpty() && notModelled.isEmpty() ? ExitCode.OK : ExitCode.DRIFT;
    }

    private static SchemaOperand live(String url, CommandLine line, SchemaOperand other) throws Exception {
        String core = SchemaOptions.core(line);
        if (core == null) {
            core = other != null ? other.coreSchema() : SchemaOptions.DEFAULT_CORE;
        }
        List<FacadeSchema> facades = SchemaOptions.facades(line);
        if (facades.isEmpty() && other != null) {
            facades = other.facadeSchemas();
        }
        return SchemaOperand.live(url, core, facades);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    /** Facades sorted, so that their order alone is never a difference. */
    private static Model inOrder(Model model) {
        var facades = model.facades().stream()
                .sorted(Comparator.comparing(Facade::name).thenComparingInt(Facade::version)).toList();
        return new Model(model.core(), facades);
    }

    private static void print(Terminal terminal, SchemaOperand a, SchemaOperand b, List<Change> changes,
                              List<UnsupportedDifference> notModelled) {
        var out = terminal.out();
        out.println("from " + a.description());
        out.println("  to " + b.description());
        if (!notModelled.isEmpty()) {
            out.println(Formats.count(notModelled.size(), "object") + " that the language cannot express "
                    + (notModelled.size() == 1 ? "differs" : "differ") + " (no plan can bring them over):");
            notModelled.forEach(d -> out.println("  ! " + d.object() + ": " + NotModelled.where(d, "from", "to")));
        }
        if (changes.isEmpty()) {
            out.println(notModelled.isEmpty() ? "No differences." : "No differences in what the language models.");
        } else {
            out.println(changes.size() + (changes.size() == 1 ? " difference:" : " differences:"));
            for (Change change : changes) {
                out.println("  " + marker(change, terminal) + " " + change.describe());
            }
        }
        if (!a.unsupported().isEmpty() && a.unsupported().equals(b.unsupported())) {
            out.println("Not compared (both have them; the language cannot express them):");
            a.unsupported().forEach(u -> out.println("  " + u.kind() + " " + u.name() + ": " + u.reason()));
            return;
        }
        for (SchemaOperand side : List.of(a, b)) {
            if (!side.unsupported().isEmpty()) {
                out.println("Not compared (" + side.description() + " has them; the language cannot express them):");
                side.unsupported().forEach(u -> out.println("  " + u.kind() + " " + u.name() + ": " + u.reason()));
            }
        }
    }

    private static String marker(Change change, Terminal terminal) {
        String kind = change.kind();
        if (kind.startsWith("add") || kind.startsWith("ensure")) {
            return terminal.green("+");
        }
        if (kind.startsWith("drop") || kind.startsWith("retire") || kind.startsWith("revoke")) {
            return terminal.red("-");
        }
        return terminal.yellow("~");
    }

    /** The {@code --json} output; a record, so its properties keep this order. */
    record DiffJson(String from, String to, List<Difference> differences, List<Unsupported> notComparedFrom,
                    List<Unsupported> notComparedTo, List<UnsupportedDifference> notModelledDifferences) {
    }

    record Difference(String kind, String object, String description) {
    }

    private static DiffJson json(SchemaOperand a, SchemaOperand b, List<Change> changes,
                                 List<UnsupportedDifference> notModelled) {
        var differences = changes.stream()
                .map(c -> new Difference(c.kind(), c.object(), c.describe())).toList();
        return new DiffJson(a.description(), b.description(), differences, a.unsupported(), b.unsupported(),
                notModelled);
    }
}
