package dev.strata.compiler.planner;

import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A step while the plan is being made: its SQL both ways and its facts, plus the keys that place it in the
 * dependency graph. Becomes a {@link Step} once ordered and numbered.
 */
final class Draft {

    final String change;
    final StepTarget target;
    final String object;
    final int rank;
    String sql;
    String reverseSql;
    LockLevel lock = LockLevel.NONE;
    boolean rewritesTable;
    boolean scansTable;
    boolean transactional = true;
    /** For a step outside the transaction only because of CONCURRENTLY: the same change inside one (apply --offline). */
    String offlineSql;
    Risk risk = Risk.SAFE;
    boolean irreversible;
    String note;
    /** Builds the backup once the step's number (and so the backup table's name) is known. */
    Function<String, BackupSql> backup;
    /** Builds the backup the reverse needs (what a rollback would destroy), once its table's name is known. */
    Function<String, Backup> reverseBackup;

    /** Objects this step creates; steps using them come after. */
    final Set<String> creates = new LinkedHashSet<>();
    /** Objects this step drops; steps that drop their dependents come before. */
    final Set<String> drops = new LinkedHashSet<>();
    /** Objects this step changes so that dependents must be dropped before and recreated after. */
    final Set<String> modifies = new LinkedHashSet<>();
    /** Objects the step's forward SQL needs to exist in their new form. */
    final Set<String> newUses = new LinkedHashSet<>();
    /** Objects the dropped thing depended on (their drop must wait for this step). */
    final Set<String> oldUses = new LinkedHashSet<>();
    /**
     * Objects the step's reverse SQL needs in their old form, beyond {@link #oldUses}: an old routine body put back
     * in place reads the old names. Only the order of the way back looks at them.
     */
    final Set<String> reverseUses = new LinkedHashSet<>();
    /**
     * The step replaces a body in place (CREATE OR REPLACE): its reverse swaps the old body back in one statement,
     * so nothing has to wait for it to stop using the new names first.
     */
    boolean replacesInPlace;
    /** The forward SQL drops the step's target (plan.json's {@code drops}): the runtime checks its dependents. */
    boolean dropsTarget;
    /** The reverse SQL drops the step's target (plan.json's {@code reverseDrops}). */
    boolean reverseDropsTarget;
    /** What else the forward SQL drops or replaces besides the target (a column's old default). */
    final List<StepTarget> alsoDrops = new ArrayList<>();
    /** What else the reverse SQL drops or replaces besides the target. */
    final List<StepTarget> alsoReverseDrops = new ArrayList<>();
    /**
     * Turns a step that would run outside the transaction back into its single-statement form inside it; set only on
     * steps that may run either way (a dropped index). The planner runs it when a step of the transaction has to come
     * after this one.
     */
    Runnable inTransaction;
    /** What the runtime fills in batches for this step (it then runs outside the transaction); null for most. */
    dev.strata.plan.Backfill backfill;
    /**
     * On the switch of an online change: the key the last step outside the transaction before it creates (its
     * backfill, or the validation after that). The steps that must come before the switch (dropping the views that
     * read the column) wait for it too, so they join the switch's transaction: nothing is dropped while the backfill
     * runs.
     */
    String afterBackfill;
    /** Facade versions this step belongs to or affects, as {@code shop_api v2}. */
    final Set<String> facades = new TreeSet<>();

    Draft(String change, StepTarget target, String object, int rank, String sql, String reverseSql) {
        this.change = change;
        this.target = target;
        this.object = object;
        this.rank = rank;
        this.sql = sql;
        this.reverseSql = reverseSql;
    }

    Draft lock(LockLevel level) {
        this.lock = level;
        return this;
    }

    Draft risk(Risk level) {
        this.risk = level;
        return this;
    }

    Draft rewrites() {
        this.rewritesTable = true;
        this.scansTable = true;
        return this;
    }

    Draft scans() {
        this.scansTable = true;
        return this;
    }

    /** The forward SQL drops the target. */
    Draft dropping() {
        this.dropsTarget = true;
        return this;
    }

    /** The reverse SQL drops the target (the step creates it). */
    Draft creating() {
        this.reverseDropsTarget = true;
        return this;
    }

    Draft note(String text) {
        this.note = note == null ? text : note + " " + text;
        return this;
    }

    /** The capture statement and the reverse that restores from the backup table. */
    record BackupSql(Backup backup, String reverseSql) {
    }
}
