package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Target;
import dev.strata.engine.database.TargetResolver;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The server scratch databases are made on (plan verification, {@code strata test}, baseline and diff read-backs):
 * a URL given on the command line, else strata.toml's {@code [scratch] url}, else none (an embedded server). A
 * database is created and dropped there for each use, so the role needs CREATEDB; the URL's own database is never
 * written.
 */
final class ScratchUrl {

    static final String OPTION = "scratch-url";

    private ScratchUrl() {
    }

    /** Adds {@code --scratch-url URL}. */
    static Options add(Options options) {
        options.addOption(Option.builder().longOpt(OPTION).hasArg().argName("URL").desc("A PostgreSQL server to"
                + " make scratch databases on (needs CREATEDB; each is created and dropped there), for extensions"
                + " the embedded server lacks; default: [scratch] url in strata.toml, else an embedded server").get());
        return options;
    }

    /** The server of {@code --scratch-url}, else of {@code project}'s {@code [scratch] url} (project may be null). */
    static Target server(CommandLine line, ProjectConfig project) {
        return server(line.getOptionValue(OPTION), "--" + OPTION, project);
    }

    /** The server of {@code url} (given as {@code option}), else of {@code project}'s {@code [scratch] url}. */
    static Target server(String url, String option, ProjectConfig project) {
        return fromUrls(url, option, project == null ? null : project.scratchUrl());
    }

    /** The server of {@code url} (given as {@code option}), else of {@code projectUrl}, strata.toml's [scratch] url. */
    static Target fromUrls(String url, String option, String projectUrl) {
        String chosen = url != null ? url : projectUrl;
        if (chosen == null) {
            return null;
        }
        String source = url != null ? option : "[scratch] url in strata.toml";
        if (chosen.isBlank()) {
            throw new UsageException(source + " is empty: give the URL of a PostgreSQL server to make scratch"
                    + " databases on, or leave it out for an embedded server");
        }
        return TargetResolver.fromUrl(chosen, source);
    }
}
