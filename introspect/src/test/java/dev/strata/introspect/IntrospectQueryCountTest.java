package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The number of catalog queries does not grow with the number of objects: they are set-based. Fourteen read the
 * core and every schema; one more reads the facades' SQL; dependencies are read only when something is left out.
 */
@Tag("introspection")
class IntrospectQueryCountTest {

    @Test
    void theSameQueriesReadTwoTablesAndSixtyTables() throws Exception {
        var small = LiveDatabase.introspect(LiveDatabase.create("small", schema(2)), request());
        var large = LiveDatabase.introspect(LiveDatabase.create("large", schema(60)), request());

        assertThat(large.model().core().tables()).hasSize(60);
        assertThat(large.model().facades().get(0).views()).hasSize(60);
        assertThat(large.catalogQueries()).isEqualTo(small.catalogQueries()).isEqualTo(15);
    }

    private static IntrospectionRequest request() {
        return IntrospectionRequest.of("core", FacadeSchema.parse("api_v1"));
    }

    private static String schema(int tables) {
        var sql = new StringBuilder("CREATE SCHEMA core; CREATE SCHEMA api_v1;\n");
        for (int t = 0; t < tables; t++) {
            sql.append("CREATE TABLE core.t").append(t).append(" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,")
                    .append(" name text NOT NULL CHECK (name <> ''), parent bigint")
                    .append(t == 0 ? "" : " REFERENCES core.t" + (t - 1)).append(");\n");
            sql.append("CREATE INDEX t").append(t).append("_name ON core.t").append(t).append(" (lower(name));\n");
            sql.append("CREATE FUNCTION core.f").append(t).append("(x integer DEFAULT 1) RETURNS integer")
                    .append(" LANGUAGE sql AS 'SELECT x';\n");
            sql.append("CREATE VIEW api_v1.v").append(t).append(" AS SELECT id, name FROM core.t").append(t)
                    .append(";\n");
        }
        return sql.toString();
    }
}
