package dev.strata.cli;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.planner.ReviewWriter;
import dev.strata.engine.apply.LockEstimate;
import dev.strata.engine.database.Database;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata review [--after N] [--out FILE] [DIR]}: one Markdown text for a pull-request comment about the plans
 * a change brings (those numbered above N; by default the last plan): whether the plans cover the sources, the risks
 * of every plan first, then its backups, what its rollback would remove and keep, its steps with their locks, the
 * facade versions after them, and the diagram of what they touch.
 */
final class ReviewCommand implements Command {

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String summary() {
        return "Write a Markdown review of the newest plans, for a pull-request comment";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return """
                Writes one Markdown text about the plans of the project in DIR (default: the current directory) \
                that a pull request brings: the plans numbered above --after N (default: the last plan alone). It \
                opens with a summary line per plan and whether the plans cover the sources (changes no plan covers \
                are shown first, as strata plan --check finds them), then for each plan its risks, its backups, \
                what a rollback would remove of the data written since and how it is kept, its steps with their \
                locks (the SQL stays in the plan's REVIEW.md), the facade versions after it, and its diagram. \
                Reads only files and touches no database, unless --url (or --embedded) names a target: then it \
                also shows, for each plan the target has not applied, how long the plan would keep its tables \
                locked there, estimated from the target's live table sizes as strata apply estimates it (read only, \
                no lock taken).
                Exit codes: 0 written; 1 the sources or the plans have problems (nothing is written); 2 usage.""";
    }

