package dev.strata.engine.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything that decides the target, in the order it is consulted: {@code --url}, {@code STRATA_URL}, the project
 * file's {@code [database] url}, the libpq variables, then the embedded server under {@code projectRoot}
 * ({@code --embedded} skips straight to it). {@code embeddedWait} bounds how long a second process waits for the
 * embedded server another Strata process is using.
 */
public record TargetSettings(String urlOption, boolean embeddedForced, Map<String, String> environment,
                             String projectUrl, Path projectRoot, Duration embeddedWait) {

    public TargetSettings {
        environment = Map.copyOf(environment);
        embeddedWait = embeddedWait == null ? Duration.ofSeconds(30) : embeddedWait;
    }

    public static TargetSettings fromEnvironment(String urlOption, boolean embeddedForced, String projectUrl,
                                                 Path projectRoot) {
        return new TargetSettings(urlOption, embeddedForced, System.getenv(), projectUrl, projectRoot, null);
    }

    public TargetSettings withEmbeddedWait(Duration wait) {
        return new TargetSettings(urlOption, embeddedForced, environment, projectUrl, projectRoot, wait);
    }
}
