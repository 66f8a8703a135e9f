package dev.strata.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs against a target database, chosen as the command line chooses it: {@code url}, else
 * {@code STRATA_URL}, {@code [database] url} in strata.toml, the {@code PG*} variables, and last the project's
 * embedded PostgreSQL in {@code .strata/embedded/}. An empty {@code url} is an error, never a reason to use the next.
 */
abstract class TargetMojo extends StrataMojo {

    /** The target: {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P} or {@code postgresql://U:P@HOST/DB}. */
    @Parameter(property = "strata.url")
    String url;

    /** Use the project's embedded PostgreSQL even when another source names a target (not with {@code url}). */
    @Parameter(property = "strata.embedded", defaultValue = "false")
    boolean embedded;

    /** How long to try to connect, e.g. {@code 10s}. */
    @Parameter(property = "strata.connectTimeout")
    String connectTimeout;

    void target(List<String> args) {
        option(args, "url", url);
        flag(args, "embedded", embedded);
        option(args, "connect-timeout", connectTimeout);
    }
}
