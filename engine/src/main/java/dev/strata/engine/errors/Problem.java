package dev.strata.engine.errors;

/**
 * Something that stops a command, told to a person: a one-line {@code title} and a {@code detail} paragraph that
 * says what happened and what to do next, plus its kind, which decides the exit code a pipeline sees.
 */
public record Problem(ProblemKind kind, String title, String detail) {

    public Problem {
        detail = detail == null ? "" : detail;
    }

    /** Title and detail as printed by the command line. */
    public String render() {
        return detail.isEmpty() ? title : title + "\n" + detail;
    }
}
