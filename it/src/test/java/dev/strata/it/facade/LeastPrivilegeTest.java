package dev.strata.it.facade;

import static dev.strata.it.facade.ShopSources.CORE;
import static dev.strata.it.facade.ShopSources.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.it.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an application role can do once the shop's facades are deployed: exactly what the sources grant it, on
 * the version it was granted, and nothing on the core. {@code app} is granted shop_api v1 only; {@code other}
 * v2 only. Each denial is PostgreSQL's own (SQLSTATE 42501, insufficient privilege).
 */
class LeastPrivilegeTest {

    private static final String DENIED = "42501";

    @TempDir
    Path dir;

    private final String app = AppConnections.uniqueRole("app");
    private final String other = AppConnections.uniqueRole("other");
    private Database database;
    private String customer;

    @BeforeEach
    void deploy() {
        database = TestSupport.freshDatabase("least_privilege");
        TestProject project = new TestProject(dir).plan("initial", files("core.strata", CORE,
                "shop_api_v1.strata", ShopSources.v1(app), "shop_api_v2.strata", ShopSources.v2(other)));
        TestSupport.runner(database).apply(project.plans(), TestSupport.options());
        TestSupport.execute(database, "ALTER ROLE \"" + app + "\" LOGIN");
        TestSupport.execute(database, "ALTER ROLE \"" + other + "\" LOGIN");
        TestSupport.execute(database, "INSERT INTO core.customer (email, full_name) VALUES ('a@example.com', 'Ann')");
        customer = TestSupport.value(database, "SELECT id FROM core.customer");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCoreIsNeitherReadableNorWritable() throws Exception {
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), app)) {
            assertDenied(session, "SELECT count(*) FROM core.purchase");
            assertDenied(session, "INSERT INTO core.purchase (customer_id) VALUES (" + customer + ")");
            assertDenied(session, "UPDATE core.customer SET full_name = 'x'");
            assertDenied(session, "DELETE FROM core.customer");
        }
        assertThat(TestSupport.value(database, "SELECT has_schema_privilege('" + app + "', 'core', 'USAGE')"))
                .isEqualTo("f");
    }

    @Test
    void noDdlAnywhere() throws Exception {
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), app)) {
            assertDenied(session, "CREATE TABLE core.stolen (id int)");
            assertDenied(session, "CREATE VIEW shop_api_v1.stolen AS SELECT 1");
            assertDenied(session, "CREATE TABLE public.stolen (id int)");
            assertDenied(session, "DROP VIEW shop_api_v1.orders");
            assertDenied(session, "ALTER VIEW shop_api_v1.orders RENAME TO gone");
        }
    }

    @Test
    void aVersionNotGrantedIsUnreachable() throws Exception {
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), app)) {
            assertDenied(session, "SELECT count(*) FROM shop_api_v2.orders");
            assertDenied(session, "SELECT shop_api_v2.place_order(" + customer + ", 1)");
        }
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), other)) {
            assertDenied(session, "SELECT count(*) FROM shop_api_v1.orders");
        }
    }

    @Test
    void exactlyWhatTheSourcesGrant() throws Exception {
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), other)) {
            // granted: select and insert on orders, select and update on order_notes, execute place_order
            execute(session, "INSERT INTO shop_api_v2.orders (customer_id) VALUES (" + customer + ")");
            String placed = PromotionTest.single(session, "SELECT shop_api_v2.place_order(" + customer + ", 12.5)");
            execute(session, "UPDATE shop_api_v2.order_notes SET note = 'ring twice' WHERE id = " + placed);
            assertThat(PromotionTest.single(session, "SELECT count(*) FROM shop_api_v2.orders")).isEqualTo("2");
            // the insert through the view got the core's defaults for the columns it did not give
            assertThat(PromotionTest.single(session, "SELECT total || ' ' || (placed_at IS NOT NULL)"
                    + " FROM shop_api_v2.orders ORDER BY id LIMIT 1")).isEqualTo("0.00 true");
            // not granted: delete, insert on order_notes, update on orders, the function order_count
            assertDenied(session, "DELETE FROM shop_api_v2.order_notes");
            assertDenied(session, "INSERT INTO shop_api_v2.order_notes (note) VALUES ('x')");
            assertDenied(session, "UPDATE shop_api_v2.orders SET total = 0");
            assertDenied(session, "SELECT shop_api_v2.order_count()");
        }
        assertThat(TestSupport.value(database, "SELECT note FROM core.purchase WHERE note IS NOT NULL"))
                .isEqualTo("ring twice");
    }

    @Test
    void facadeObjectsBelongToTheOwnerRoleWhichHasNoLogin() {
        assertThat(TestSupport.rows(database, "SELECT DISTINCT r.rolname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner"
                + " WHERE n.nspname IN ('shop_api_v1', 'shop_api_v2') UNION SELECT DISTINCT r.rolname FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner"
                + " WHERE n.nspname IN ('shop_api_v1', 'shop_api_v2') UNION SELECT r.rolname FROM pg_namespace n"
                + " JOIN pg_roles r ON r.oid = n.nspowner WHERE n.nspname IN ('shop_api_v1', 'shop_api_v2')"))
                .containsExactly(java.util.List.of("shop_api_owner"));
        assertThat(TestSupport.value(database, "SELECT rolcanlogin::text || rolsuper::text FROM pg_roles"
                + " WHERE rolname = 'shop_api_owner'")).isEqualTo("falsefalse");
        assertThat(TestSupport.value(database, "SELECT has_table_privilege('shop_api_owner', 'core.purchase',"
                + " 'TRUNCATE')")).isEqualTo("f");
    }

    @Test
    void securityDefinerRoutinesIgnoreTheCallersSearchPath() throws Exception {
        assertThat(TestSupport.value(database, "SELECT array_to_string(proconfig, ',') FROM pg_proc"
                + " WHERE oid = 'shop_api_v2.place_order(bigint, numeric)'::regprocedure"))
                .isEqualTo("search_path=shop_api_v2, core, pg_temp");
        try (Connection session = AppConnections.as(database.target().jdbcUrl(), other)) {
            // a temporary table named like the core table comes first in the caller's own search_path
            execute(session, "CREATE TEMP TABLE purchase (id bigint, customer_id bigint, total numeric)");
            execute(session, "SET search_path = pg_temp, shop_api_v2");
            String id = PromotionTest.single(session, "SELECT shop_api_v2.place_order(" + customer + ", 3)");
            assertThat(PromotionTest.single(session, "SELECT count(*) FROM pg_temp.purchase")).isEqualTo("0");
            assertThat(id).isNotNull();
        }
        assertThat(TestSupport.value(database, "SELECT count(*) FROM core.purchase WHERE total = 3")).isEqualTo("1");
    }

    private static void execute(Connection session, String sql) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertDenied(Connection session, String sql) {
        assertThatThrownBy(() -> execute(session, sql)).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage())
                        .isEqualTo(DENIED));
    }
}
