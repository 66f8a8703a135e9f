package dev.strata.engine.apply;

import dev.strata.engine.drift.DriftDetector;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;

/**
 * What every plan of one command run shares: the project, who runs, the options, where to report, the catalog
 * capture, and the drift found before the run ({@code catalogBefore} is the live fingerprint then).
 */
public record RunContext(String project, RunnerIdentity identity, ApplyOptions options, Reporter reporter,
                         DriftDetector drift, boolean driftDetected) {
}
