package dev.strata.runtime.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("pg15")
class PagilaOnPg15Test {

    private static Path bin;
    private static Path schema;

    @BeforeAll
    static void tools() {
        var found = PgTools.binDirectory(15);
        assumeTrue(found.isPresent(), "skipped: no PostgreSQL 15 pg_dump and psql on this machine"
                + " (looked in /usr/lib/postgresql/15/bin, /usr/bin, /usr/local/bin)");
        var file = Pagila.schemaFile();
        assumeTrue(file.isPresent(), "skipped: shared/data/pagila/pagila-schema.sql not found above "
                + Path.of("").toAbsolutePath() + " (or set STRATA_PAGILA_SCHEMA)");
        bin = found.get();
        schema = file.get();
    }

    @Test
    void importsPagila() throws Exception {
        String url = TestDatabases.newDatabase("pagila");
        PgTools.psqlFile(bin, PgTools.databaseName(url), schema);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("public"));
        result.unsupported().forEach(System.out::println);
        System.out.println(result.model().core().tables().size() + " tables");
        assertThat(result.model().core().tables()).isNotEmpty();
    }
}
