package dev.strata.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata test}: applies the plans on a scratch database (an embedded PostgreSQL started for the run, or the
 * server of {@code url}), checks each against its model, rolls it back and applies it again, then runs the project's
 * SQL tests; the results go to a JUnit XML report under {@code target/}, where CI servers read Surefire's. Bound to
 * {@code test}; skipped by {@code -DskipTests} and {@code -Dmaven.test.skip} as Surefire is.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class TestMojo extends StrataMojo {

    /** A PostgreSQL server to make the scratch databases on (needs CREATEDB); default: an embedded one. */
    @Parameter(property = "strata.scratchUrl")
    String url;

    /** Rows generated into every core table before each tested plan. */
    @Parameter(property = "strata.generateData")
    Integer generateData;

    /** Test only the last N plans (the earlier ones are applied, not tested). */
    @Parameter(property = "strata.last")
    Integer last;

    /** The JUnit XML report: one testsuite per plan, one testcase per check. */
    @Parameter(property = "strata.junitXml", defaultValue = "${project.build.directory}/strata-reports/TEST-strata.xml")
    File junitXml;

    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    @Override
    String command() {
        return "test";
    }

    @Override
    boolean skippedOtherwise() {
        return skipTests || mavenTestSkip;
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        option(args, "url", url);
        option(args, "generate-data", generateData);
        option(args, "last", last);
        File parent = junitXml.getAbsoluteFile().getParentFile();
        if (parent != null) {
            parent.mkdirs();
        }
        option(args, "junit-xml", junitXml.getPath());
        return args;
    }
}
