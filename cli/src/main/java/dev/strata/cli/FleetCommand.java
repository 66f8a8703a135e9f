package dev.strata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.RollbackRequest;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.facade.PublicPrivileges;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.fleet.FleetFile;
import dev.strata.fleet.FleetResult;
import dev.strata.fleet.FleetReport;
import dev.strata.fleet.FleetRunner;
import dev.strata.fleet.ReportPage;
import dev.strata.fleet.FleetTargets;
import dev.strata.fleet.RingResult;
import dev.strata.fleet.TargetOutcome;
import dev.strata.plan.Json;
import dev.strata.plan.PlanChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata fleet plan|apply|status|rollback|promote [FLEET]}: one project's sealed plans over the targets and
 * rings of a fleet file (docs/fleet.md), with the same runner as {@code apply} on each target.
 */
final class FleetCommand implements Command {

    private static final List<String> ACTIONS = List.of("plan", "apply", "status", "rollback", "promote", "report");

    /** The target options of the single-target commands; a fleet's targets come from its file. */
    private static final Set<String> NOT_FOR_FLEETS = Set.of("url", "embedded");

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String summary() {
        return "Roll a project's plans out over many databases, ring after ring (fleet.toml)";
    }

    @Override
    public String arguments() {
        return "plan|apply|status [FLEET] | rollback --to N [FLEET] | promote FACADE VERSION [FLEET]"
                + " | report --html OUT [FLEET]";
    }

