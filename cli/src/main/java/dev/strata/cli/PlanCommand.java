package dev.strata.cli;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.JsonDiagnostics;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.planner.PlanVerification;
import dev.strata.engine.database.Target;
import dev.strata.plan.Risk;
import dev.strata.tester.CheckResult;
import dev.strata.tester.PlanTester;
import dev.strata.tester.TestRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code strata plan --name SLUG [DIR]}: writes the next plan of a project to {@code migrations/NNNN_SLUG/}. */
final class PlanCommand implements Command {

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "Plan the changes of the sources since the last plan into migrations/NNNN_NAME/";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return """
                Compares the sources of the project in DIR (default: the current directory) with the target of \
                the last plan in its migrations directory, and writes the next plan: plan.json, up.sql, down.sql, \
                REVIEW.md and schema.strata (a snapshot of the sources). The chain of earlier plans is verified \
                first. Steps that would lose data without a way to restore it are refused unless the sources \
                mark them irreversible or --allow-data-loss is given.
                With --from URL --to URL it plans between two live databases instead: the plan that turns the \
                --from database's schema into the --to database's, read as strata import reads them (see \
                docs/import.md); in a project without plans, a baseline plan of the --from database comes first. \
                What either database holds that the language cannot express is listed per side, and what of it \
                differs between them (S4005); when only such objects differ, nothing is written.
                With --check it writes nothing and only says whether the plans cover the sources, for a build or a \
                pipeline to stop on: exit 1 when the sources changed since the last plan (the steps a plan would \
                take are listed) or when the plans or the sources have problems (a tampered plan, a broken chain).
                Exit codes: 0 planned, or nothing to plan (with --check: the plans cover the sources); 1 the \
                sources or the plans have problems, or (with --check) changes no plan covers; 2 usage; 4 (with \
                --from/--to) the databases differ only in objects Strata does not model.""";
    }

    @Override
    public Options options() {
        var options = new Options();
        options.addOption(Option.builder().longOpt("name").hasArg().argName("NAME")
                .desc("The plan's name: lower-case letters, digits and dashes (required)").get());
        options.addOption(Option.builder().longOpt("dry-run")
                .desc("Print the files instead of writing them").get());
        options.addOption(Option.builder().longOpt("allow-data-loss")
                .desc("Accept steps whose data cannot be restored; the plan records it").get());
        options.addOption(Option.builder().longOpt("no-verify").desc("Write the plan without proving it on a"
                + " scratch database first; its REVIEW.md says it was not verified").get());
        Formats.addFormat(options, "the problems, an array of diagnostics");
        options.addOption(Option.builder().longOpt("check").desc("Write nothing: exit 0 when the plans cover the"
                + " sources, 1 when the sources changed since the last plan or the plans have problems").get());
        ScratchUrl.add(options);
        LivePlanCommand.addOptions(options);
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws Exception {
        if (line.hasOption("check")) {
            return check(line, terminal);
        }
        String name = line.getOptionValue("name");
        if (name == null) {
            throw new UsageException("--name is required, e.g. --name add-loyalty");
        }
        String format = Formats.diagnosticFormat(line);
        if (LivePlanCommand.requested(line)) {
            return LivePlanCommand.run(line, terminal, name, format);
        }
        List<String> args = line.getArgList();
        if (args.size() > 1) {
            throw new UsageException("expected at most one project directory, got " + args.size());
        }
        Path dir = Path.of(args.isEmpty() ? "." : args.get(0));
        Compilation project = Compiler.compile(dir);
        if (project.sourcesHaveErrors()) {
            return problems(project.sourceDiagnostics(), project, format, terminal);
        }
        PlanVerification verification = line.hasOption("no-verify") ? PlanVerification.SKIPPED
                : verification(project, ScratchUrl.server(line, project.config()), terminal);
        var outcome = PlanMaker.make(project.project(), project.chain(), name, line.hasOption("allow-data-loss"),
                verification);
        var diagnostics = new ArrayList<>(project.checkDiagnostics());
        diagnostics.addAll(outcome.diagnostics());
        if (outcome.status() == PlanMaker.Status.FAILED) {
            return problems(diagnostics, project, format, terminal);
        }
        if (!diagnostics.isEmpty() && format.equals("text")) {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, project.sourcesWithSnapshots(),
                    terminal.colour()));
        }
        if (outcome.status() == PlanMaker.Status.NOTHING_TO_PLAN) {
            terminal.out().println("Nothing to plan: the sources match the last plan.");
            return ExitCode.OK;
        }
        Path migrations = project.config().migrationsDir();
        String shown = display(project, migrations.resolve(outcome.directory()));
        if (line.hasOption("dry-run")) {
            for (Map.Entry<String, String> file : outcome.files().entrySet()) {
                terminal.out().println("==> " + shown + "/" + file.getKey() + " <==");
                terminal.out().print(file.getValue());
                terminal.out().println();
            }
            terminal.out().println("Dry run: nothing written.");
            return ExitCode.OK;
        }
        PlanMaker.write(outcome, migrations);
        var plan = outcome.plan();
        long destructive = plan.steps().stream().filter(s -> s.risk() == Risk.DESTRUCTIVE).count();
        terminal.out().println("Wrote " + shown + ": " + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps")
                + (destructive > 0 ? ", " + destructive + " destructive (with backups)" : "")
                + (plan.dataLossAccepted() ? ", DATA LOSS ACCEPTED" : "")
                + ". Review " + shown + "/REVIEW.md.");
        return ExitCode.OK;
    }

    /** {@code --check}: whether the plans cover the sources; nothing is planned on a database, nothing written. */
    private ExitCode check(CommandLine line, Terminal terminal) {
        for (String other : List.of("name", "dry-run", "allow-data-loss", "no-verify", "from", "to")) {
            if (line.hasOption(other)) {
                throw new UsageException("--check only checks the plans against the sources: leave out --" + other);
            }
        }
        String format = Formats.diagnosticFormat(line);
        Path dir = Formats.projectDirectory(line);
        Compilation project = Compiler.compile(dir);
        var diagnostics = new ArrayList<>(project.diagnostics());
        if (project.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            problems(diagnostics, project, format, terminal);
            return diagnostics.stream().anyMatch(d -> CheckCommand.MISSING_DIRECTORY.contains(d.code()))
                    ? ExitCode.USAGE : ExitCode.VALIDATION;
        }
        PlanMaker.Pending pending = PlanMaker.pending(project.project(), project.chain());
        diagnostics.addAll(pending.diagnostics());
        if (pending.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return problems(diagnostics, project, format, terminal);
        }
        if (format.equals("json")) {
            terminal.out().print(JsonDiagnostics.toJson(diagnostics));
        } else if (!diagnostics.isEmpty()) {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, project.sourcesWithSnapshots(),
                    terminal.colour()));
        }
        var last = pending.chain().last();
        if (pending.upToDate()) {
            if (format.equals("text")) {
                terminal.out().println("Planned: the plans cover the sources (" + (last.isEmpty() ? "no plans, no"
                        + " changes" : Formats.count(pending.chain().links().size(), "plan") + ", the last "
                        + last.get().plan().id()) + ").");
            }
            return ExitCode.OK;
        }
        var steps = pending.describe();
        terminal.err().println(terminal.red("error") + ": not planned: " + (last.isEmpty() ? "the project has no plans yet"
                : "the sources changed since plan " + last.get().plan().id() + ", the last of "
                + pending.chain().links().size()) + ", and no plan covers "
                + (steps.isEmpty() ? Formats.count(pending.unplanned().size(), "change") : String.join(", ", steps))
                + ". Run 'strata plan --name NAME' and commit the plan it writes.");
        return ExitCode.VALIDATION;
    }

    /** Rows generated in each core table before the plan is applied on the scratch database. */
    static final int VERIFY_ROWS = 10;

    /**
     * Proves the plan as {@code strata test --last 1 --generate-data 10} would, before anything is written; the
     * verdict goes into REVIEW.md.
     */
    private static PlanVerification verification(Compilation project, Target server, Terminal terminal) {
        return (plan, model) -> {
            terminal.err().println("verifying plan " + plan.id() + " on a scratch database (" + (server == null
                    ? "embedded PostgreSQL" : server.display()) + "): apply, compare with the model, roll back,"
                    + " apply again...");
            PlanTester.Verified verified = PlanTester.verify(new TestRequest(project.config(), server, VERIFY_ROWS,
                    1), project.chain(), plan, model);
            List<CheckResult> checks = verified.report().checks();
            if (!verified.report().passed()) {
                List<String> lines = new ArrayList<>();
                for (CheckResult check : checks) {
                    if (check.failed()) {
                        lines.add(check.name() + " failed: " + check.message());
                    }
                }
                return PlanVerification.Verdict.failed(String.join("\n", lines));
            }
            List<String> passed = checks.stream().filter(c -> c.status() == CheckResult.Status.PASSED)
                    .map(CheckResult::name).toList();
            List<String> skipped = checks.stream().filter(c -> c.status() == CheckResult.Status.SKIPPED)
                    .map(c -> c.name() + " (" + c.message() + ")").toList();
            terminal.err().println("verified in " + verified.millis() + " ms: " + String.join(", ", passed)
                    + (skipped.isEmpty() ? "" : "; not tried: " + String.join(", ", skipped)));
            return PlanVerification.Verdict.passed("**Verified** before it was written, on " + verified.server()
                    + ": the earlier plans applied with " + VERIFY_ROWS + " generated rows in each core table, then"
                    + " this plan checked: " + String.join(", ", passed) + "."
                    + (skipped.isEmpty() ? "" : " Not tried: " + String.join(", ", skipped) + "."));
        };
    }

    private static ExitCode problems(List<Diagnostic> diagnostics, Compilation project, String format,
                                     Terminal terminal) {
        if (format.equals("json")) {
            terminal.out().print(JsonDiagnostics.toJson(diagnostics));
        } else {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, project.sourcesWithSnapshots(),
                    terminal.colour()));
        }
        return ExitCode.VALIDATION;
    }

    private static String display(Compilation project, Path path) {
        return project.config().root().relativize(path).toString().replace('\\', '/');
    }
}
