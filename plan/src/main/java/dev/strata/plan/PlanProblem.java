package dev.strata.plan;

/**
 * Something wrong with the plans of a migrations directory, found before anything runs. {@code planId} is the plan
 * it is about (null for the directory itself), {@code file} the file to look at, as messages name it
 * ({@code migrations/0002_add-phone/up.sql}); {@code message} says what is wrong and {@code hint} what to do.
 * The compiler reports each kind under its own diagnostic code; the engine refuses to run.
 */
public record PlanProblem(Kind kind, String planId, String file, String message, String hint) {

    public enum Kind {
        /** A plan that cannot be read: no plan.json, not JSON, a format this Strata does not know (S2030). */
        UNREADABLE("S2030"),
        /** A file of a plan differs from what was sealed: plan.json, up.sql, down.sql or REVIEW.md (S2031). */
        EDITED("S2031"),
        /** The numbering: a gap, a duplicate number, a directory that is not a plan (S2032). */
        NUMBERING("S2032"),
        /** The links: a plan that does not follow the one before it, or belongs to another project (S2033). */
        CHAIN("S2033"),
        /** The source snapshot schema.strata of a plan is missing or was edited (S2034). */
        SNAPSHOT("S2034");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The diagnostic code this kind of problem is reported under. */
        public String code() {
            return code;
        }
    }

    /** {@code plan.id: message; hint}: one line, for the engine's refusals. */
    public String line() {
        return message + (hint == null ? "" : "; " + hint);
    }
}
