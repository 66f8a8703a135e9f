package dev.strata.engine.errors;

/** Carries a {@link Problem} up to the command line, which prints it and exits with its code. */
public class StrataException extends RuntimeException {

    private final Problem problem;

    public StrataException(Problem problem) {
        this(problem, null);
    }

    public StrataException(Problem problem, Throwable cause) {
        super(problem.render(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public ProblemKind kind() {
        return problem.kind();
    }
}
