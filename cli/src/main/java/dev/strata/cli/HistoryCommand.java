package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Database;
import dev.strata.engine.state.HistoryEntry;
import dev.strata.plan.Json;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class HistoryCommand implements Command {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return "List every apply, rollback and failure recorded on a target";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Lists the rows of strata.history, oldest first: what was done to this database (plan, action,"
                + " outcome), when, how long it took, and by whom (database user, OS user and host). --json prints"
                + " every recorded field, including checksums, fingerprints and error texts.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.target(new Options());
        Formats.addFormat(options, "every field of every row");
        options.addOption(Option.builder().longOpt("limit").hasArg().argName("N").desc("Only the last N rows")
                .get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        int limit = RuntimeOptions.count(line, "limit", Integer.MAX_VALUE);
        try (Database database = RuntimeOptions.open(line, project)) {
            List<HistoryEntry> rows = RuntimeOptions.runner(database, terminal).history();
            rows = rows.subList(Math.max(0, rows.size() - limit), rows.size());
            if (Formats.json(line)) {
                terminal.out().print(Json.pretty(rows));
            } else if (rows.isEmpty()) {
                terminal.out().println("no history on " + database.target().display());
            } else {
                terminal.out().print(table(rows));
            }
            return ExitCode.OK;
        }
    }

    static String table(List<HistoryEntry> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"ID", "STARTED", "ACTION", "PLAN", "OUTCOME", "DURATION", "BY", "NOTE"});
        for (HistoryEntry row : rows) {
            cells.add(new String[] {Long.toString(row.id()), String.valueOf(row.startedAt()).replace('T', ' '),
                    row.action(), row.planId(), row.outcome(),
                    row.durationMs() == null ? "" : row.durationMs() + " ms",
                    row.dbUser() + " (" + row.osUser() + "@" + row.host() + ")", note(row)});
        }
        return Columns.render(cells);
    }

    private static String note(HistoryEntry row) {
        List<String> notes = new ArrayList<>();
        if (row.failedStep() != null) {
            notes.add("step " + row.failedStep() + ": " + row.errorSummary());
        }
        if (row.interrupted()) {
            notes.add("the runner (" + row.runner() + ") stopped before it finished; nothing of its transaction"
                    + " remains");
        } else if (row.outcome().equals(HistoryEntry.RUNNING)) {
            notes.add("in progress (" + row.runner() + ")");
        }
        if (row.action().equals(HistoryEntry.RECAPTURE)) {
            notes.add("live schema captured anew: the expected capture was of an older format, drift not checked");
        }
        if (row.driftDetected()) {
            notes.add(row.allowDrift() ? "drift overridden (--allow-drift)" : "drift");
        }
        return String.join("; ", notes);
    }
}
