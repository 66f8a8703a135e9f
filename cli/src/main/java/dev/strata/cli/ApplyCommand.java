package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.ApplyResult;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.facade.PublicPrivileges;
import dev.strata.engine.database.Database;
import dev.strata.plan.Json;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class ApplyCommand implements Command {

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String summary() {
        return "Apply the pending plans of a project to a database, each in one transaction";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Applies the plans in DIR/migrations (DIR defaults to the current directory) that the target has not"
                + " applied yet, in order. Before anything runs it takes the target's advisory lock, verifies the"
                + " plans' checksums and chain, and compares the live schema with what the last apply left (drift"
                + " stops it unless --allow-drift). Each plan runs in one transaction together with its backups and"
                + " its history row; steps PostgreSQL cannot run in a transaction (CREATE INDEX CONCURRENTLY, the"
                + " validation of a constraint added NOT VALID, the backfill of an online column type change, and the"
                + " switch after it in a transaction of its own) follow in a resumable phase. On failure nothing of the"
                + " failing plan's transaction remains and the failure is recorded; a failure in the resumable phase"
                + " keeps the committed part, and the next apply resumes there. A plan that would keep a table locked"
                + " against writes longer than --max-lock (estimated from the live table sizes) is refused before"
                + " anything runs.\n"
                + "Exit codes: 0 applied or nothing to do, 1 plans invalid, 3 database error, 4 drift, 5 lock wait"
                + " exceeded, 6 cannot connect.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.locking(new Options());
        options.addOption(Option.builder().longOpt("dry-run").desc("Print the SQL that would run, in order, and"
                + " change nothing").get());
        options.addOption(Option.builder().longOpt("max-lock").hasArg().argName("DURATION").desc("Refuse a plan that"
                + " would keep a table locked against writes longer than this, estimated from the tables' live sizes"
                + " before anything runs, e.g. 5s, 1m (default: [database] max_lock in strata.toml, else 5s; 0: no"
                + " limit)").get());
        options.addOption(Option.builder().longOpt("allow-long-locks").desc("Apply even when a plan would lock a"
                + " table longer than --max-lock (a maintenance window); the estimate is still printed").get());
        options.addOption(Option.builder().longOpt("backfill-batch").hasArg().argName("ROWS").desc("Rows a backfill"
                + " (of an online column type change) fills per transaction (default "
                + ApplyOptions.DEFAULT_BACKFILL_BATCH + ")").get());
        options.addOption(Option.builder().longOpt("backfill-delay").hasArg().argName("DURATION").desc("Pause between"
                + " two batches of a backfill, to leave the server room, e.g. 50ms (default 0)").get());
        options.addOption(Option.builder().longOpt("offline").desc("Run each plan not started yet whole in one"
                + " transaction, for a maintenance window: its backfills as one UPDATE, its validations and concurrent"
                + " index builds inside it (a build in its plain form); nothing of a plan remains if a step fails."
                + " Locks are held to the commit").get());
        options.addOption(Option.builder().longOpt("export-backup").hasArg().argName("DIR").desc("Also write every"
                + " backup table taken to DIR as CSV (COPY), one file per table").get());
        Formats.addFormat(options, "the result (plans applied, plan resumed, files exported, dry-run script);"
                + " progress and problems still go to stderr");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        ApplyOptions options = RuntimeOptions.applyOptions(line).withDryRun(line.hasOption("dry-run"))
                .withPublicPrivileges(new PublicPrivileges(project.revokeTemporary(), project.revokeLargeObjects()));
        options = options.withMaxLock(maxLock(line, project))
                .withBackfill(backfillBatch(line), RuntimeOptions.duration(line, "backfill-delay", Duration.ZERO));
        if (line.hasOption("offline")) {
            for (String batched : List.of("backfill-batch", "backfill-delay")) {
                if (line.hasOption(batched)) {
                    throw new UsageException("--offline fills a backfill's rows with one UPDATE in the plan's"
                            + " transaction, so --" + batched + " does not apply; give one of them");
                }
            }
            options = options.withOffline(true);
        }
        if (line.hasOption("export-backup")) {
            options = options.withExportBackupDir(Path.of(line.getOptionValue("export-backup")));
        }
        PlanChain plans = project.plans();
        try (Database database = RuntimeOptions.openForChanges(line, project, terminal)) {
            boolean json = Formats.json(line);
            Terminal progress = json ? new Terminal(terminal.err(), terminal.err(), terminal.colour()) : terminal;
            var notManaged = NotModelled.inManagedSchemas(terminal, database, project, plans);
            ApplyResult result = RuntimeOptions.runner(database, progress).apply(plans, options);
            if (json) {
                var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(result);
                tree.set("notManaged", Json.mapper().valueToTree(notManaged));
                terminal.out().print(Json.pretty(tree));
            } else {
                report(result, database, terminal);
            }
            return ExitCode.OK;
        }
    }

    private static int backfillBatch(CommandLine line) {
        String value = line.getOptionValue("backfill-batch");
        if (value == null) {
            return ApplyOptions.DEFAULT_BACKFILL_BATCH;
        }
        try {
            int rows = Integer.parseInt(value.strip().replace("_", ""));
            if (rows >= 1) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--backfill-batch is '" + value + "'; give a number of rows of at least 1, e.g."
                + " --backfill-batch 5000");
    }

    /** --max-lock, else strata.toml's [database] max_lock, else the default; --allow-long-locks: no limit. */
    static Duration maxLock(CommandLine line, ProjectConfig project) {
        if (line.hasOption("allow-long-locks")) {
            if (line.hasOption("max-lock")) {
                throw new UsageException("--allow-long-locks lifts the limit that --max-lock sets; give one of them");
            }
            return Duration.ZERO;
        }
        if (line.hasOption("max-lock")) {
            return RuntimeOptions.duration(line, "max-lock", ApplyOptions.DEFAULT_MAX_LOCK);
        }
        return project.maxLock() == null ? ApplyOptions.DEFAULT_MAX_LOCK
                : RuntimeOptions.parseDuration(project.maxLock(), "[database] max_lock in strata.toml");
    }

    private static void report(ApplyResult result, Database database, Terminal terminal) {
        if (result.dryRun()) {
            terminal.out().print(result.dryRunScript());
            terminal.out().println("-- dry run: " + (result.applied().isEmpty() ? "nothing to apply"
                    : Formats.count(result.applied().size(), "plan") + " would be applied") + " to " + database.target().display());
            return;
        }
        if (result.resumed() != null) {
            terminal.out().println(terminal.green("finished") + " plan " + result.resumed());
        }
        if (!result.applied().isEmpty()) {
            terminal.out().println(terminal.green("applied") + " " + Formats.count(result.applied().size(), "plan") + ": "
                    + String.join(", ", result.applied()) + " to " + database.target().display());
        }
    }
}
