package dev.strata.engine.database;

import java.nio.file.Path;

/**
 * A postmaster still running on the embedded data directory although no Strata process owns it: its owner was
 * killed (SIGKILL leaves PostgreSQL running, as pg_ctl detaches it). It is stopped so the next start can proceed.
 * Only called while holding the directory's owner lock exclusively, and only when no record says
 * {@code strata embedded start} left it running ({@link ServerLeftRunning}), so the server cannot belong to a live
 * Strata process nor to a user who asked for it to stay.
 */
final class OrphanedPostmaster {

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Postmaster.running(dataDirectory).ifPresent(Postmaster::stopOrKill); // its clients are gone
    }
}
