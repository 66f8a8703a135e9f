package dev.strata.engine.drift;

import dev.strata.engine.state.StateSchema;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Compares the live catalog with the capture recorded after the last apply or rollback. Captures are stored in
 * {@code strata.catalog_snapshot} by fingerprint, so a drift report can show what changed, line by line.
 */
public final class DriftDetector {

    private final CatalogCapture capture;

    public DriftDetector(CatalogCapture capture) {
        this.capture = capture;
    }

    public CatalogState capture(Connection connection) throws SQLException {
        return capture.capture(connection);
    }

    public DriftReport check(Connection connection, Optional<String> expectedFingerprint) throws SQLException {
        CatalogState live = capture.capture(connection);
        return compare(connection, live, expectedFingerprint);
    }

    public DriftReport compare(Connection connection, CatalogState live, Optional<String> expectedFingerprint)
            throws SQLException {
        if (expectedFingerprint.isEmpty()) {
            return new DriftReport(false, null, live.fingerprint(), List.of());
        }
        String expected = expectedFingerprint.get();
        if (expected.equals(live.fingerprint())) {
            return new DriftReport(true, expected, live.fingerprint(), List.of());
        }
        Optional<CatalogState> recorded = load(connection, expected);
        List<String> diff = recorded.map(live::diffFrom)
                .orElse(List.of("(the expected catalog " + expected + " is not stored; cannot show the difference)"));
        return new DriftReport(true, expected, live.fingerprint(), diff);
    }

    /** Stores a capture (idempotent) and returns its fingerprint. Runs in the caller's transaction. */
    public static String store(Connection connection, CatalogState state) throws SQLException {
        String fingerprint = state.fingerprint();
        try (PreparedStatement ps = connection.prepareStatement(Sql.insertInto(StateSchema.SCHEMA,
                "catalog_snapshot", List.of("fingerprint", "body")).kw("VALUES").params(2).kw("ON CONFLICT")
                .ids(List.of("fingerprint")).kw("DO NOTHING").build())) {
            ps.setString(1, fingerprint);
            ps.setString(2, state.body());
            ps.executeUpdate();
        }
        return fingerprint;
    }

    public static Optional<CatalogState> load(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT body FROM strata.catalog_snapshot WHERE fingerprint = ?")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CatalogState.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }
}
