package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata check}: parses the sources, runs every semantic check, verifies the plans, and plans what is not
 * planned yet without writing it; fails the build on any error. Bound to {@code validate}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends StrataMojo {

    /** {@code text} (default) or {@code json} (the diagnostics as a JSON array). */
    @Parameter(property = "strata.format")
    String format;

    @Override
    String command() {
        return "check";
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        option(args, "format", format);
        return args;
    }
}
