package dev.strata.engine;

/**
 * Which plans to roll back: the last {@code steps} plans, or every plan after sequence {@code toSequence}
 * ({@code --to 0} rolls everything back). Exactly one of the two is set. {@code dropTables} names the tables
 * holding rows that the rollback may drop (qualified, {@code core.customer}); any other such table stops it.
 */
public record RollbackRequest(Integer steps, Integer toSequence, java.util.Set<String> dropTables) {

    public RollbackRequest(Integer steps, Integer toSequence) {
        this(steps, toSequence, java.util.Set.of());
    }

    public RollbackRequest {
        dropTables = java.util.Set.copyOf(dropTables);
        if ((steps == null) == (toSequence == null)) {
            throw new IllegalArgumentException("give either steps or toSequence");
        }
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1");
        }
        if (toSequence != null && toSequence < 0) {
            throw new IllegalArgumentException("toSequence must be 0 or more");
        }
    }

    /** The same request, allowed to drop these tables although they hold rows (their rows are kept). */
    public RollbackRequest droppingTables(java.util.Collection<String> tables) {
        return new RollbackRequest(steps, toSequence, java.util.Set.copyOf(tables));
    }

    public static RollbackRequest last() {
        return new RollbackRequest(1, null);
    }

    public static RollbackRequest steps(int count) {
        return new RollbackRequest(count, null);
    }

    public static RollbackRequest to(int sequence) {
        return new RollbackRequest(null, sequence);
    }
}
