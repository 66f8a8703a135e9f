package dev.strata.engine.state;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Strata's own tables in schema {@code strata}, created on first use and versioned by a small internal migration
 * list, so a later Strata can change them: each entry runs once, in order, in one transaction, recorded in
 * {@code strata.state_version}. A database whose state is newer than this tool is refused rather than misread.
 */
public final class StateSchema {

    public static final String SCHEMA = "strata";
    public static final String BACKUP_SCHEMA = "strata_backup";

    /** Index i holds the DDL that brings the state from version i to version i + 1. */
    private static final List<List<String>> MIGRATIONS = List.of(version1(), version2(), version3(), version4(),
            version5(), version6());

    private static List<String> version1() {
        return List.of(
                table("history",
                        column("id", "bigserial PRIMARY KEY"),
                        column("project", "text"),
                        column("action", "text NOT NULL CHECK").open().id("action").kw("IN")
                                .lits(List.of("apply", "rollback", "promote")).close(),
                        column("outcome", "text NOT NULL CHECK").open().id("outcome").kw("IN")
                                .lits(List.of("running", "applied", "incomplete", "rolled_back", "failed")).close(),
                        column("plan_id", "text NOT NULL"),
                        column("plan_sequence", "integer NOT NULL"),
                        column("plan_checksum", "text NOT NULL"),
                        column("model_fingerprint_before", "text"),
                        column("model_fingerprint_after", "text"),
                        column("catalog_fingerprint_before", "text"),
                        column("catalog_fingerprint_after", "text"),
                        column("started_at", "timestamptz NOT NULL"),
                        column("finished_at", "timestamptz"),
                        column("duration_ms", "bigint"),
                        column("db_user", "text NOT NULL DEFAULT current_user"),
                        column("os_user", "text"),
                        column("host", "text"),
                        column("tool_version", "text"),
                        column("allow_drift", "boolean NOT NULL DEFAULT false"),
                        column("drift_detected", "boolean NOT NULL DEFAULT false"),
                        column("failed_step", "integer"),
                        column("error_text", "text")),
                table("catalog_snapshot",
                        column("fingerprint", "text PRIMARY KEY"),
                        column("body", "text NOT NULL"),
                        column("captured_at", "timestamptz NOT NULL DEFAULT now()")),
                table("backups",
                        column("id", "bigserial PRIMARY KEY"),
                        column("backup_table", "text NOT NULL"),
                        column("plan_id", "text NOT NULL"),
                        column("plan_sequence", "integer NOT NULL"),
                        column("step", "integer NOT NULL"),
                        column("source_table", "text NOT NULL"),
                        column("columns", "text NOT NULL"),
                        column("key_columns", "text NOT NULL"),
                        column("row_count", "bigint NOT NULL"),
                        column("history_id", "bigint REFERENCES").name(SCHEMA, "history").ids(List.of("id")),
                        column("created_at", "timestamptz NOT NULL DEFAULT now()"),
                        column("restored_at", "timestamptz"),
                        column("pruned_at", "timestamptz")),
                table("deferred_step",
                        column("history_id", "bigint NOT NULL REFERENCES").name(SCHEMA, "history").ids(List.of("id")),
                        column("step", "integer NOT NULL"),
                        column("started_at", "timestamptz"),
                        column("finished_at", "timestamptz"),
                        Sql.of("PRIMARY KEY").ids(List.of("history_id", "step"))));
    }

    private static List<String> version2() {
        return List.of(
                table("facade_release",
                        column("facade", "text NOT NULL"),
                        column("version", "integer NOT NULL"),
                        column("schema_name", "text NOT NULL UNIQUE"),
                        column("state", "text NOT NULL CHECK").open().id("state").kw("IN")
                                .lits(List.of("in_flight", "live", "retired")).close(),
                        column("deployed_at", "timestamptz NOT NULL DEFAULT now()"),
                        column("retired_at", "timestamptz"),
                        column("promoted_at", "timestamptz"),
                        column("promoted_db_user", "text"),
                        column("promoted_by", "text"),
                        column("previous_live", "integer"),
                        Sql.of("PRIMARY KEY").ids(List.of("facade", "version"))),
                Sql.of("CREATE UNIQUE INDEX").id("facade_release_one_live").kw("ON").name(SCHEMA, "facade_release")
                        .ids(List.of("facade")).kw("WHERE").eq("state").lit("live").build());
    }

    /** A rollback keeps what the way back removes; such backups are put back by the next apply of the plan. */
    private static List<String> version3() {
        return List.of(Sql.of("ALTER TABLE").name(SCHEMA, "backups").kw("ADD COLUMN").append(column("taken_by",
                "text NOT NULL DEFAULT 'apply' CHECK")).open().id("taken_by").kw("IN")
                .lits(List.of("apply", "rollback")).close().build());
    }

    /**
     * Captures say which format of catalog facts they hold (those before are the line format, 1); a recapture row
     * records a capture in the current format when the expected one was of an older format.
     */
    private static List<String> version4() {
        return List.of(
                Sql.of("ALTER TABLE").name(SCHEMA, "catalog_snapshot").kw("ADD COLUMN")
                        .append(column("format", "integer NOT NULL DEFAULT 1")).build(),
                Sql.of("ALTER TABLE").name(SCHEMA, "catalog_snapshot").kw("ALTER COLUMN").id("format")
                        .kw("DROP DEFAULT").build(),
                Sql.of("ALTER TABLE").name(SCHEMA, "history").kw("DROP CONSTRAINT").id("history_action_check")
                        .build(),
                Sql.of("ALTER TABLE").name(SCHEMA, "history").kw("ADD CONSTRAINT").id("history_action_check")
                        .kw("CHECK").open().id("action").kw("IN")
                        .lits(List.of("apply", "rollback", "promote", "recapture")).close().build());
    }

