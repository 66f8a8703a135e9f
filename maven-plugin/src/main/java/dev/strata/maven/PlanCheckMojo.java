package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata plan --check}: fails the build when the sources hold changes that no plan covers, or when the plans
 * have problems (an edited {@code up.sql}, a broken chain). Writes nothing, touches no database. Bound to
 * {@code validate}.
 */
@Mojo(name = "plan-check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class PlanCheckMojo extends StrataMojo {

    /** {@code text} (default) or {@code json}. */
    @Parameter(property = "strata.format")
    String format;

    @Override
    String command() {
        return "plan";
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        args.add("--check");
        option(args, "format", format);
        return args;
    }
}