    @Override
    public String description() {
        return "FLEET is a fleet file or a directory holding fleet.toml (default: the current directory); it names"
                + " the project, the targets and the rings (docs/fleet.md).\n"
                + "plan: what apply would do on every target, ring by ring (a dry run of each target's apply);"
                + " changes nothing.\n"
                + "apply: applies the project's pending plans on every target, one ring after the other, each target"
                + " as strata apply does (its lock, its history, its drift check). Within a ring at most parallelism"
                + " targets at once; after a ring that changed something, its bake time; then its health check on"
                + " each target. A failure in a ring whose on-failure is stop starts no other target of the ring and"
                + " leaves every later ring untouched. Run it again to continue where every target stands; several"
                + " runners on one fleet are safe (each target's lock). With --ring RING only that ring, once every"
                + " target of the rings before it has every plan.\n"
                + "status: where every target stands: current plan, pending plans, drift, a runner at work, the last"
                + " failure. Changes nothing and takes no lock.\n"
                + "rollback --to N: rolls every target back to plan number N (0: all), as strata rollback does, ring"
                + " by ring in reverse order (the last ring first); only --to, so a second run never rolls back"
                + " more. promote FACADE VERSION: makes that version live on every target, ring by ring (the canary"
                + " ring's roles first), as strata promote does; a target where it is live already is left as it is."
                + " To roll a promotion back, promote the version live before.\n"
                + "report --html OUT: writes the fleet's status page to OUT, one self-contained HTML file (no"
                + " external assets): rings, targets with their state, current plan and live facade versions,"
                + " failures with their messages, and each target's apply durations as a chart. Changes nothing.\n"
                + "Exit codes: 0 every target done (status: read, no drift); 1 the fleet file or the plans are invalid,"
                + " a health check failed, or --ring found a ring before it not done; 2 usage (no fleet file, rollback"
                + " without --to, no such ring); otherwise the code of the first failed target in rollout order, as"
                + " strata apply gives it (3 database error, 4 drift, 5 lock wait exceeded, 6 cannot connect); 4 for"
                + " status when a target drifted.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        for (Option option : RuntimeOptions.locking(new Options()).getOptions()) {
            if (!NOT_FOR_FLEETS.contains(option.getLongOpt())) {
                options.addOption(option);
            }
        }
        options.addOption(Option.builder().longOpt("ring").hasArg().argName("RING").desc("apply: only this ring,"
                + " once every target of the rings before it has every plan (else exit 1); for one pipeline job per"
                + " ring").get());
        options.addOption(Option.builder().longOpt("to").hasArg().argName("N").desc("rollback: roll back every"
                + " plan whose number is greater than N (0 undoes them all)").get());
        options.addOption(Option.builder().longOpt("drop-tables").hasArg().argName("TABLES").desc("rollback: tables"
                + " holding rows that the rollback may drop, as for strata rollback").get());
        options.addOption(Option.builder().longOpt("html").hasArg().argName("OUT").desc("report: the HTML file to"
                + " write").get());
        options.addOption(Option.builder().longOpt("role").hasArg().argName("ROLE").desc("promote: a live role to"
                + " switch (repeat for several); replaces live_roles from strata.toml").get());
        Formats.addFormat(options, "every ring with its targets' outcomes (state, plans, time, failure); progress"
                + " goes to stderr");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        List<String> args = line.getArgList();
        if (args.isEmpty() || !ACTIONS.contains(args.get(0))) {
            throw new UsageException("say which: strata fleet plan|apply|status|rollback|promote|report [FLEET]");
        }
        String action = args.get(0);
        int operands = action.equals("promote") ? 3 : 1;
        if (args.size() < operands) {
            throw new UsageException("give the facade and the version: strata fleet promote FACADE VERSION [FLEET]");
        }
        if (action.equals("rollback") && !line.hasOption("to")) {
            throw new UsageException("strata fleet rollback needs --to N (the plan number to go back to; 0 undoes"
                    + " every plan): a count of steps would roll back further on a second run");
        }
        if (action.equals("report") && !line.hasOption("html")) {
            throw new UsageException("strata fleet report needs --html OUT (the file to write the page to)");
        }
        FleetFile fleet = FleetFile.read(RuntimeOptions.projectDirectory(line, operands));
        ProjectConfig project = RuntimeProject.config(name(), fleet.project(), terminal);
        PlanChain plans = project.plans();
        ApplyOptions options = RuntimeOptions.applyOptions(line).withPublicPrivileges(new PublicPrivileges(
                project.revokeTemporary(), project.revokeLargeObjects()));
        boolean json = Formats.json(line);
        Terminal progress = json ? new Terminal(terminal.err(), terminal.err(), terminal.colour()) : terminal;
        Duration connectTimeout = RuntimeOptions.duration(line, "connect-timeout", Duration.ofSeconds(10));
        var rings = FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(),
                connectTimeout));
        FleetRunner runner = new FleetRunner(rings, RunnerIdentity.current(), RuntimeOptions.reporter(progress),
                connectTimeout);
        if (action.equals("report")) {
            return report(runner.report(plans), Path.of(line.getOptionValue("html")), terminal);
        }
        FleetResult result = switch (action) {
            case "plan" -> runner.plan(plans, options);
            case "apply" -> line.hasOption("ring") ? runner.apply(plans, options, line.getOptionValue("ring"))
                    : runner.apply(plans, options);
            case "rollback" -> {
                RollbackRequest request = RollbackCommand.request(line);
                yield runner.rollback(plans, request.toSequence(), request.dropTables(), options);
            }
            case "promote" -> runner.promote(project.name(), promoteRequest(line, project, terminal), options);
            default -> runner.status(plans);
        };
        ExitCode code = exitCode(result);
        if (json) {
            ObjectNode tree = Json.mapper().valueToTree(result);
            tree.put("exitCode", code.code());
            terminal.out().print(Json.pretty(tree));
        } else {
            print(result, terminal);
        }
        return code;
    }

    /** Writes the page; exit 0 when it is written, whatever the targets' states (the page shows them). */
    private static ExitCode report(FleetReport report, Path out, Terminal terminal) throws CommandFailure {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, ReportPage.html(report));
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "strata fleet report: cannot write " + out + ": " + e.getMessage()
                    + ". Give --html a file in a directory you can write to.");
        }
        int targets = report.rings().stream().mapToInt(ring -> ring.targets().size()).sum();
        terminal.out().println("Wrote the status page of " + Formats.count(targets, "target") + " in "
                + Formats.count(report.rings().size(), "ring") + " to " + out + ".");
        return ExitCode.OK;
    }

    private static PromoteRequest promoteRequest(CommandLine line, ProjectConfig project, Terminal terminal) {
        String facade = line.getArgList().get(1);
        int version = PromoteCommand.version(line.getArgList().get(2));
        return PromoteRequest.of(project.name(), facade, version, PromoteCommand.roles(line, project, facade,
                terminal));
    }

    /** The first failure in rollout order decides; a failed health check is a failed check (1). */
    static ExitCode exitCode(FleetResult result) {
        var failure = result.firstFailure();
        if (failure.isPresent()) {
            if (failure.get().state() == TargetOutcome.State.UNHEALTHY) {
                return ExitCode.VALIDATION;
            }
            return failure.get().failureKind() == null ? ExitCode.INTERNAL : ExitCode.of(failure.get().failureKind());
        }
        return result.count(TargetOutcome.State.DRIFTED) > 0 ? ExitCode.DRIFT : ExitCode.OK;
    }

    private static void print(FleetResult result, Terminal terminal) {
        boolean status = result.command().equals("status");
        List<String[]> cells = new ArrayList<>();
        cells.add(status ? new String[] {"ring", "target", "state", "current plan", "pending"}
                : new String[] {"ring", "target", "state", column(result.command()), "time"});
        for (TargetOutcome target : result.targets()) {
            String plans = plans(target.plans());
            if (target.resumed() != null) {
                plans = "finished " + target.resumed() + (target.plans().isEmpty() ? "" : "; " + plans);
            }
            cells.add(status ? new String[] {target.ring(), target.target(), state(target),
                    target.currentPlan() == null ? "none" : target.currentPlan(), plans}
                    : new String[] {target.ring(), target.target(), state(target), plans, time(target)});
        }
        terminal.out().print(Columns.render(cells));
        for (TargetOutcome target : result.targets()) {
            if (target.failure() != null) {
                String label = target.failed() ? terminal.red(state(target)) : terminal.yellow(state(target));
                terminal.out().println(label + " " + target.ring() + "/" + target.target() + " (" + target.display()
                        + "): " + target.failure().replace("\n", "\n  "));
            }
        }
        terminal.out().println(summary(result));
    }

    /** {@code -}, {@code 0006_a, 0007_b}, or from three on {@code 0001_a … 0007_b (7 plans)}; --json lists all. */
    private static String plans(List<String> plans) {
        if (plans.isEmpty()) {
            return "-";
        }
        if (plans.size() < 3) {
            return String.join(", ", plans);
        }
        return plans.get(0) + " … " + plans.get(plans.size() - 1) + " (" + plans.size() + " plans)";
    }

    /** How long the target took; {@code -} when it was not started. */
    private static String time(TargetOutcome target) {
        boolean started = target.state() != TargetOutcome.State.UNTOUCHED
                && target.state() != TargetOutcome.State.SKIPPED;
        return started ? target.durationMs() + " ms" : "-";
    }

    private static String column(String command) {
        return switch (command) {
            case "plan" -> "would apply";
            case "rollback" -> "rolled back";
            case "promote" -> "promoted";
            default -> "applied";
        };
    }

    private static String state(TargetOutcome target) {
        return target.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code fleet apply: 10 targets in 3 rings: 9 applied, 1 failed; stopped at ring canary}. */
    static String summary(FleetResult result) {
        List<String> counts = new ArrayList<>();
        for (TargetOutcome.State state : TargetOutcome.State.values()) {
            long n = result.count(state);
            if (n > 0) {
                counts.add(n + " " + state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        int targets = result.targets().size();
        String text = "fleet " + result.command() + ": " + Formats.count(targets, "target") + " in "
                + Formats.count(result.rings().size(), "ring") + (counts.isEmpty() ? "" : ": " + String.join(", ",
                counts));
        if (result.stoppedAt() != null) {
            List<String> later = result.rings().stream().dropWhile(ring -> !ring.name().equals(result.stoppedAt()))
                    .skip(1).map(RingResult::name).toList();
            text += "; ring " + result.stoppedAt() + " stopped the line" + (later.isEmpty() ? ""
                    : " (untouched: " + String.join(", ", later) + ")");
        }
        return text;
    }
}
