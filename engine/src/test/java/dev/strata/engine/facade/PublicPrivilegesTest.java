package dev.strata.engine.facade;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * strata.toml's {@code revoke_temporary} and {@code revoke_large_objects}, on a real server: an application role
 * that could create temporary tables and large objects (PostgreSQL's defaults for PUBLIC) cannot after an apply that
 * revokes them, can again after one that grants them back, and a user who lacks the right is told so.
 */
class PublicPrivilegesTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final PlanChain PLANS = chain("shop", List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core")));

    private Target target;
    private Database database;
    private final List<String> roles = new ArrayList<>();
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        target = TestSupport.newTarget("public_privs");
        database = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        database.close();
        // roles belong to the whole server: each test removes its own (ownership of the database included)
        for (String role : roles) {
            try (Connection admin = TestSupport.connect(target); Statement statement = admin.createStatement()) {
                statement.execute("REASSIGN OWNED BY " + role + " TO CURRENT_USER");
                statement.execute("DROP OWNED BY " + role);
                statement.execute("DROP ROLE " + role);
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test role " + role, e);
            }
        }
    }

    private String role(String prefix, String attributes) throws SQLException {
        String role = prefix + "_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        TestSupport.execute(database, "CREATE ROLE " + role + " LOGIN " + attributes);
        roles.add(role);
        return role;
    }

    /** A session of {@code role} (the server trusts local connections; a user in the URL would win, so it goes). */
    private Connection as(String role) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        return DriverManager.getConnection(urlWithoutUser(), properties);
    }

    private String urlWithoutUser() {
        return target.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    /** Null when the statement ran; else its SQLSTATE. */
    private String attempt(String role, String sql) throws SQLException {
        try (Connection connection = as(role); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        } catch (SQLException e) {
            if (e.getSQLState() == null || e.getSQLState().startsWith("08")) {
                throw e;
            }
            return e.getSQLState();
        }
    }

    private Runner runner() {
        return new Runner(database, RunnerIdentity.current(), new Reporter() {
            @Override
            public void info(String text) {
                said.add(text);
            }

            @Override
            public void warn(String text) {
                said.add("warning: " + text);
            }
        });
    }

    private static final String TEMP_TABLE = "CREATE TEMP TABLE scratch (id int)";
    private static final String LO_CREATE = "SELECT lo_unlink(lo_create(0))";
    private static final String LO_CREAT = "SELECT lo_unlink(lo_creat(-1))";
    private static final String LO_FROM_BYTEA = "SELECT lo_unlink(lo_from_bytea(0, 'x'))";

    @Test
    void revokedFromPublicThenGrantedBack() throws Exception {
        String app = role("app", "");
        assertThat(attempt(app, TEMP_TABLE)).isNull();
        assertThat(attempt(app, LO_CREATE)).isNull();

        runner().apply(PLANS, TestSupport.options().withPublicPrivileges(new PublicPrivileges(true, true)));
        assertThat(attempt(app, TEMP_TABLE)).isEqualTo("42501");
        assertThat(attempt(app, LO_CREATE)).isEqualTo("42501");
        assertThat(attempt(app, LO_CREAT)).isEqualTo("42501");
        assertThat(attempt(app, LO_FROM_BYTEA)).isEqualTo("42501");
        assertThat(said).contains("revoke TEMPORARY on database " + target.database() + " from PUBLIC (strata.toml"
                + " [database])", "revoke EXECUTE on lo_create(oid) from PUBLIC (large objects) (strata.toml"
                + " [database])");
        // the user Strata runs as (a superuser here) keeps both
        TestSupport.execute(database, "CREATE TEMP TABLE mine (id int); SELECT lo_unlink(lo_create(0))");

        said.clear();
        runner().apply(PLANS, TestSupport.options().withPublicPrivileges(new PublicPrivileges(true, true)));
        assertThat(said).noneMatch(line -> line.contains("PUBLIC"));

        runner().apply(PLANS, TestSupport.options().withPublicPrivileges(new PublicPrivileges(false, null)));
        assertThat(attempt(app, TEMP_TABLE)).isNull();
        assertThat(attempt(app, LO_CREATE)).isEqualTo("42501");
        runner().apply(PLANS, TestSupport.options().withPublicPrivileges(new PublicPrivileges(null, false)));
        assertThat(attempt(app, LO_CREATE)).isNull();
        assertThat(attempt(app, LO_FROM_BYTEA)).isNull();
    }

    @Test
    void aDryRunSaysWhatItWouldChangeAndChangesNothing() throws Exception {
        String app = role("app", "");
        runner().apply(PLANS, TestSupport.options().withDryRun(true)
                .withPublicPrivileges(new PublicPrivileges(true, null)));
        assertThat(said).contains("would revoke TEMPORARY on database " + target.database() + " from PUBLIC"
                + " (strata.toml [database])");
        assertThat(attempt(app, TEMP_TABLE)).isNull();
    }

    @Test
    void aUserWithoutTheRightIsToldInsteadOfWarnedQuietly() throws Exception {
        String migrator = role("migrator", "NOSUPERUSER");
        TestSupport.execute(database, "ALTER DATABASE " + target.database() + " OWNER TO " + migrator);
        Target asMigrator = new Target(urlWithoutUser(), migrator, null, "test", false);
        try (Database owned = Database.connect(asMigrator, RunnerIdentity.current(), Duration.ofSeconds(10))) {
            Runner runner = new Runner(owned, RunnerIdentity.current(), Reporter.silent());
            // the database's owner may take TEMPORARY from PUBLIC
            runner.apply(PLANS, TestSupport.options().withPublicPrivileges(new PublicPrivileges(true, null)));
            String app = role("app", "");
            assertThat(attempt(app, TEMP_TABLE)).isEqualTo("42501");
            // but not EXECUTE on pg_catalog's functions: PostgreSQL only warns, Strata refuses
            assertThatThrownBy(() -> runner.apply(PLANS, TestSupport.options()
                    .withPublicPrivileges(new PublicPrivileges(true, true))))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.DATABASE);
                        assertThat(e.problem().title()).contains("revoke_large_objects")
                                .contains("pg_catalog.lo_create(oid)");
                        assertThat(e.problem().detail()).contains(migrator).contains("remove the setting");
                    });
            assertThat(attempt(app, LO_CREATE)).isNull();
        }
    }
}
