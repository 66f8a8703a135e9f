package dev.strata.compiler.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What PostgreSQL (13 to 18, per its documentation) knows about storage parameters: the names a table and each
 * built-in index method take, and the lock ALTER … SET (…) / RESET (…) needs. The locks were measured on
 * PostgreSQL 13, 15 and 18 ({@code pg_locks} inside the transaction; the same on all three): SHARE UPDATE
 * EXCLUSIVE for the parameters in {@link #SHARE_UPDATE_EXCLUSIVE}; ACCESS EXCLUSIVE for {@code user_catalog_table},
 * gist's {@code buffering}, gin's {@code fastupdate} and {@code gin_pending_list_limit}, brin's
 * {@code pages_per_range} and {@code autosummarize}, and assumed for any unknown name.
 */
public final class StorageParameters {

    /** A table's parameters ({@code autovacuum_vacuum_max_threshold} and the eager freeze rate are 18's). */
    public static final Set<String> TABLE = Set.of("fillfactor", "toast_tuple_target", "parallel_workers",
            "autovacuum_enabled", "vacuum_index_cleanup", "vacuum_truncate", "autovacuum_vacuum_threshold",
            "autovacuum_vacuum_max_threshold", "autovacuum_vacuum_scale_factor",
            "autovacuum_vacuum_insert_threshold", "autovacuum_vacuum_insert_scale_factor",
            "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor", "autovacuum_vacuum_cost_delay",
            "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age", "autovacuum_freeze_max_age",
            "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_min_age",
            "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
            "log_autovacuum_min_duration", "user_catalog_table", "vacuum_max_eager_freeze_failure_rate");

    /** Each built-in index method's parameters. */
    public static final Map<String, Set<String>> INDEX = Map.of(
            "btree", Set.of("fillfactor", "deduplicate_items"),
            "hash", Set.of("fillfactor"),
            "gist", Set.of("fillfactor", "buffering"),
            "spgist", Set.of("fillfactor"),
            "gin", Set.of("fastupdate", "gin_pending_list_limit"),
            "brin", Set.of("pages_per_range", "autosummarize"));

    /** Changed under SHARE UPDATE EXCLUSIVE, as measured (18's two on 18 only). */
    static final Set<String> SHARE_UPDATE_EXCLUSIVE = Set.of("fillfactor", "toast_tuple_target", "parallel_workers",
            "autovacuum_enabled", "vacuum_index_cleanup", "vacuum_truncate", "autovacuum_vacuum_threshold",
            "autovacuum_vacuum_scale_factor", "autovacuum_vacuum_insert_threshold",
            "autovacuum_vacuum_insert_scale_factor", "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor",
            "autovacuum_vacuum_cost_delay", "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age",
            "autovacuum_freeze_max_age", "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_min_age",
            "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
            "log_autovacuum_min_duration", "autovacuum_vacuum_max_threshold", "vacuum_max_eager_freeze_failure_rate",
            "deduplicate_items");

    private StorageParameters() {
    }

    /** Whether changing all of these takes no more than SHARE UPDATE EXCLUSIVE. */
    public static boolean shareUpdateExclusive(List<String> names) {
        return SHARE_UPDATE_EXCLUSIVE.containsAll(names);
    }
}
