package dev.strata.engine.lock;

import java.time.Instant;

/** The session holding a target's advisory lock, as pg_locks and pg_stat_activity describe it. */
public record LockHolder(int pid, String applicationName, String user, String clientAddress, Instant connectedAt,
                         String state) {

    public String describe() {
        return "pid " + pid + " (application '" + (applicationName == null ? "" : applicationName) + "', user "
                + user + (clientAddress == null ? "" : ", from " + clientAddress)
                + (connectedAt == null ? "" : ", holding it since " + connectedAt) + ")";
    }
}
