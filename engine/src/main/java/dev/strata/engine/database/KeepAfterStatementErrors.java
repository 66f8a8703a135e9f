package dev.strata.engine.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * HikariCP closes a connection on SQLSTATE 0A000 (feature not supported), which it counts among fatal errors. On
 * PostgreSQL that state is an ordinary statement error, for example {@code ALTER COLUMN … TYPE} of a column a view
 * reads; the runner's connection must survive it to roll back, record the failure and release its lock cleanly.
 */
public final class KeepAfterStatementErrors implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return "0A000".equals(e.getSQLState()) ? SQLExceptionOverride.Override.DO_NOT_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
