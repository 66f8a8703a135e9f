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
            new Unsupported("trigger", "public.film.film_fulltext_trigger",
                    "calls pg_catalog.tsvector_update_trigger, which is outside the core schema"),
            new Unsupported("view", "public.film_list",
                    "depends on aggregate public.group_concat(text), which is not imported"),
            new Unsupported("view", "public.nicer_but_slower_film_list",
                    "depends on aggregate public.group_concat(text), which is not imported")),
            paymentPartitionsOwnKeysAndIndexes()).sorted(java.util.Comparator.comparing(Unsupported::kind)
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

    /**
     * The partitioned payment table and its 55 monthly partitions are imported; the foreign keys and indexes that
     * the first six partitions (January to June 2022) have of their own are not.
     */
    private static Stream<Unsupported> paymentPartitionsOwnKeysAndIndexes() {
        String own = ": a Strata partition has only its bound and comment (declare it on the partitioned table payment)";
        return IntStream.rangeClosed(1, 6).mapToObj(m -> String.format("payment_p2022_%02d", m)).flatMap(p -> Stream.of(
                new Unsupported("foreign key", "public." + p + "." + p + "_customer_id_fkey",
                        "the partition's own foreign key is not imported" + own),
                new Unsupported("foreign key", "public." + p + "." + p + "_rental_id_fkey",
                        "the partition's own foreign key is not imported" + own),
                new Unsupported("foreign key", "public." + p + "." + p + "_staff_id_fkey",
                        "the partition's own foreign key is not imported" + own),
                new Unsupported("index", "public.idx_fk_" + p + "_customer_id",
                        "an index of the partition alone is not imported" + own),
                new Unsupported("index", "public.idx_fk_" + p + "_staff_id",
                        "an index of the partition alone is not imported" + own),
                new Unsupported("index", "public." + p + "_customer_id_idx",
                        "an index of the partition alone is not imported" + own)));
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
