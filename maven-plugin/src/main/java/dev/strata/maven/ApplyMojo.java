package dev.strata.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code strata apply}: applies the plans the target has not applied yet, each in one transaction with its backups
 * and its history row, under the target's lock and after the drift check. Not bound to a phase: run it as
 * {@code mvn strata:apply} or bind it where a deployment belongs.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends ChangeMojo {

    /** Print the SQL that would run, in order, and change nothing. */
    @Parameter(property = "strata.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Also write every backup table taken to this directory as CSV. */
    @Parameter(property = "strata.exportBackup")
    File exportBackup;

    /**
     * Refuse a plan that would keep a table locked against writes longer than this (estimated from the live table
     * sizes), e.g. 5s; default: strata.toml's [database] max_lock, else 5s; 0: no limit.
     */
    @Parameter(property = "strata.maxLock")
    String maxLock;

    /** Apply even when a plan would lock a table longer than maxLock (a maintenance window). */
    @Parameter(property = "strata.allowLongLocks", defaultValue = "false")
    boolean allowLongLocks;

    /** Run each plan not started yet whole in one transaction (a maintenance window): strata apply --offline. */
    @Parameter(property = "strata.offline", defaultValue = "false")
    boolean offline;

    @Override
    String command() {
        return "apply";
    }

    @Override
    List<String> options() {
        var args = new ArrayList<String>();
        change(args);
        flag(args, "dry-run", dryRun);
        option(args, "export-backup", exportBackup == null ? null : exportBackup.getPath());
        option(args, "max-lock", maxLock);
        flag(args, "allow-long-locks", allowLongLocks);
        flag(args, "offline", offline);
        return args;
    }
}
