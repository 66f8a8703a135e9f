package dev.strata.plan;

import dev.strata.plan.sql.Sql;
import java.util.List;

/**
 * {@code up.sql} and {@code down.sql}: the steps of a plan as plain SQL that psql can run by hand in an
 * emergency. Transactional steps run in one transaction, like the runtime runs them; steps that PostgreSQL cannot
 * run in a transaction come after it going up, and before it coming down.
 */
public final class SqlScripts {

    private static final String BEGIN = Sql.of("BEGIN").build();
    private static final String COMMIT = Sql.of("COMMIT").build();
    /** Steps outside the transaction run one by one, each committed on its own, as the runtime runs them. */
    private static final String OUTSIDE = "\n-- Outside the transaction, one step at a time, each committed on its own:"
            + " PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.\n";

    private SqlScripts() {
    }

    public static String up(Plan plan) {
        var text = new StringBuilder();
        text.append("-- Strata plan ").append(plan.id()).append(": forward\n");
        text.append("-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).\n");
        searchPath(text, plan);
        List<Step> inside = plan.steps().stream().filter(s -> !plan.deferred(s)).toList();
        List<Step> outside = plan.steps().stream().filter(plan::deferred).toList();
        if (!inside.isEmpty()) {
            text.append('\n').append(BEGIN).append('\n');
            for (Step step : inside) {
                forward(text, step);
            }
            text.append('\n').append(COMMIT).append('\n');
        }
        if (!outside.isEmpty()) {
            text.append(OUTSIDE);
            for (List<Step> run : Plan.runs(outside)) {
                inTransactionIfSeveral(text, run, true);
            }
        }
        return text.toString();
    }

    public static String down(Plan plan) {
        var text = new StringBuilder();
        text.append("-- Strata plan ").append(plan.id()).append(": the way back\n");
        text.append("-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).\n");
        searchPath(text, plan);
        List<Step> reversed = plan.stepsBackwards();
        List<Step> outside = reversed.stream().filter(plan::deferred).toList();
        List<Step> inside = reversed.stream().filter(s -> !plan.deferred(s)).toList();
        if (!outside.isEmpty()) {
            text.append(OUTSIDE);
            for (List<Step> run : Plan.runs(outside)) {
                inTransactionIfSeveral(text, run, false);
            }
        }
        if (!inside.isEmpty()) {
            text.append('\n').append(BEGIN).append('\n');
            for (Step step : inside) {
                reverse(text, step);
            }
            text.append('\n').append(COMMIT).append('\n');
        }
        return text.toString();
    }

    /** Verbatim SQL from the sources names core objects without their schema, as the runtime's session does. */
    private static void searchPath(StringBuilder text, Plan plan) {
        text.append("\n").append(searchPathSql(plan.coreSchema())).append('\n');
    }

    /** The search path every step of a plan expects: the core schema, then public. */
    public static String searchPathSql(String coreSchema) {
        return searchPathSql(coreSchema, false);
    }

    /**
     * {@link #searchPathSql(String)}, or with {@code local} as {@code SET LOCAL} for the current transaction only.
     * The core schema is always quoted, {@code public} included, as plans have always written it.
     */
    public static String searchPathSql(String coreSchema, boolean local) {
        return Sql.set("search_path", local).id(coreSchema).comma().kw("public").build();
    }

    /**
     * A run of deferred steps: a step outside any transaction as it is; transactional steps after one (the switch of
     * an online change and what follows it) in a transaction of their own.
     */
    private static void inTransactionIfSeveral(StringBuilder text, List<Step> run, boolean up) {
        boolean transaction = run.get(0).transactional();
        if (transaction) {
            text.append('\n').append(BEGIN).append('\n');
        }
        for (Step step : run) {
            if (up) {
                forward(text, step);
            } else {
                reverse(text, step);
            }
        }
        if (transaction) {
            text.append('\n').append(COMMIT).append('\n');
        }
    }

    private static void forward(StringBuilder text, Step step) {
        text.append("\n-- step ").append(step.number()).append(": ").append(step.change()).append(' ')
                .append(step.object()).append(" (lock: ").append(step.lock().sql()).append(")\n");
        if (step.backup() != null) {
            text.append("-- backup of ").append(step.backup().source()).append(" into strata_backup.")
                    .append(step.backup().table()).append('\n');
            text.append(step.backup().captureSql()).append('\n');
        }
        text.append(step.sql()).append('\n');
        Backup kept = step.reverseBackup();
        if (kept != null && kept.restoreSql() != null) {
            text.append("-- if a rollback kept rows in strata_backup.").append(kept.table())
                    .append(", the runtime puts them back here (reverseBackup.restoreSql in plan.json)\n");
        }
    }

    private static void reverse(StringBuilder text, Step step) {
        text.append("\n-- undo step ").append(step.number()).append(": ").append(step.change()).append(' ')
                .append(step.object());
        if (step.irreversible()) {
            text.append(" (irreversible: data is not restored)");
        }
        text.append('\n');
        if (step.reverseBackup() != null) {
            text.append("-- keep what the way back removes: ").append(step.reverseBackup().source())
                    .append(" into strata_backup.").append(step.reverseBackup().table()).append('\n');
            text.append(step.reverseBackup().captureSql()).append('\n');
        }
        text.append(step.reverseSql()).append('\n');
    }
}
