package dev.strata.cli;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Database;
import dev.strata.introspect.FacadeSchema;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.UnmanagedDeclarations;
import dev.strata.introspect.Unsupported;
import dev.strata.introspect.UnsupportedDifference;
import java.sql.SQLException;
import java.util.List;

/**
 * How the commands that read live databases say what those hold that Strata does not model: one warning per list
 * (with its code), one line per object (kind, name, reason); the objects {@code strata.toml} declares unmanaged as
 * one summary line; each declaration that matches nothing as a warning of its own (S4004).
 */
final class NotModelled {

    private NotModelled() {
    }

    /**
     * What {@code strata status} and {@code strata apply} say before anything else: the objects in the project's
     * managed schemas (the core and the facade versions of the last plan) that Strata does not model, as warning
     * S4003 (those declared unmanaged as one summary line, stale declarations as S4004). Returns the objects
     * reported, for the JSON output.
     */
    static List<Unsupported> inManagedSchemas(Terminal terminal, Database database, ProjectConfig project,
                                              dev.strata.plan.PlanChain plans) {
        List<Unsupported> objects;
        try {
            objects = LiveDatabases.read(database, new IntrospectionRequest(project.coreSchema(), facades(plans)))
                    .unsupported();
        } catch (SQLException e) {
            throw new dev.strata.engine.errors.StrataException(
                    dev.strata.engine.database.DatabaseErrors.translate(e, database.target()), e);
        }
        var declarations = new UnmanagedDeclarations(project.unmanaged());
        var split = declarations.split(objects);
        boolean one = split.reported().size() == 1;
        String them = one ? "it" : "them";
        warn(terminal, Code.NOT_MANAGED, split.reported(), (one ? "is" : "are")
                + " in the managed schemas but not managed by Strata: no plan creates or changes " + them + "; manage "
                + them + " by hand, or declare " + them + " unmanaged in strata.toml ([unmanaged] objects)");
        declared(terminal, split);
        return split.reported();
    }

    /**
     * The facade versions the plans lead to, as the schemas that hold them: every version a plan's step deploys that
     * no later step retires (read from plan.json, which every command verifies, not from a snapshot).
     */
    private static List<FacadeSchema> facades(dev.strata.plan.PlanChain plans) {
        var live = new java.util.LinkedHashMap<String, FacadeSchema>();
        for (var plan : plans.plans()) {
            for (var step : plan.steps()) {
                var t = step.target();
                if (step.deploysFacade(true)) {
                    live.put(t.schema(), new FacadeSchema(t.schema(), t.facade(), t.version()));
                } else if (step.deploysFacade(false)) {
                    live.remove(t.schema());
                }
            }
        }
        return List.copyOf(live.values());
    }

    /** {@code warning[CODE]: N objects …what…}, then one line per object. Nothing when the list is empty. */
    static void warn(Terminal terminal, Code code, List<Unsupported> objects, String what) {
        if (objects.isEmpty()) {
            return;
        }
        terminal.err().println(terminal.yellow("warning[" + code.code() + "]: ")
                + Formats.count(objects.size(), "object") + " " + what);
        objects.forEach(u -> terminal.err().println("  " + u.kind() + " " + u.name() + ": " + u.reason()));
    }

    /** The summary line of the objects left alone as declared, and a warning per declaration that matched nothing. */
    static void declared(Terminal terminal, UnmanagedDeclarations.Split split) {
        if (split.leftAlone() > 0) {
            terminal.err().println("note: " + Formats.count(split.leftAlone(), "object") + " left alone as declared"
                    + " unmanaged in strata.toml.");
        }
        for (String entry : split.stale()) {
            terminal.err().println(terminal.yellow("warning[" + Code.STALE_UNMANAGED.code() + "]: ")
                    + "strata.toml declares \"" + entry + "\" unmanaged, but no such object was found; correct the"
                    + " entry in [unmanaged] objects, or remove it if the object is gone");
        }
    }

    /** {@code warning[S4005]: …}, then one line per object that differs between the two sides. */
    static void differences(Terminal terminal, List<UnsupportedDifference> differences, String from, String to) {
        if (differences.isEmpty()) {
            return;
        }
        terminal.err().println(terminal.yellow("warning[" + Code.UNMODELLED_DIFFERENCES.code() + "]: ")
                + Formats.count(differences.size(), "object") + " that Strata does not model "
                + (differences.size() == 1 ? "differs" : "differ") + " between " + from + " and " + to
                + "; no plan can bring them over: change them by hand, or declare them unmanaged in strata.toml");
        differences.forEach(d -> terminal.err().println("  " + d.object() + ": " + where(d, from, to)));
    }

    static String where(UnsupportedDifference difference, String from, String to) {
        return switch (difference.where()) {
            case ONLY_FROM -> "only in " + from;
            case ONLY_TO -> "only in " + to;
            case DIFFERENT -> "defined differently";
        };
    }
}
