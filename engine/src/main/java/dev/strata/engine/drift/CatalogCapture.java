package dev.strata.engine.drift;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Captures the live schema of a database (every schema but PostgreSQL's own and Strata's {@code strata} and
 * {@code strata_backup}). Drift detection depends only on this, so another capture can be plugged in.
 */
public interface CatalogCapture {

    CatalogState capture(Connection connection) throws SQLException;
}
