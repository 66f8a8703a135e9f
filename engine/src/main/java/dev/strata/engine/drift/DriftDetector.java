package dev.strata.engine.drift;

import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.state.StateSchema;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Compares the live catalog's facts ({@link CatalogFacts}) with the capture recorded after the last apply or
 * rollback. Captures are stored in {@code strata.catalog_snapshot} by fingerprint, with the format of their facts,
 * so a drift report can show what changed, object by object. A capture of an older format (recorded by an older
 * Strata) cannot be compared with the facts read now: the report then says that drift was not checked and why, and
 * the caller says so; the next apply or rollback records a capture in the current format.
 */
public final class DriftDetector {

    /** A stored capture: its facts' format and its stored form. */
    public record StoredCapture(int format, String body) {

        public CatalogFacts facts() {
            return CatalogFacts.parse(body);
        }
    }

    public CatalogFacts capture(Connection connection) throws SQLException {
        return CatalogFacts.capture(connection);
    }

    public DriftReport check(Connection connection, Optional<String> expectedFingerprint) throws SQLException {
        return compare(connection, capture(connection), expectedFingerprint);
    }

    public DriftReport compare(Connection connection, CatalogFacts live, Optional<String> expectedFingerprint)
            throws SQLException {
        if (expectedFingerprint.isEmpty()) {
            return new DriftReport(false, null, live.fingerprint(), List.of(), null);
        }
        String expected = expectedFingerprint.get();
        if (expected.equals(live.fingerprint())) {
            return new DriftReport(true, expected, live.fingerprint(), List.of(), null);
        }
        Optional<StoredCapture> recorded = load(connection, expected);
        if (recorded.isPresent() && recorded.get().format() != CatalogFacts.FORMAT) {
            return new DriftReport(true, expected, live.fingerprint(), List.of(), "the expected catalog "
                    + expected.substring(0, Math.min(12, expected.length())) + " was captured by an older Strata in"
                    + " capture format " + recorded.get().format() + ", which cannot be compared with this Strata's"
                    + " format " + CatalogFacts.FORMAT);
        }
        List<String> diff = recorded.map(capture -> capture.facts().diff(live))
                .orElse(List.of("(the expected catalog " + expected + " is not stored; cannot show the difference)"));
        return new DriftReport(true, expected, live.fingerprint(), diff, null);
    }

    /** Stores a capture (idempotent) with its format and returns its fingerprint. Runs in the caller's transaction. */
    public static String store(Connection connection, CatalogFacts facts) throws SQLException {
        String fingerprint = facts.fingerprint();
        try (PreparedStatement ps = connection.prepareStatement(Sql.insertInto(StateSchema.SCHEMA,
                "catalog_snapshot", List.of("fingerprint", "body", "format")).kw("VALUES").params(3).kw("ON CONFLICT")
                .ids(List.of("fingerprint")).kw("DO NOTHING").build())) {
            ps.setString(1, fingerprint);
            ps.setString(2, facts.body());
            ps.setInt(3, CatalogFacts.FORMAT);
            ps.executeUpdate();
        }
        return fingerprint;
    }

    /** A stored capture; a state older than capture formats (version 2 and before) holds only format 1. */
    public static Optional<StoredCapture> load(Connection connection, String fingerprint) throws SQLException {
        boolean formats = StateSchema.hasCaptureFormats(connection);
        try (PreparedStatement ps = connection.prepareStatement("SELECT body, " + (formats ? "format" : "1")
                + " FROM strata.catalog_snapshot WHERE fingerprint = ?")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredCapture(rs.getInt(2), rs.getString(1))) : Optional.empty();
            }
        }
    }
}
