package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.RollbackRequest;
import dev.strata.engine.database.Database;
import dev.strata.plan.Json;
import dev.strata.plan.PlanChain;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class RollbackCommand implements Command {

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String summary() {
        return "Undo the last applied plan (or more), restoring backed-up data";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Rolls back the last applied plan (or the last K with --steps, or every plan after number N with"
                + " --to N; --to 0 undoes them all). Each plan's reverse steps run in reverse order in one"
                + " transaction, restoring the data its backups hold: dropped columns and tables come back with"
                + " their values, rows written since into surviving columns are kept. History records each"
                + " rollback. What the way back removes of data written since the apply (an added column's values,"
                + " the rows of a created table) is kept in strata_backup and put back when the plan is applied"
                + " again; a rollback that would drop a table holding rows is refused unless --drop-tables names it."
                + " A plan with irreversible steps is refused before anything runs.\n"
                + "Exit codes: 0 done or nothing to do, 1 plans invalid or irreversible, 3 database error, 4 drift,"
                + " 5 lock wait exceeded, 6 cannot connect.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.locking(new Options());
        options.addOption(Option.builder().longOpt("to").hasArg().argName("N").desc("Roll back every plan whose"
                + " number is above N (0 = all of them)").get());
        Formats.addFormat(options, "the plans rolled back; progress and problems still go to stderr");
        options.addOption(Option.builder().longOpt("steps").hasArg().argName("K").desc("Roll back the last K plans"
                + " (default 1); not with --to").get());
        options.addOption(Option.builder().longOpt("drop-tables").hasArg().argName("TABLES").desc("Tables holding"
                + " rows that the rollback may drop, comma-separated and schema-qualified (core.customer); their"
                + " rows are kept in strata_backup and put back when the plan is applied again").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        RollbackRequest request = request(line);
        PlanChain plans = project.plans();
        try (Database database = RuntimeOptions.openForChanges(line, project, terminal)) {
            boolean json = Formats.json(line);
            Terminal progress = json ? new Terminal(terminal.err(), terminal.err(), terminal.colour()) : terminal;
            List<String> done = RuntimeOptions.runner(database, progress).rollback(plans, request,
                    RuntimeOptions.applyOptions(line));
            if (json) {
                terminal.out().print(Json.pretty(java.util.Map.of("rolledBack", done)));
            } else if (!done.isEmpty()) {
                terminal.out().println(terminal.green("rolled back") + " " + Formats.count(done.size(), "plan") + ": "
                        + String.join(", ", done) + " on " + database.target().display());
            }
            return ExitCode.OK;
        }
    }

    static RollbackRequest request(CommandLine line) {
        RollbackRequest request = plans(line);
        String tables = line.getOptionValue("drop-tables");
        if (tables == null) {
            return request;
        }
        var names = new java.util.ArrayList<String>();
        for (String name : tables.split(",")) {
            String table = name.strip();
            if (!table.matches("[^.\\s]+\\.[^.\\s]+")) {
                throw new UsageException("--drop-tables expects schema-qualified table names separated by commas,"
                        + " e.g. core.customer,core.purchase, not '" + name + "'");
            }
            names.add(table);
        }
        return request.droppingTables(names);
    }

    private static RollbackRequest plans(CommandLine line) {
        if (line.hasOption("to") && line.hasOption("steps")) {
            throw new UsageException("give --to or --steps, not both");
        }
        if (line.hasOption("to")) {
            return RollbackRequest.to(number(line.getOptionValue("to"), "--to", 0));
        }
        if (line.hasOption("steps")) {
            return RollbackRequest.steps(number(line.getOptionValue("steps"), "--steps", 1));
        }
        return RollbackRequest.last();
    }

    private static int number(String value, String label, int minimum) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(label + " expects a whole number of " + minimum + " or more, not '" + value + "'");
    }
}
