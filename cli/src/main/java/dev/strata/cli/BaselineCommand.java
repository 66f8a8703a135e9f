package dev.strata.cli;

import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Database;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.introspect.Baseline;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code strata baseline [DIR]}: records plans as applied on a database that already has their schema. */
final class BaselineCommand implements Command {

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary() {
        return "Record plans as applied on a database that already has their schema, running nothing";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return """
                For a database Strata has not run on yet whose schema already is what the project's plans \
                build (an imported database, or one set up by hand): records the plans of DIR (default: the \
                current directory) as applied, up to the latest plan whose target is the live schema, or up to \
                --plan, without running any step. The live schema is read as strata import reads it and must \
                match that plan's target exactly; otherwise nothing is recorded and the differences are shown. \
                Later applies start from there, and their drift checks compare with the schema seen now.
                Exit codes: 0 recorded; 1 no plans, or the database already has plans applied; 4 the live schema \
                is not the plan's target; 5 lock wait exceeded; 6 cannot connect.""";
    }

    @Override
    public Options options() {
        var options = ScratchUrl.add(RuntimeOptions.locking(new Options()));
        options.addOption(Option.builder().longOpt("plan").hasArg().argName("ID")
                .desc("Record the plans up to this one (e.g. 0001_baseline); default: the latest that matches").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws Exception {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        var chain = MigrationChain.load(project);
        try (Database database = RuntimeOptions.openForChanges(line, project, terminal)) {
            var recorded = Baseline.record(database, chain, project.name(), line.getOptionValue("plan"),
                    RunnerIdentity.current(), RuntimeOptions.applyOptions(line), RuntimeOptions.reporter(terminal),
                    ScratchUrl.server(line, project));
            terminal.out().println("Recorded " + String.join(", ", recorded) + " as applied on "
                    + database.target().display() + " (no step was run).");
            return ExitCode.OK;
        }
    }
}
