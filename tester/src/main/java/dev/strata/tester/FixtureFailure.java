package dev.strata.tester;

/** A fixture file failed to load; the message names the file and line. */
final class FixtureFailure extends RuntimeException {
    FixtureFailure(String message) {
        super(message);
    }
}
