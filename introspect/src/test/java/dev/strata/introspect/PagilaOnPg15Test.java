package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.planner.PlanMaker;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pagila schema, which nobody on this project wrote: load it into PostgreSQL 15, import it into a project
 * (sources and baseline plan), apply the baseline plan to a fresh database with the runtime, and compare both with
 * {@code pg_dump --schema-only}. They are equal apart from what the import reported as unsupported, listed below;
 * the list should shrink as the language grows.
 */
@Tag("pg15")
class PagilaOnPg15Test {

    /** Everything import leaves out of Pagila, with why. */
    private static final List<Unsupported> EXPECTED_UNSUPPORTED = Stream.concat(Stream.of(
            new Unsupported("aggregate", "public.group_concat(text)",
                    "the Strata language has no aggregate declaration"),
            new Unsupported("materialized view", "public.rental_by_category",
                    "depends on partitioned table public.payment, which is not imported"),
            new Unsupported("partitioned table", "public.payment", "the Strata language has no partitioning"),
            new Unsupported("trigger", "public.film.film_fulltext_trigger",
                    "calls pg_catalog.tsvector_update_trigger, which is outside the core schema"),
            new Unsupported("view", "public.film_list",
                    "depends on aggregate public.group_concat(text), which is not imported"),
            new Unsupported("view", "public.nicer_but_slower_film_list",
                    "depends on aggregate public.group_concat(text), which is not imported"),
            new Unsupported("view", "public.sales_by_film_category",
                    "depends on partitioned table public.payment, which is not imported"),
            new Unsupported("view", "public.sales_by_store",
                    "depends on partitioned table public.payment, which is not imported")),
            paymentPartitions()).sorted(java.util.Comparator.comparing(Unsupported::kind)
                    .thenComparing(Unsupported::name)).toList();

    private static Path bin;
    private static Path schema;

    @BeforeAll
    static void tools() {
        bin = PgTools.pg15();
        var file = Pagila.schemaFile();
        PgTools.requireOrSkip(file.isPresent(), "skipped: shared/data/pagila/pagila-schema.sql not found above "
                + Path.of("").toAbsolutePath() + " (or set STRATA_PAGILA_SCHEMA)");
        schema = file.get();
    }

    /** The 55 monthly partitions of payment, January 2022 to July 2026. */
    private static Stream<Unsupported> paymentPartitions() {
        return IntStream.range(0, 55).mapToObj(m -> String.format("public.payment_p%d_%02d", 2022 + m / 12, m % 12 + 1))
                .map(name -> new Unsupported("partition", name,
                        "partition of public.payment: the Strata language has no partitioning"));
    }

    @TempDir
    Path project;

    @Test
    void importedPlannedAndAppliedPagilaDumpsLikeTheOriginalApartFromWhatImportReported() throws Exception {
        String original = TestDatabases.newDatabase("pagila");
        PgTools.psqlFile(bin, PgTools.databaseName(original), schema);
        var result = LiveDatabase.introspect(original, IntrospectionRequest.of("public"));
        assertThat(result.unsupported()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("definition")
                .containsExactlyElementsOf(EXPECTED_UNSUPPORTED);

        // the written project reads back as the imported model, or write fails; its baseline plans from empty
        var written = ProjectImporter.write(result.model(), new ProjectImporter.Request(project, "pagila", "public"));
        assertThat(written.baseline().status()).isEqualTo(PlanMaker.Status.PLANNED);

        String copy = TestDatabases.newDatabase("pagila_copy");
        try (Database database = Database.connect(new Target(copy, "postgres", "", "test", false),
                RunnerIdentity.current(), Duration.ofSeconds(10))) {
            var runner = new Runner(database, RunnerIdentity.current(), Reporter.silent());
            var applied = runner.apply(PlanChain.load(project.resolve("migrations"), "migrations", "pagila"), ApplyOptions.defaults());
            assertThat(applied.applied()).containsExactly("0001_baseline");
        }

        var before = DumpEntries.parse(PgTools.dumpSchema(bin, PgTools.databaseName(original)));
        var after = DumpEntries.parse(PgTools.dumpSchema(bin, PgTools.databaseName(copy)));
        var expected = before.notAbout(leftOut(original, result.unsupported()));
        var actual = List.copyOf(after.entries().values());
        assertThat(actual).as("in the copy, not in the original").isSubsetOf(expected);
        assertThat(expected).as("in the original, not in the copy").isSubsetOf(actual);
        assertThat(actual).hasSize(expected.size());
    }

    /** The unsupported objects by name, and the indexes of unsupported relations (pg_dump names them alone). */
    private static List<String> leftOut(String url, List<Unsupported> unsupported) throws Exception {
        var names = new ArrayList<String>();
        unsupported.forEach(u -> names.add(u.name()));
        try (Connection connection = TestDatabases.connect(url);
             var statement = connection.prepareStatement("""
                     SELECT n.nspname || '.' || ic.relname FROM pg_index i
                     JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
                     JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE n.nspname || '.' || t.relname = ANY(?)""")) {
            statement.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
