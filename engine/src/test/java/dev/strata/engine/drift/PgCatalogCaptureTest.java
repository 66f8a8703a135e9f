package dev.strata.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PgCatalogCaptureTest {

    private static CatalogState capture(Database database) throws SQLException {
        try (Connection connection = database.connection()) {
            return new PgCatalogCapture().capture(connection);
        }
    }

    @Test
    void capturesTheObjectsASchemaIsMadeOf() throws SQLException {
        try (Database database = TestSupport.freshDatabase("capture")) {
            TestSupport.execute(database, String.join("\n",
                    "CREATE SCHEMA core;",
                    "CREATE TYPE core.status AS ENUM ('placed', 'paid');",
                    "CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,",
                    "  status core.status NOT NULL DEFAULT 'placed', total numeric(12,2) CHECK (total >= 0));",
                    "CREATE INDEX purchase_by_status ON core.purchase (status);",
                    "CREATE VIEW core.paid AS SELECT id FROM core.purchase WHERE status = 'paid';",
                    "CREATE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
                    "CREATE TRIGGER purchase_touch BEFORE UPDATE ON core.purchase FOR EACH ROW"
                            + " EXECUTE FUNCTION core.touch();",
                    "COMMENT ON TABLE core.purchase IS 'orders';",
                    "CREATE SCHEMA strata; CREATE TABLE strata.ignored (id int);"));
            CatalogState state = capture(database);
            assertThat(state.lines()).contains(
                    "schema core",
                    "enum core.status (placed, paid)",
                    "table core.purchase comment orders",
                    "column core.purchase.id bigint not null identity always",
                    "column core.purchase.status core.status not null default 'placed'::core.status",
                    "column core.purchase.total numeric(12,2)",
                    "constraint core.purchase.purchase_total_check CHECK ((total >= (0)::numeric))",
                    "view core.paid",
                    "trigger core.purchase.purchase_touch CREATE TRIGGER purchase_touch BEFORE UPDATE ON"
                            + " core.purchase FOR EACH ROW EXECUTE FUNCTION core.touch()");
            assertThat(state.lines()).anyMatch(line -> line.startsWith("index core.purchase_by_status CREATE INDEX"));
            assertThat(state.lines()).anyMatch(line -> line.startsWith("routine core.touch() "));
            assertThat(state.lines()).noneMatch(line -> line.contains("strata."));

            TestSupport.execute(database, "CREATE OR REPLACE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql"
                    + " AS $$ BEGIN NEW.total = 0; RETURN NEW; END $$");
            assertThat(capture(database).diffFrom(state)).hasSize(2)
                    .allMatch(line -> line.contains("routine core.touch()"));
        }
    }
}
