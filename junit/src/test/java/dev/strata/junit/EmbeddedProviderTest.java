package dev.strata.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The default provider on the sample store: a database migrated to the plan asked for, per class. */
@StrataDatabase(project = "samples/shop", upTo = "0004")
class EmbeddedProviderTest {

    @StrataDatabase(project = "samples/shop", upTo = "0001_initial")
    DataSource initial;

    @Test
    void aParameterGetsTheDatabaseOfTheClassAnnotationMigratedUpToPlan0004(DataSource db) throws SQLException {
        assertThat(strings(db, "SELECT plan_id FROM strata.history WHERE outcome = 'applied' ORDER BY id"))
                .hasSize(4).last().asString().startsWith("0004_");
        assertThat(strings(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'core.address'::regclass AND attname = 'postal_code'"))
                .containsExactly("character varying(16)");
        assertThat(strings(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name IN ('full_name', 'display_name')"))
                .containsExactly("display_name");
    }

    @Test
    void testsOfOneClassShareTheDatabase(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS public.shared_marker (n int)");
        }
        assertThat(strings(db, "SELECT to_regclass('public.shared_marker')::text")).containsExactly("shared_marker");
    }

    @Test
    void anAnnotatedFieldAndParameterGetTheirOwnPlan(@StrataDatabase(project = "samples/shop", upTo = "2")
                                                      DataSource second) throws SQLException {
        assertThat(strings(initial, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer' AND column_name IN ('full_name', 'display_name')"))
                .containsExactly("full_name");
        assertThat(strings(initial, "SELECT to_regclass('core.loyalty_account')::text")).containsNull();
        assertThat(strings(second, "SELECT to_regclass('core.loyalty_account')::text"))
                .containsExactly("core.loyalty_account");
    }

    static List<String> strings(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
