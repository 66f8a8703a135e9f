package dev.strata.engine;

/**
 * Which plans to roll back: the last {@code steps} plans, or every plan after sequence {@code toSequence}
 * ({@code --to 0} rolls everything back). Exactly one of the two is set.
 */
public record RollbackRequest(Integer steps, Integer toSequence) {

    public RollbackRequest {
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
