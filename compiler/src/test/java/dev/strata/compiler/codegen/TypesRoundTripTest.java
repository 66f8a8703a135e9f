package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The types facade's bindings, compiled with a scenario that writes every mapped type through a function and
 * reads it back through views and functions, run on PostgreSQL.
 */
class TypesRoundTripTest {

    private static final String SCENARIO = "com.example.types.scenario.TypesScenario";

    @TempDir
    static Path work;

    private static ClassLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        loader = InProcessCompiler.compile(work, TypesProject.generate().files(), Map.of(
                "com/example/types/scenario/TypesScenario.java",
                PlannedDeployment.resource("codegen/drivers/TypesScenario.java")));
    }

    private static String typesDatabase() throws Exception {
        String url = TestDatabases.newDatabase("codegen_types");
        PlannedDeployment.deploy(url, TypesProject.DIR);
        return url;
    }

    @Test
    void everyMappedTypeRoundTripsWithNulls() throws Throwable {
        String url = typesDatabase();
        Drivers.call(loader, SCENARIO, "roundTrip", Drivers.dataSource(url));
        assertThat(Drivers.openConnections(url)).as("connections left open").isZero();
    }

    @Test
    void aViewThatBreaksItsNotNullPromiseIsReportedNotReadAsZero() throws Throwable {
        String url = typesDatabase();
        PlannedDeployment.sql(url, "INSERT INTO core.sample (c_smallint) VALUES (1)");
        assertThat(Drivers.call(loader, SCENARIO, "brokenPromise", Drivers.dataSource(url)))
                .isEqualTo("column c_integer of view complete_samples is declared not null, but the database"
                        + " returned NULL");
    }

    @Test
    void callsLeaveTheConnectionAsTheyFoundIt() throws Throwable {
        String url = typesDatabase();
        try (var connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(false);
            var state = Drivers.call(loader, SCENARIO, "connectionAfterCalls",
                    new SharedConnectionDataSource(connection), connection);
            assertThat(state).isEqualTo(List.of("\"$user\", public", "autocommit=false"));
        }
    }
}
