package dev.strata.spring;

/**
 * Start-up refused by the starter: {@code problem} says what is wrong, {@code action} what to do about it (Spring
 * Boot prints both through {@link StrataFailureAnalyzer}).
 */
public final class StrataStartupException extends RuntimeException {

    private final String problem;
    private final String action;

    public StrataStartupException(String problem, String action) {
        this(problem, action, null);
    }

    public StrataStartupException(String problem, String action, Throwable cause) {
        super(problem + " " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    public String problem() {
        return problem;
    }

    public String action() {
        return action;
    }
}
