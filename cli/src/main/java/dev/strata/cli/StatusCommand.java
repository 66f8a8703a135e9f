package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.Status;
import dev.strata.engine.database.Database;
import dev.strata.engine.plans.ChainVerifier;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.Json;
import dev.strata.plan.PlanChain;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class StatusCommand implements Command {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "Show the current plan, pending plans, drift and the last failure of a target";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Shows which plan the target is at, which plans in DIR/migrations are still pending, whether the live"
                + " schema drifted from what the last apply left, and the last failure if nothing succeeded since."
                + " Changes nothing and takes no lock.\n"
                + "Exit codes: 0 no drift, 4 drift, 1 plans unreadable, 6 cannot connect.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.target(new Options());
        Formats.addFormat(options, "the status");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        PlanChain plans = project.plans();
        ChainVerifier.requireReadable(plans);
        plans.problems().forEach(p -> terminal.err().println(terminal.yellow("warning: ") + p.line()));
        try (Database database = RuntimeOptions.open(line, project)) {
            Status status = RuntimeOptions.runner(database, terminal).status(plans);
            var notManaged = NotModelled.inManagedSchemas(terminal, database, project, plans);
            if (Formats.json(line)) {
                var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(status);
                json.set("notManaged", Json.mapper().valueToTree(notManaged));
                terminal.out().print(Json.pretty(json));
            } else {
                print(status, terminal);
            }
            return status.drift().drifted() ? ExitCode.DRIFT : ExitCode.OK;
        }
    }

    private static void print(Status status, Terminal terminal) {
        var out = terminal.out();
        out.println("target:        " + status.target());
        out.println("current plan:  " + (status.currentPlan() == null ? "none" : status.currentPlan()
                + (status.currentIncomplete() ? " (non-transactional steps pending: run apply to finish)" : "")));
        out.println("pending plans: " + (status.pendingPlans().isEmpty() ? "none"
                : String.join(", ", status.pendingPlans())));
        if (!status.drift().baseline()) {
            out.println("drift:         unknown (nothing applied yet)");
        } else if (status.drift().notChecked() != null) {
            out.println("drift:         " + terminal.yellow("not checked") + " (" + status.drift().notChecked()
                    + "; the next apply or rollback records a capture in the current format)");
        } else if (status.drift().drifted()) {
            out.println("drift:         " + terminal.red("yes") + " (- expected, + found, ~ expected => found)");
            status.drift().diff().forEach(line -> out.println("  " + line));
        } else {
            out.println("drift:         no");
        }
        HistoryEntry running = status.inProgress();
        if (running != null) {
            out.println("in progress:   " + terminal.yellow(running.action() + " of " + running.planId()) + " by "
                    + running.runner() + ", started " + running.startedAt());
        }
        for (var backfill : status.backfills()) {
            out.println("backfill:      " + terminal.yellow(backfill.source()) + " (plan " + backfill.planId()
                    + ", step " + backfill.step() + "): " + backfill.rowsDone() + " of about "
                    + Math.max(backfill.rowsEstimate(), backfill.rowsDone()) + " rows"
                    + (backfill.lastKey().isEmpty() ? "" : ", up to key " + String.join(", ", backfill.lastKey()))
                    + ", last batch " + backfill.updatedAt() + "; apply resumes it");
        }
        HistoryEntry failure = status.lastFailure();
        if (failure == null) {
            out.println("last failure:  none");
        } else if (failure.interrupted()) {
            out.println("last failure:  " + terminal.red(failure.action() + " of " + failure.planId()
                    + " interrupted") + ", started " + failure.startedAt() + " by " + failure.runner() + ": "
                    + failure.errorSummary());
        } else {
            out.println("last failure:  " + terminal.red(failure.action() + " of " + failure.planId()) + " at step "
                    + failure.failedStep() + ", " + failure.startedAt() + ": " + failure.errorSummary());
        }
    }
}
