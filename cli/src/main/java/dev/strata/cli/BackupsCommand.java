package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.PruneRequest;
import dev.strata.engine.database.Database;
import dev.strata.engine.state.BackupEntry;
import dev.strata.plan.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class BackupsCommand implements Command {

    @Override
    public String name() {
        return "backups";
    }

    @Override
    public String summary() {
        return "List or prune the backups taken before destructive steps";
    }

    @Override
    public String arguments() {
        return "list|prune [DIR]";
    }

    @Override
    public String description() {
        return "list: shows the backup tables in schema strata_backup with the plan and step that took them, the"
                + " source table and columns, the row count, and whether a rollback restored them.\n"
                + "prune: drops backup tables no rollback needs any more (restored ones and those of plans no longer"
                + " applied), optionally only those older than --older-than. --include-live also drops backups of"
                + " plans still applied; rolling those plans back can then no longer restore their data.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.locking(new Options());
        Formats.addFormat(options, "the backups (list)");
        options.addOption(Option.builder().longOpt("older-than").hasArg().argName("DURATION").desc("prune: only"
                + " backups older than this, e.g. 7d, 12h").get());
        options.addOption(Option.builder().longOpt("include-live").desc("prune: also drop backups that a rollback"
                + " of an applied plan would need").get());
        options.addOption(Option.builder().longOpt("dry-run").desc("prune: show what would be dropped").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        List<String> args = line.getArgList();
        if (args.isEmpty() || !(args.get(0).equals("list") || args.get(0).equals("prune"))) {
            throw new UsageException("say which: 'strata backups list [DIR]' or 'strata backups prune [DIR]'");
        }
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 1), terminal);
        try (Database database = RuntimeOptions.open(line, project)) {
            var runner = RuntimeOptions.runner(database, terminal);
            if (args.get(0).equals("list")) {
                List<BackupEntry> backups = runner.backups();
                terminal.out().print(Formats.json(line) ? Json.pretty(backups) : table(backups));
                return ExitCode.OK;
            }
            terminal.out().println("target: " + database.target().describe());
            PruneRequest request = new PruneRequest(RuntimeOptions.duration(line, "older-than", Duration.ZERO),
                    line.hasOption("include-live"), line.hasOption("dry-run"));
            List<BackupEntry> pruned = runner.pruneBackups(request, RuntimeOptions.applyOptions(line));
            String verb = request.dryRun() ? "would drop" : "dropped";
            pruned.forEach(backup -> terminal.out().println(verb + " strata_backup." + backup.backupTable()
                    + " (plan " + backup.planId() + ", step " + backup.step() + ", " + backup.rowCount() + " rows)"));
            if (pruned.isEmpty()) {
                terminal.out().println("no backups to prune");
            }
            return ExitCode.OK;
        }
    }

    private static String table(List<BackupEntry> backups) {
        if (backups.isEmpty()) {
            return "no backups\n";
        }
        List<String> lines = new ArrayList<>();
        for (BackupEntry backup : backups) {
            String state = backup.prunedAt() != null ? "pruned " + backup.prunedAt()
                    : backup.restoredAt() != null ? "restored " + backup.restoredAt() : "kept";
            lines.add("strata_backup." + backup.backupTable() + "  plan " + backup.planId() + " step " + backup.step()
                    + "  " + backup.sourceTable() + " (" + String.join(", ", backup.columns()) + ")  "
                    + backup.rowCount() + " rows  taken by " + (backup.byRollback() ? "rollback " : "apply ")
                    + backup.createdAt() + "  " + state);
        }
        return String.join("\n", lines) + "\n";
    }
}
