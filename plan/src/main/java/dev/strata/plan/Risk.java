package dev.strata.plan;

/**
 * How much a step can hurt: SAFE (no data at stake), DATA_DEPENDENT (may fail or take long depending on the data,
 * for example a new NOT NULL or a type change), DESTRUCTIVE (removes data; needs a backup or accepted loss).
 */
public enum Risk {
    SAFE, DATA_DEPENDENT, DESTRUCTIVE
}
