package dev.strata.tester;

/** One check of one plan: its name, whether it passed, how long it took, and what went wrong. */
public record CheckResult(String name, Status status, long millis, String message) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public static CheckResult passed(String name, long millis) {
        return new CheckResult(name, Status.PASSED, millis, "");
    }

    public static CheckResult failed(String name, long millis, String message) {
        return new CheckResult(name, Status.FAILED, millis, message);
    }

    public static CheckResult skipped(String name, String reason) {
        return new CheckResult(name, Status.SKIPPED, 0, reason);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
