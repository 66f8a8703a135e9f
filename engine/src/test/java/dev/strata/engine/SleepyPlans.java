package dev.strata.engine;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;

import dev.strata.plan.PlanChain;
import java.util.List;

/** A one-plan chain whose middle step sleeps, so a test can catch a runner inside its transaction. */
final class SleepyPlans {

    private SleepyPlans() {
    }

    static PlanChain sleepy(int seconds) {
        return chain("shop", List.of(
                step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                step(2, "CREATE TABLE core.customer (id bigint PRIMARY KEY, email text)", "DROP TABLE core.customer"),
                step(3, "SELECT pg_sleep(" + seconds + ")", "SELECT 1"),
                step(4, "CREATE TABLE core.purchase (id bigint PRIMARY KEY)", "DROP TABLE core.purchase")));
    }
}
