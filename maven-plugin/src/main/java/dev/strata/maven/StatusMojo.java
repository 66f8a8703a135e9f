package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata status}: which plan the target is at, which are pending, whether its schema drifted (which fails
 * the build, as the command's exit code 4 says). Changes nothing, takes no lock. Not bound to a phase.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends TargetMojo {

    /** Print the status as JSON. */
    @Parameter(property = "strata.json", defaultValue = "false")
    boolean json;

    @Override
    String command() {
        return "status";
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        target(args);
        flag(args, "json", json);
        return args;
    }
}
