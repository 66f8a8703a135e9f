package dev.strata.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.database.LocalServer;
import dev.strata.engine.database.ScratchServer;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL the benchmarks run, built with the builder, runs on PostgreSQL and makes what they measure. */
class BenchSqlTest {

    private static LocalServer server;
    private static int databases;

    @BeforeAll
    static void start() throws Exception {
        server = LocalServer.temporary();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theGeneratedSchemaCreatesItsTablesViewsAndGrants() throws SQLException {
        try (Connection c = newDatabase(); Statement s = c.createStatement()) {
            for (String batch : GeneratedSql.batches(150, 42)) {
                s.execute(batch);
            }
            assertThat(scalar(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'core'")).isEqualTo(150);
            assertThat(scalar(s, "SELECT count(*) FROM pg_views WHERE schemaname = 'api0_v1'")).isEqualTo(100);
            assertThat(scalar(s, "SELECT count(*) FROM pg_views WHERE schemaname = 'api1_v1'")).isEqualTo(50);
            assertThat(scalar(s, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'core'")).isEqualTo(450);
            assertThat(scalar(s, "SELECT count(*) FROM information_schema.role_table_grants"
                    + " WHERE grantee = 'api_reader'")).isEqualTo(150);
        }
    }

    @Test
    void theRuntimeSchemaAndTheBackupStepRunAndRestoreTheColumn() throws SQLException {
        try (Connection c = newDatabase(); Statement s = c.createStatement()) {
            List<String> statements = RuntimeBenchmark.schemaStatements(20);
            for (String statement : statements) {
                s.execute(statement);
            }
            assertThat(scalar(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'core'")).isEqualTo(20);
            s.execute("INSERT INTO core.t0 DEFAULT VALUES");
            s.execute("DROP SCHEMA core CASCADE");

            for (String statement : RuntimeBenchmark.bigTable(100)) {
                s.execute(statement);
            }
            assertThat(scalar(s, "SELECT count(*) FROM core.big WHERE note = 'note for row ' || id")).isEqualTo(100);
            Step drop = RuntimeBenchmark.dropNoteStep();
            s.execute("CREATE SCHEMA strata_backup");
            s.execute(drop.backup().captureSql());
            s.execute(drop.sql());
            s.execute(drop.reverseSql());
            assertThat(scalar(s, "SELECT count(*) FROM core.big WHERE note = 'note for row ' || id")).isEqualTo(100);
        }
    }

    @Test
    void thePromoteDataFillsThePurchases() throws SQLException {
        try (Connection c = newDatabase(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA core; CREATE TABLE core.customer (id bigint GENERATED ALWAYS AS IDENTITY"
                    + " PRIMARY KEY, email text NOT NULL); CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS"
                    + " IDENTITY PRIMARY KEY, customer_id bigint NOT NULL REFERENCES core.customer (id),"
                    + " total numeric(12,2) NOT NULL DEFAULT 0)");
            for (String statement : PromoteBenchmark.purchases(50)) {
                s.execute(statement);
            }
            assertThat(scalar(s, "SELECT count(*) FROM core.purchase WHERE customer_id = 1")).isEqualTo(50);
        }
    }

    private static Connection newDatabase() throws SQLException {
        String name = "bench_sql_" + (++databases);
        try (Connection admin = ScratchServer.connect(server.admin("bench")); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return ScratchServer.connect(server.target(name, "bench"));
    }

    private static long scalar(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
