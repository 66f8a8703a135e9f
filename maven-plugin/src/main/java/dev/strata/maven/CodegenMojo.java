package dev.strata.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code strata codegen}: Java bindings of one facade version (a record per view, a class with a method per view,
 * key, function and procedure), written under {@code outputDirectory}, which becomes a source root of the build:
 * the application compiles against the version of the database API it was built for. Bound to
 * {@code generate-sources}.
 */
@Mojo(name = "codegen", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CodegenMojo extends StrataMojo {

    /** The facade, as the sources name it ({@code shop_api}). */
    @Parameter(property = "strata.facade", required = true)
    String facade;

    /** The facade's version the application is built against ({@code 3}). */
    @Parameter(property = "strata.facadeVersion", required = true)
    Integer facadeVersion;

    /** The Java package of the bindings ({@code com.example.shop.api.v3}). */
    @Parameter(property = "strata.package", required = true)
    String packageName;

    /** Where the sources are written, in their package directories; added to the compile source roots. */
    @Parameter(property = "strata.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/strata")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    String command() {
        return "codegen";
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        option(args, "facade", facade);
        option(args, "version", facadeVersion);
        option(args, "package", packageName);
        option(args, "out", outputDirectory.getPath());
        return args;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        super.execute();
        if (!skip) {
            project.addCompileSourceRoot(outputDirectory.getPath());
        }
    }
}
