package dev.strata.engine.state;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
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
    private static final List<String> MIGRATIONS = List.of(String.join("\n",
            "CREATE TABLE strata.history (",
            "  id bigserial PRIMARY KEY,",
            "  project text,",
            "  action text NOT NULL CHECK (action IN ('apply', 'rollback', 'promote')),",
            "  outcome text NOT NULL CHECK (outcome IN ('running', 'applied', 'incomplete', 'rolled_back', 'failed')),",
            "  plan_id text NOT NULL,",
            "  plan_sequence integer NOT NULL,",
            "  plan_checksum text NOT NULL,",
            "  model_fingerprint_before text,",
            "  model_fingerprint_after text,",
            "  catalog_fingerprint_before text,",
            "  catalog_fingerprint_after text,",
            "  started_at timestamptz NOT NULL,",
            "  finished_at timestamptz,",
            "  duration_ms bigint,",
            "  db_user text NOT NULL DEFAULT current_user,",
            "  os_user text,",
            "  host text,",
            "  tool_version text,",
            "  allow_drift boolean NOT NULL DEFAULT false,",
            "  drift_detected boolean NOT NULL DEFAULT false,",
            "  failed_step integer,",
            "  error_text text",
            ");",
            "CREATE TABLE strata.catalog_snapshot (",
            "  fingerprint text PRIMARY KEY,",
            "  body text NOT NULL,",
            "  captured_at timestamptz NOT NULL DEFAULT now()",
            ");",
            "CREATE TABLE strata.backups (",
            "  id bigserial PRIMARY KEY,",
            "  backup_table text NOT NULL,",
            "  plan_id text NOT NULL,",
            "  plan_sequence integer NOT NULL,",
            "  step integer NOT NULL,",
            "  source_table text NOT NULL,",
            "  columns text NOT NULL,",
            "  key_columns text NOT NULL,",
            "  row_count bigint NOT NULL,",
            "  history_id bigint REFERENCES strata.history (id),",
            "  created_at timestamptz NOT NULL DEFAULT now(),",
            "  restored_at timestamptz,",
            "  pruned_at timestamptz",
            ");",
            "CREATE TABLE strata.deferred_step (",
            "  history_id bigint NOT NULL REFERENCES strata.history (id),",
            "  step integer NOT NULL,",
            "  started_at timestamptz,",
            "  finished_at timestamptz,",
            "  PRIMARY KEY (history_id, step)",
            ");"), String.join("\n",
            "CREATE TABLE strata.facade_release (",
            "  facade text NOT NULL,",
            "  version integer NOT NULL,",
            "  schema_name text NOT NULL UNIQUE,",
            "  state text NOT NULL CHECK (state IN ('in_flight', 'live', 'retired')),",
            "  deployed_at timestamptz NOT NULL DEFAULT now(),",
            "  retired_at timestamptz,",
            "  promoted_at timestamptz,",
            "  promoted_db_user text,",
            "  promoted_by text,",
            "  previous_live integer,",
            "  PRIMARY KEY (facade, version)",
            ");",
            "CREATE UNIQUE INDEX facade_release_one_live ON strata.facade_release (facade) WHERE state = 'live';"),
            // 3: captures say which format of catalog facts they hold (those before are the line format, 1); a
            // recapture row records a capture in the current format when the expected one was of an older format
            String.join("\n",
            "ALTER TABLE strata.catalog_snapshot ADD COLUMN format integer NOT NULL DEFAULT 1;",
            "ALTER TABLE strata.catalog_snapshot ALTER COLUMN format DROP DEFAULT;",
            "ALTER TABLE strata.history DROP CONSTRAINT history_action_check;",
            "ALTER TABLE strata.history ADD CONSTRAINT history_action_check",
            "  CHECK (action IN ('apply', 'rollback', 'promote', 'recapture'));"));

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
            statement.execute("CREATE SCHEMA IF NOT EXISTS strata");
            statement.execute("CREATE TABLE IF NOT EXISTS strata.state_version (version integer PRIMARY KEY,"
                    + " applied_at timestamptz NOT NULL DEFAULT now(), tool_version text)");
            int current = currentVersion(connection);
            refuseNewer(current);
            for (int version = current; version < MIGRATIONS.size(); version++) {
                statement.execute(MIGRATIONS.get(version));
                statement.execute("INSERT INTO strata.state_version (version, tool_version) VALUES ("
                        + (version + 1) + ", " + Sql.literal(toolVersion) + ")");
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

    /** Whether captures record their format (state version 3 on); older states hold format 1 only. */
    public static boolean hasCaptureFormats(Connection connection) throws SQLException {
        return currentVersion(connection) >= 3;
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
