package dev.strata.engine.apply;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Plan;
import dev.strata.plan.ServerRequirement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Before an apply runs anything, compares what its pending plans need of PostgreSQL ({@link Plan#requires()}: a
 * {@code UNIQUE NULLS NOT DISTINCT} needs 15) with the target's major version, so that a plan made and proven on a
 * newer server is refused up front on an older one, naming what needs what, instead of failing halfway through the
 * chain. A rollback needs no such check: its reverses only go back to what the database held on this server.
 */
public final class ServerVersionGuard {

    private ServerVersionGuard() {
    }

    /** The pending plans' requirements {@code major} does not meet, as lines for a message (empty: none). */
    public static List<String> unmet(List<Plan> pending, int major) {
        var lines = new ArrayList<String>();
        for (Plan plan : pending) {
            for (ServerRequirement requirement : plan.unmetOn(major)) {
                lines.add("plan " + plan.id() + ": " + requirement.describe());
            }
        }
        return lines;
    }

    /** Refuses (exit 1, nothing run) when a pending plan needs a newer server than the one {@code connection} is on. */
    public static void require(Connection connection, List<Plan> pending) throws SQLException {
        if (pending.stream().allMatch(plan -> plan.requires().isEmpty())) {
            return;
        }
        int major = connection.getMetaData().getDatabaseMajorVersion();
        List<String> unmet = unmet(pending, major);
        if (!unmet.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "The target runs PostgreSQL " + major + " ("
                    + connection.getMetaData().getDatabaseProductVersion() + "), older than a pending plan needs;"
                    + " nothing was run.", "  " + String.join("\n  ", unmet) + "\nApply on a server of that version"
                    + " or later (upgrade this one), or change the sources so the plan does without it and make the"
                    + " plan again."));
        }
    }
}