    @Override
    public Options options() {
        var options = new Options();
        options.addOption(Option.builder().longOpt("after").hasArg().argName("N")
                .desc("Review the plans numbered above N (0: every plan); default: the last plan").get());
        options.addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                .desc("Write the Markdown to FILE instead of standard output").get());
        RuntimeOptions.target(options);
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws IOException {
        Path dir = Formats.projectDirectory(line);
        Integer after = null;
        if (line.hasOption("after")) {
            try {
                after = Integer.parseInt(line.getOptionValue("after"));
            } catch (NumberFormatException e) {
                throw new UsageException("--after takes a plan number (0 for every plan), not '"
                        + line.getOptionValue("after") + "'");
            }
            if (after < 0) {
                throw new UsageException("--after takes a plan number (0 for every plan), not " + after);
            }
        }
        Compilation project = Compiler.compile(dir);
        var diagnostics = new ArrayList<>(project.diagnostics());
        PlanMaker.Pending pending = null;
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            pending = PlanMaker.pending(project.project(), project.chain());
            diagnostics.addAll(pending.diagnostics());
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            terminal.err().print(DiagnosticRenderer.render(diagnostics, project.sourcesWithSnapshots(),
                    terminal.colour()));
            return diagnostics.stream().anyMatch(d -> CheckCommand.MISSING_DIRECTORY.contains(d.code()))
                    ? ExitCode.USAGE : ExitCode.VALIDATION;
        }
        List<MigrationChain.Link> links = project.chain().links();
        int first = after == null ? Math.max(0, links.size() - 1) : firstAbove(links, after);
        Map<String, List<LockEstimate.Hold>> locks = null;
        String target = null;
        if (line.hasOption("url") || line.hasOption("embedded")) {
            try (Database database = RuntimeOptions.open(line, project.config())) {
                target = database.target().display();
                locks = RuntimeOptions.runner(database, terminal).lockEstimate(project.config().plans());
            }
        }
        Function<String, String> onTarget = planId -> "";
        if (locks != null) {
            var byPlan = locks;
            var where = target;
            Duration limit = ApplyCommand.maxLock(line, project.config());
            onTarget = planId -> locks(planId, byPlan.get(planId), where, limit);
        }
        String markdown = markdown(project, links, first, pending, onTarget);
        if (line.hasOption("out")) {
            Path out = Path.of(line.getOptionValue("out"));
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, markdown);
            terminal.out().println("Wrote the review of " + Formats.count(links.size() - first, "plan") + " to "
                    + out + ".");
        } else {
            terminal.out().print(markdown);
        }
        return ExitCode.OK;
    }

    private static int firstAbove(List<MigrationChain.Link> links, int after) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).plan().sequence() > after) {
                return i;
            }
        }
        return links.size();
    }

    private static String markdown(Compilation project, List<MigrationChain.Link> links, int first,
                                   PlanMaker.Pending pending, Function<String, String> onTarget) {
        var reviewed = links.subList(first, links.size());
        var text = new StringBuilder("## Strata review: ");
        text.append(reviewed.isEmpty() ? "no new plans" : Formats.count(reviewed.size(), "plan") + " ("
                + String.join(", ", reviewed.stream().map(l -> l.plan().id()).toList()) + ")").append("\n\n");
        if (!pending.upToDate()) {
            var steps = pending.describe();
            text.append("> **Not planned.** The sources changed since ").append(links.isEmpty() ? "they were started"
                    : "plan " + links.get(links.size() - 1).plan().id()).append(" and no plan covers ")
                    .append(steps.isEmpty() ? Formats.count(pending.unplanned().size(), "change")
                            : String.join(", ", steps.stream().map(s -> "`" + s + "`").toList()))
                    .append(". Run `strata plan --name NAME` and commit the plan it writes.\n\n");
        } else {
            text.append("The plans cover the sources.\n\n");
        }
        for (var link : reviewed) {
            long destructive = link.plan().steps().stream().filter(s -> s.risk() == Risk.DESTRUCTIVE).count();
            long irreversible = link.plan().steps().stream().filter(Step::irreversible).count();
            text.append("- `").append(link.plan().id()).append("`: ")
                    .append(Formats.count(link.plan().steps().size(), "step"))
                    .append(destructive == 0 ? ", nothing destructive" : ", " + destructive + " destructive")
                    .append(irreversible == 0 ? "" : ", **" + irreversible + " not restored by rollback**")
                    .append(link.plan().dataLossAccepted() ? ", **data loss accepted**" : "").append('\n');
        }
        if (!reviewed.isEmpty()) {
            text.append('\n');
        }
        for (int i = first; i < links.size(); i++) {
            var link = links.get(i);
            Model from = i == 0 ? Model.EMPTY : links.get(i - 1).model();
            String review = project.config().root().relativize(link.directory().resolve("REVIEW.md")).toString()
                    .replace('\\', '/');
            text.append(ReviewWriter.forPullRequest(link.plan(), from, link.model(), review));
            text.append('\n').append(facades(from, link.model())).append("\n\n");
            text.append(onTarget.apply(link.plan().id()));
        }
        return text.toString();
    }

    /** The estimated locks of one plan on the target, as a Markdown table (or a line saying there are none). */
    static String locks(String planId, List<LockEstimate.Hold> holds, String target, Duration limit) {
        var text = new StringBuilder("**Locks on ").append(target).append("** (estimated from its live table sizes;"
                + " `strata apply` refuses ").append(limit.isZero() ? "none" : "holds over "
                + LockEstimate.seconds(limit)).append("): ");
        if (holds == null) {
            return text.append("none: the target has applied `").append(planId).append("` already.\n\n").toString();
        }
        if (holds.isEmpty()) {
            return text.append("none that keep a table with data from being written for a measurable time.\n\n")
                    .toString();
        }
        text.append("\n\n| table | lock | held for about | from step | table size | most of the time |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        for (LockEstimate.Hold hold : holds) {
            boolean over = !limit.isZero() && hold.estimate().compareTo(limit) > 0;
            String held = LockEstimate.seconds(hold.estimate());
            text.append("| ").append(hold.table()).append(" | ").append(hold.lock().sql()).append(" | ")
                    .append(over ? "**" + held + "** (over the limit)" : held).append(" | ").append(hold.fromStep())
                    .append(" | ").append(LockEstimate.size(hold.tableBytes()))
                    .append(hold.rows() > 0 ? ", about " + hold.rows() + " rows" : "").append(" | ")
                    .append(hold.cause()).append(" |\n");
        }
        return text.append('\n').toString();
    }

    /** The facade versions after a plan, and what the plan did to each. */
    private static String facades(Model from, Model to) {
        var lines = new ArrayList<String>();
        for (Facade facade : to.facades()) {
            boolean existed = from.facades().stream().anyMatch(f -> f.label().equals(facade.label()));
            lines.add(facade.label() + (existed ? "" : " (new)"));
        }
        for (Facade facade : from.facades()) {
            if (to.facades().stream().noneMatch(f -> f.label().equals(facade.label()))) {
                lines.add("~~" + facade.label() + "~~ (retired)");
            }
        }
        return "Facade versions after this plan: " + (lines.isEmpty() ? "none" : String.join(", ", lines)) + ".";
    }
}
