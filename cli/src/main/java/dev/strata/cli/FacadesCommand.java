package dev.strata.cli;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.engine.database.Database;
import dev.strata.engine.plans.ChainVerifier;
import dev.strata.plan.Json;
import dev.strata.plan.PlanChain;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class FacadesCommand implements Command {

    @Override
    public String name() {
        return "facades";
    }

    @Override
    public String summary() {
        return "List every facade version with its state on a target (live, in flight, retired)";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Lists every facade version known to the sources of DIR, to its plans, or to the target's"
                + " strata.facade_release: its schema, its state on the target (live: the version the live roles"
                + " use; in flight: deployed, usable by clients that pin it; retired: its schema was dropped; not"
                + " deployed: no applied plan created it yet), whether its source is present (a version in flight"
                + " without a source is retired by the next plan), the plan that deployed or retired it, and who"
                + " promoted it when. --json prints the same rows as JSON.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.target(new Options());
        Formats.addFormat(options, "the rows");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectFile file = RuntimeProject.file(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        ProjectConfig project = file.config();
        Compilation sources = Compiler.compile(project.root(), file);
        PlanChain plans = project.plans();
        ChainVerifier.requireReadable(plans);
        plans.problems().forEach(p -> terminal.err().println(terminal.yellow("warning: ") + p.line()));
        try (Database database = RuntimeOptions.open(line, project)) {
            List<FacadeListing.Row> rows = FacadeListing.rows(sources.model(), plans.plans(),
                    RuntimeOptions.runner(database, terminal).facades());
            if (Formats.json(line)) {
                terminal.out().print(Json.pretty(rows));
            } else if (rows.isEmpty()) {
                terminal.out().println("no facade versions in " + project.root() + " or on "
                        + database.target().display());
            } else {
                terminal.out().print(FacadeListing.table(rows));
            }
            return ExitCode.OK;
        }
    }
}
