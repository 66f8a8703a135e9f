package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata rollback}: rolls back the last applied plan (or the last {@code steps}, or every plan after number
 * {@code to}), restoring what the plans' backups hold and keeping what the way back removes. Not bound to a phase.
 */
@Mojo(name = "rollback", threadSafe = true)
public class RollbackMojo extends ChangeMojo {

    /** Roll back the last K plans (default 1); not with {@code to}. */
    @Parameter(property = "strata.steps")
    Integer steps;

    /** Roll back every plan whose number is above N ({@code 0}: all of them). */
    @Parameter(property = "strata.to")
    Integer to;

    /** Tables holding rows that the rollback may drop, schema-qualified and comma-separated; their rows are kept. */
    @Parameter(property = "strata.dropTables")
    String dropTables;

    @Override
    String command() {
        return "rollback";
    }

    @Override
    List<String> options() throws MojoExecutionException {
        if (steps != null && to != null) {
            throw new MojoExecutionException("Give either <steps> (strata.steps) or <to> (strata.to), not both:"
                    + " steps rolls back the last K plans, to rolls back every plan after number N.");
        }
        var args = new ArrayList<String>();
        change(args);
        option(args, "steps", steps);
        option(args, "to", to);
        option(args, "drop-tables", dropTables);
        return args;
    }
}
