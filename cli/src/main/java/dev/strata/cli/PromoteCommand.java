package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Database;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.facade.PromoteResult;
import dev.strata.plan.Json;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class PromoteCommand implements Command {

    @Override
    public String name() {
        return "promote";
    }

    @Override
    public String summary() {
        return "Make a facade version live (or roll a release back by promoting the previous one)";
    }

    @Override
    public String arguments() {
        return "FACADE VERSION [DIR]  |  --previous FACADE [DIR]";
    }

    @Override
    public String description() {
        return "Marks VERSION of FACADE live in strata.facade_release and sets the default search_path of the live"
                + " roles in this database to the version's schema (FACADE_vVERSION): new sessions of those roles"
                + " use it, sessions already open keep theirs, clients that pin a version are not affected. The live"
                + " roles are the --role options, else live_roles of [facades.FACADE] in strata.toml. The version"
                + " must be in flight: deployed by an applied plan and not retired. Metadata only, one short"
                + " transaction under the target's lock, recorded in strata.history (action promote). Rolling back"
                + " a release is promoting the version live before it: strata promote FACADE OLD, or --previous.\n"
                + "Exit codes: 0 promoted, 1 not in flight or unknown role, 2 usage, 3 database error, 5 lock wait"
                + " exceeded, 6 cannot connect.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.target(new Options());
        options.addOption(Option.builder().longOpt("lock-wait").hasArg().argName("DURATION").desc("How long to"
                + " wait for another runner to release the target's lock (default 30s)").get());
        options.addOption(Option.builder().longOpt("role").hasArg().argName("ROLE").desc("A live role to switch"
                + " (repeat for several); replaces live_roles from strata.toml").get());
        options.addOption(Option.builder().longOpt("previous").desc("Promote the version that was live before"
                + " the current one").get());
        Formats.addFormat(options, "the result");
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        List<String> args = line.getArgList();
        boolean previous = line.hasOption("previous");
        int directoryIndex = previous ? 1 : 2;
        if (args.size() < directoryIndex) {
            throw new UsageException(previous ? "give the facade: strata promote --previous FACADE [DIR]"
                    : "give the facade and the version: strata promote FACADE VERSION [DIR]");
        }
        String facade = args.get(0);
        Integer version = previous ? null : version(args.get(1));
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, directoryIndex),
                terminal);
        List<String> roles = roles(line, project, facade, terminal);
        PromoteRequest request = new PromoteRequest(project.name(), facade, version, previous, roles);
        try (Database database = RuntimeOptions.openForChanges(line, project, terminal)) {
            PromoteResult result = RuntimeOptions.runner(database, terminal)
                    .promote(request, RuntimeOptions.applyOptions(line));
            if (Formats.json(line)) {
                terminal.out().print(Json.pretty(result));
            } else {
                terminal.out().println(terminal.green("promoted") + " " + facade + " v" + result.version()
                        + (result.previous() == null ? "" : " (was v" + result.previous() + ")") + " on "
                        + database.target().display() + (roles.isEmpty() ? ""
                        : ": new sessions of " + String.join(", ", roles) + " use schema " + result.schema()));
            }
            return ExitCode.OK;
        }
    }

    static int version(String text) {
        try {
            int version = Integer.parseInt(text);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("VERSION must be a positive whole number, not '" + text + "'");
    }

    /** The roles to switch: --role (repeated), else the facade's live_roles in strata.toml; a warning when none. */
    static List<String> roles(CommandLine line, ProjectConfig project, String facade, Terminal terminal) {
        String[] given = line.getOptionValues("role");
        List<String> roles = given != null && given.length > 0 ? List.of(given) : project.liveRoles(facade);
        if (roles.isEmpty()) {
            terminal.err().println(terminal.yellow("warning: ") + "no live roles for " + facade + " (--role, or"
                    + " live_roles in [facades." + facade + "] of strata.toml): the version is marked live, no"
                    + " role's search_path changes");
        }
        return roles;
    }
}
