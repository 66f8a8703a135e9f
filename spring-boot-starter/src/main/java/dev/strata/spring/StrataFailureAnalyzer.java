package dev.strata.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a start-up the starter refused as Spring Boot's "APPLICATION FAILED TO START": description and action. */
final class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StrataStartupException cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
