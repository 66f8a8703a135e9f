package dev.strata.plan;

/**
 * A PostgreSQL major version a plan needs, and why: {@code feature} is what the plan's SQL uses that older servers
 * lack ({@code UNIQUE NULLS NOT DISTINCT}), {@code object} where it is used ({@code core.account.account_email_key}).
 * The planner records them (only those newer than the oldest server Strata supports); the runtime compares them with
 * the target's version before a plan's first statement, so a plan made and proven on one major version is refused on
 * an older one up front, with the reason, instead of failing halfway.
 */
public record ServerRequirement(int major, String feature, String object) {

    /** How the requirement reads in a message: {@code UNIQUE NULLS NOT DISTINCT (core.a.k) needs PostgreSQL 15}. */
    public String describe() {
        return feature + " (" + object + ") needs PostgreSQL " + major + " or later";
    }
}