    /**
     * Every attempt on record: an apply or rollback commits its history row (outcome running, with the runner's
     * process id) before its transaction starts; a row whose runner died is marked interrupted by the next runner.
     */
    private static List<String> version5() {
        return List.of(
                Sql.of("ALTER TABLE").name(SCHEMA, "history").kw("ADD COLUMN").append(column("runner_pid", "bigint"))
                        .build(),
                Sql.of("ALTER TABLE").name(SCHEMA, "history").kw("DROP CONSTRAINT").id("history_outcome_check")
                        .build(),
                Sql.of("ALTER TABLE").name(SCHEMA, "history").kw("ADD CONSTRAINT").id("history_outcome_check")
                        .kw("CHECK").open().id("outcome").kw("IN").lits(List.of("running", "applied", "incomplete",
                                "rolled_back", "failed", "interrupted")).close().build());
    }

    /**
     * Where each backfill stands: the last key it filled (as text, one element per key column), rows filled, and the
     * table's estimated rows when it started; written in each batch's own transaction, so a runner killed between
     * batches resumes after the last batch that committed.
     */
    private static List<String> version6() {
        return List.of(table("backfill",
                column("history_id", "bigint NOT NULL REFERENCES").name(SCHEMA, "history").ids(List.of("id")),
                column("step", "integer NOT NULL"),
                column("source", "text NOT NULL"),
                column("last_key", "text[]"),
                column("rows_done", "bigint NOT NULL DEFAULT 0"),
                column("rows_estimate", "bigint"),
                column("started_at", "timestamptz NOT NULL DEFAULT clock_timestamp()"),
                column("updated_at", "timestamptz NOT NULL DEFAULT clock_timestamp()"),
                column("finished_at", "timestamptz"),
                Sql.of("PRIMARY KEY").ids(List.of("history_id", "step"))));
    }

    /** {@code CREATE TABLE "strata"."name" (…)}, one column or constraint a line. */
    private static String table(String name, Sql... definitions) {
        var sql = Sql.of("CREATE TABLE").name(SCHEMA, name).kw("(");
        for (int i = 0; i < definitions.length; i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.newline("  ").append(definitions[i]);
        }
        return sql.newline("").close().build();
    }

    /** A column: its quoted name, then its type and constraints (constants). */
    private static Sql column(String name, String definition) {
        return Sql.empty().id(name).kw(definition);
    }

    private StateSchema() {
    }

    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /**
     * Creates or upgrades the state. Call only while holding the target's advisory lock, so two runners never
     * race to create it.
     */
    public static void ensure(Connection connection, String toolVersion) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.of("CREATE SCHEMA IF NOT EXISTS").id(SCHEMA).build());
            statement.execute(Sql.of("CREATE TABLE IF NOT EXISTS").name(SCHEMA, "state_version").open()
                    .append(column("version", "integer PRIMARY KEY")).comma()
                    .append(column("applied_at", "timestamptz NOT NULL DEFAULT now()")).comma()
                    .append(column("tool_version", "text")).close().build());
            int current = currentVersion(connection);
            refuseNewer(current);
            for (int version = current; version < MIGRATIONS.size(); version++) {
                for (String ddl : MIGRATIONS.get(version)) {
                    statement.execute(ddl);
                }
                statement.execute(Sql.insertInto(SCHEMA, "state_version", List.of("version", "tool_version"))
                        .kw("VALUES").open().number(version + 1).comma().lit(toolVersion).close().build());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether the state exists and this tool can read it (read-only commands never create it). */
    public static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT to_regclass('strata.state_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return false;
            }
        }
        refuseNewer(currentVersion(connection));
        return currentVersion(connection) > 0;
    }

    /** Whether the state has the facade release table (state version 2 on); older states have no releases yet. */
    public static boolean hasFacadeReleases(Connection connection) throws SQLException {
        return currentVersion(connection) >= 2;
    }

    /** Whether backups say who took them (state version 3 on); before, an apply took them all. */
    public static boolean hasBackupTakers(Connection connection) throws SQLException {
        return currentVersion(connection) >= 3;
    }

    /** Whether captures record their format (state version 4 on); older states hold format 1 only. */
    public static boolean hasCaptureFormats(Connection connection) throws SQLException {
        return currentVersion(connection) >= 4;
    }

    /** Whether history rows record the runner's process id (state version 5 on). */
    public static boolean hasRunnerPids(Connection connection) throws SQLException {
        return currentVersion(connection) >= 5;
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM strata.state_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void refuseNewer(int version) {
        if (version > MIGRATIONS.size()) {
            throw new StrataException(new Problem(ProblemKind.INVALID,
                    "This database's Strata state (version " + version + ") is newer than this strata knows ("
                            + MIGRATIONS.size() + ").",
                    "A newer Strata has run against it. Use that version (or newer) of strata here too."));
        }
    }
}
