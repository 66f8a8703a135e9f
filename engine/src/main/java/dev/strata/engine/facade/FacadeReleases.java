package dev.strata.engine.facade;

import dev.strata.plan.sql.Sql;
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

    private static final String SCHEMA = "strata";
    private static final String TABLE = "facade_release";
    private static final String IN_FLIGHT = "in_flight";
    private static final String LIVE = "live";
    private static final String RETIRED = "retired";
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
        update(Sql.insertInto(SCHEMA, TABLE, List.of("facade", "version", "schema_name", "state")).kw("VALUES")
                .open().param().comma().param().comma().param().comma().lit(IN_FLIGHT).close()
                .kw("ON CONFLICT").ids(List.of("facade", "version")).kw("DO UPDATE SET").eq("state").lit(IN_FLIGHT)
                .comma().eq("retired_at").kw("NULL").comma().eq("deployed_at").kw("now()").kw("WHERE")
                .column(SCHEMA, TABLE, "state").kw("=").lit(RETIRED).build(), facade, version, schema);
    }

    /** A plan dropped the version's schema. */
    public void retired(String facade, int version) throws SQLException {
        update(Sql.update(SCHEMA, TABLE).kw("SET").eq("state").lit(RETIRED).comma().eq("retired_at").kw("now()")
                .kw("WHERE").eq("facade").param().kw("AND").eq("version").param().build(), facade, version);
    }

    /** Makes {@code version} the live one: the live one before, if any, goes back in flight. */
    public void promote(String facade, int version, Integer previous, String promotedBy) throws SQLException {
        update(Sql.update(SCHEMA, TABLE).kw("SET").eq("state").lit(IN_FLIGHT).kw("WHERE").eq("facade").param()
                .kw("AND").eq("state").lit(LIVE).build(), facade);
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(SCHEMA, TABLE).kw("SET").eq("state")
                .lit(LIVE).comma().eq("promoted_at").kw("now()").comma().eq("promoted_db_user").kw("current_user")
                .comma().eq("promoted_by").param().comma().eq("previous_live").param().kw("WHERE").eq("facade")
                .param().kw("AND").eq("version").param().build())) {
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
