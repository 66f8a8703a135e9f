package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The pg15-test execution really runs on PostgreSQL 15, the major version of the machine's pg_dump. */
@Tag("pg15")
class ServerVersionOnPg15Test {

    @Test
    void theEmbeddedServerIsPostgres15() {
        assertThat(TestDatabases.serverMajorVersion()).isEqualTo(15);
    }
}
