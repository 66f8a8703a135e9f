package dev.strata.engine;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.time.Duration;

/**
 * A runner in its own JVM, for tests that kill it: applies {@link SleepyPlans#sleepy} to the database at
 * {@code args[0]}, sleeping {@code args[1]} seconds inside the plan's transaction. Exits 0 on success, 10 + the problem kind otherwise.
 */
public final class ApplyChild {

    /** The OS user name the child reports, so its sessions can be told apart in pg_stat_activity. */
    static final String IDENTITY = "apply-child";

    private ApplyChild() {
    }

    public static void main(String[] args) {
        Target target = new Target(args[0], "postgres", null, "test", false);
        RunnerIdentity identity = new RunnerIdentity(IDENTITY, RunnerIdentity.current().host(),
                RunnerIdentity.current().toolVersion(), ProcessHandle.current().pid());
        try (Database database = Database.connect(target, identity, Duration.ofSeconds(10))) {
            new Runner(database, identity, Reporter.to(System.out))
                    .apply(SleepyPlans.sleepy(Integer.parseInt(args[1])), ApplyOptions.defaults());
            System.exit(0);
        } catch (StrataException e) {
            System.err.println(e.problem().render());
            System.exit(10 + e.kind().ordinal());
        }
    }
}
