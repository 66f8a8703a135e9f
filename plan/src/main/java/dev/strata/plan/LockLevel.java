package dev.strata.plan;

/** PostgreSQL's table lock modes, weakest first, plus NONE for steps that lock no table. */
public enum LockLevel {
    NONE,
    ACCESS_SHARE,
    ROW_SHARE,
    ROW_EXCLUSIVE,
    SHARE_UPDATE_EXCLUSIVE,
    SHARE,
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    /** As PostgreSQL's documentation writes it: {@code ACCESS EXCLUSIVE}. */
    public String sql() {
        return name().replace('_', ' ');
    }

    /** Whether this lock blocks plain reads (SELECT) of the table while it is held. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** Whether this lock blocks writes (INSERT, UPDATE, DELETE) of the table while it is held. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }
}
