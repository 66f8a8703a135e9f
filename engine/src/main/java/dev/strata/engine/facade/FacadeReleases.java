package dev.strata.engine.facade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code strata.facade_release}; writers run inside the caller's transaction. */
public final class FacadeReleases {

    private static final String COLUMNS = "facade, version, schema_name, state, deployed_at, retired_at,"
            + " promoted_at, promoted_db_user, promoted_by, previous_live";

    private final Connection connection;

    public FacadeReleases(Connection connection) {
        this.connection = connection;
    }

    public List<FacadeRelease> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM strata.facade_release ORDER BY facade, version");
    }

    public Optional<FacadeRelease> find(String facade, int version) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM strata.facade_release WHERE facade = ? AND version = ?",
                facade, version).stream().findFirst();
    }

    public Optional<FacadeRelease> bySchema(String schema) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM strata.facade_release WHERE schema_name = ?", schema).stream()
                .findFirst();
    }

    public Optional<FacadeRelease> live(String facade) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM strata.facade_release WHERE facade = ? AND state = 'live'",
                facade).stream().findFirst();
    }

    /** A plan created the version's schema: in flight (again, if it had been retired). */
    public void deployed(String facade, int version, String schema) throws SQLException {
        update("INSERT INTO strata.facade_release (facade, version, schema_name, state) VALUES (?, ?, ?, 'in_flight')"
                + " ON CONFLICT (facade, version) DO UPDATE SET state = 'in_flight', retired_at = NULL,"
                + " deployed_at = now() WHERE strata.facade_release.state = 'retired'", facade, version, schema);
    }

    /** A plan dropped the version's schema. */
    public void retired(String facade, int version) throws SQLException {
        update("UPDATE strata.facade_release SET state = 'retired', retired_at = now() WHERE facade = ? AND"
                + " version = ?", facade, version);
    }

    /** Makes {@code version} the live one: the live one before, if any, goes back in flight. */
    public void promote(String facade, int version, Integer previous, String promotedBy) throws SQLException {
        update("UPDATE strata.facade_release SET state = 'in_flight' WHERE facade = ? AND state = 'live'", facade);
        try (PreparedStatement ps = connection.prepareStatement("UPDATE strata.facade_release SET state = 'live',"
                + " promoted_at = now(), promoted_db_user = current_user, promoted_by = ?, previous_live = ?"
                + " WHERE facade = ? AND version = ?")) {
            ps.setString(1, promotedBy);
            if (previous == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setInt(2, previous);
            }
            ps.setString(3, facade);
            ps.setInt(4, version);
            ps.executeUpdate();
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(sql, parameters)) {
            ps.executeUpdate();
        }
    }

    private List<FacadeRelease> query(String sql, Object... parameters) throws SQLException {
        List<FacadeRelease> rows = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int previous = rs.getInt("previous_live");
                Integer previousLive = rs.wasNull() ? null : previous;
                rows.add(new FacadeRelease(rs.getString("facade"), rs.getInt("version"), rs.getString("schema_name"),
                        rs.getString("state"), instant(rs.getTimestamp("deployed_at")),
                        instant(rs.getTimestamp("retired_at")), instant(rs.getTimestamp("promoted_at")),
                        rs.getString("promoted_db_user"), rs.getString("promoted_by"), previousLive));
            }
        }
        return rows;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
        return ps;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
