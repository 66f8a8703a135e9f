package dev.strata.introspect;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.engine.RollbackRequest;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import dev.strata.tester.DataGenerator;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the walk through Danbooru's history, version {@code old} to version {@code next}, the way a user of
 * {@code strata plan --from --to} would take it: {@code old} is loaded into database A and filled with generated
 * rows, {@code next} into database B; the plan A→B is made from the two live databases (after a baseline of A),
 * the baseline recorded on A, the plan applied; then A's {@code pg_dump --schema-only} must be B's and every
 * surviving column must hold the rows it held; the plan is rolled back, and A's dump and every row must be what
 * they were. Where the plan refuses a type change that only a person can convert, the conversion comes from
 * {@link #CONVERSIONS}, written into the target's sources as a user would, and the plan is made again.
 */
final class DanbooruStep {

    /** The stages of a step, in order; a failed step names the first that failed. */
    enum Stage { LOAD, IMPORT, PLAN, BASELINE, APPLY, SCHEMA_UP, DATA_UP, ROLLBACK, SCHEMA_DOWN, DATA_DOWN;

        String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    /** A conversion a person writes for a type change: the column's {@code using (…) reverse (…)} options. */
    record Conversion(String step, String table, String column, String options) {
    }

    /** The conversions a user writes, by step: the type changes PostgreSQL cannot make by itself. */
    static final List<Conversion> CONVERSIONS = List.of(
            // a session id becomes a uuid: the number as the uuid's last 16 hex digits, and back
            new Conversion("36-37", "user_events", "login_session_id",
                    "using (lpad(to_hex(login_session_id), 32, '0')::uuid)"
                            + " reverse (('x' || right(replace(login_session_id::text, '-', ''), 16))::bit(64)::bigint)"));

    /** What became of a step: passed ({@code stage} null), or failed at a stage with a one-line reason. */
    record Outcome(String step, Stage stage, String reason) {
        String outcome() {
            return stage == null ? "passed" : "failed at " + stage.label();
        }
    }

    private static final class Failed extends Exception {
        final Stage stage;

        Failed(Stage stage, String reason) {
            super(reason);
            this.stage = stage;
        }
    }

    private static final Pattern NEEDS_CONVERSION = Pattern.compile("^column (\\S+)\\.(\\S+) changes from ");
    private static final String SCHEMA = "public";
    private static final String PROJECT = "danbooru";
    private static final int ROWS = 3;

    private final Path bin;
    private final Path work;

    DanbooruStep(Path bin, Path work) {
        this.bin = bin;
        this.work = work;
    }

    static String name(Path old, Path next) {
        return Danbooru.number(old) + "-" + Danbooru.number(next);
    }

    Outcome run(Path old, Path next) throws Exception {
        String step = name(old, next);
        ScratchServer server = TestDatabases.server();
        Target a = server.newDatabase("danbooru_a");
        Target b = server.newDatabase("danbooru_b");
        try {
            walk(step, a, b, old, next);
            return new Outcome(step, null, "");
        } catch (Failed e) {
            return new Outcome(step, e.stage, oneLine(e.getMessage()));
        } finally {
            server.drop(a);
            server.drop(b);
        }
    }

    private void walk(String step, Target a, Target b, Path old, Path next) throws Exception {
        var loadB = async(Stage.LOAD, () -> {
            PgTools.psqlFile(bin, b.database(), next);
            return PgTools.dumpSchema(bin, b.database());
        });
        stage(Stage.LOAD, () -> {
            PgTools.psqlFile(bin, a.database(), old);
            return null;
        });
        try (Connection connection = ScratchServer.connect(a)) {
            DataGenerator.fill(connection, SCHEMA, ROWS, new ArrayList<>());
        }
        String dumpBefore = PgTools.dumpSchema(bin, a.database());
        String dumpB = join(loadB);

        Map<String, Map<String, String>> columnsA;
        Map<String, Map<String, String>> columnsB;
        try (Connection ca = ScratchServer.connect(a); Connection cb = ScratchServer.connect(b)) {
            columnsA = RowChecksums.columns(ca, SCHEMA);
            columnsB = RowChecksums.columns(cb, SCHEMA);
        }
        IntrospectionResult from = stage(Stage.IMPORT, () -> introspect(a));
        IntrospectionResult to = stage(Stage.IMPORT, () -> introspect(b));

        var leftOut = new ArrayList<String>();
        from.unsupported().forEach(u -> leftOut.add(u.name()));
        to.unsupported().forEach(u -> leftOut.add(u.name()));
        Path migrations = work.resolve(step).resolve("migrations");
        var converted = plan(step, from, to, migrations);
        if (converted == null) {
            // nothing to plan: right when the dumps agree; otherwise the change is in something import leaves out
            sameSchema(Stage.PLAN, dumpBefore, dumpB, List.of(), "A (nothing to plan)", "B");
            return;
        }

        Map<String, List<String>> surviving = surviving(columnsA, columnsB, converted);
        Map<String, List<String>> all = new LinkedHashMap<>();
        columnsA.forEach((table, columns) -> all.put(table, List.copyOf(columns.keySet())));
        Map<String, String> survivingBefore;
        Map<String, String> allBefore;
        try (Connection connection = ScratchServer.connect(a)) {
            survivingBefore = RowChecksums.of(connection, SCHEMA, surviving);
            allBefore = RowChecksums.of(connection, SCHEMA, all);
        }

        try (Database database = Database.connect(a, RunnerIdentity.current(), Duration.ofSeconds(10))) {
            stage(Stage.BASELINE, () -> Baseline.record(database, MigrationChain.load(migrations, "migrations"),
                    PROJECT, null, RunnerIdentity.current(), ApplyOptions.defaults(), Reporter.silent(),
                    server().admin()));
            var runner = new Runner(database, RunnerIdentity.current(), Reporter.silent());
            var plans = PlanChain.load(migrations, "migrations", PROJECT);
            stage(Stage.APPLY, () -> runner.apply(plans, ApplyOptions.defaults()));
            var reported = new ArrayList<Unsupported>(from.unsupported());
            reported.addAll(to.unsupported());
            sameSchema(Stage.SCHEMA_UP, withoutReportedOptions(PgTools.dumpSchema(bin, a.database()), reported),
                    withoutReportedOptions(dumpB, reported), leftOut, "A after the plan", "B");
            sameRows(Stage.DATA_UP, a, surviving, survivingBefore);
            stage(Stage.ROLLBACK, () -> runner.rollback(plans, RollbackRequest.last(), ApplyOptions.defaults()));
            sameSchema(Stage.SCHEMA_DOWN, PgTools.dumpSchema(bin, a.database()), dumpBefore, List.of(),
                    "A after the rollback", "A before");
            sameRows(Stage.DATA_DOWN, a, all, allBefore);
        }
    }

    private static ScratchServer server() {
        return TestDatabases.server();
    }

    /** Reads a live database as {@code plan --from --to} does (the planner runs the checks it needs). */
    private static IntrospectionResult introspect(Target database) throws Exception {
        try (Connection connection = ScratchServer.connect(database)) {
            return Introspector.read(connection, IntrospectionRequest.of(SCHEMA));
        }
    }

    /**
     * Plans A→B as {@code plan --from --to} does and writes the plans; a refused type change is given the user's
     * conversion and planned again; a plan refused for its data loss is made again with {@code --allow-data-loss},
     * as a user who read the refusal would. Returns the converted columns ({@code table.column}), or null when
     * there is nothing to plan.
     */
    private static Set<String> plan(String step, IntrospectionResult from, IntrospectionResult to, Path migrations)
            throws Exception {
        Model target = to.model();
        var converted = new TreeSet<String>();
        var outcomes = planned(from, target, migrations);
        var last = outcomes.get(outcomes.size() - 1);
        if (last.status() == PlanMaker.Status.FAILED) {
            var needed = last.diagnostics().stream().filter(Diagnostic::isError)
                    .filter(d -> d.code().equals(Code.TYPE_CHANGE_NEEDS_CONVERSION.code())).toList();
            // the same type change is also refused for having no way back: the conversion's reverse is that way
            long others = last.diagnostics().stream().filter(Diagnostic::isError)
                    .filter(d -> !d.code().equals(Code.TYPE_CHANGE_NEEDS_CONVERSION.code())
                            && !d.code().equals(Code.TYPE_CHANGE_WITHOUT_WAY_BACK.code())).count();
            if (needed.isEmpty() || others > 0) {
                throw new Failed(Stage.PLAN, errors(last.diagnostics()));
            }
            String sources = SchemaPrinter.print(target);
            for (Diagnostic d : needed) {
                Matcher m = NEEDS_CONVERSION.matcher(d.message());
                var conversion = m.find() ? CONVERSIONS.stream().filter(c -> c.step().equals(step)
                        && c.table().equals(m.group(1)) && c.column().equals(m.group(2))).findFirst()
                        : java.util.Optional.<Conversion>empty();
                if (conversion.isEmpty() || !d.hint().startsWith("write the conversion: using (")) {
                    throw new Failed(Stage.PLAN, "refused, and no conversion written for it: " + d.message()
                            + " (hint: " + d.hint() + ")");
                }
                sources = withConversion(sources, conversion.get());
                converted.add(conversion.get().table() + "." + conversion.get().column());
            }
            var parsed = new StrataParser().parse("schema.strata", sources);
            if (parsed.hasErrors()) {
                throw new AssertionError("the sources with the conversion do not parse: " + parsed.diagnostics());
            }
            target = ModelAssembler.assemble(List.of(parsed.unit()));
            outcomes = planned(from, target, migrations);
            last = outcomes.get(outcomes.size() - 1);
        }
        if (last.status() == PlanMaker.Status.NOTHING_TO_PLAN) {
            return null;
        }
        if (last.status() != PlanMaker.Status.PLANNED) {
            throw new Failed(Stage.PLAN, errors(last.diagnostics()));
        }
        for (var conversion : CONVERSIONS) {
            if (conversion.step().equals(step) && !converted.contains(conversion.table() + "." + conversion.column())) {
                throw new AssertionError("step " + step + " has a conversion for " + conversion.table() + "."
                        + conversion.column() + " in DanbooruStep.CONVERSIONS, but plan did not ask for one: remove"
                        + " it");
            }
        }
        LivePlanner.write(outcomes, migrations);
        return converted;
    }

    private static List<PlanMaker.Outcome> planned(IntrospectionResult from, Model to, Path migrations) {
        var outcomes = planned(from, to, migrations, false);
        var last = outcomes.get(outcomes.size() - 1);
        boolean conversions = last.diagnostics().stream()
                .anyMatch(d -> d.code().equals(Code.TYPE_CHANGE_NEEDS_CONVERSION.code()));
        if (last.status() != PlanMaker.Status.FAILED || conversions) {
            return outcomes;
        }
        System.out.println("[danbooru] refused without --allow-data-loss: " + errors(last.diagnostics()));
        return planned(from, to, migrations, true);
    }

    private static List<PlanMaker.Outcome> planned(IntrospectionResult from, Model to, Path migrations,
                                                   boolean allowDataLoss) {
        return LivePlanner.plan(new LivePlanner.Request(from.model(), to, from.hasSchema(SCHEMA), SCHEMA, PROJECT,
                "next", migrations, "migrations", allowDataLoss));
    }

    /** The sources with the conversion's options added to the column's line of its table, as a user edits them. */
    private static String withConversion(String sources, Conversion conversion) {
        var lines = new ArrayList<>(List.of(sources.split("\n", -1)));
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("table ")) {
                inTable = trimmed.startsWith("table " + conversion.table() + " ");
            } else if (inTable && trimmed.startsWith(conversion.column() + " ")) {
                lines.set(i, line + " " + conversion.options());
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no column " + conversion.table() + "." + conversion.column()
                + " in the printed sources");
    }

    /** The columns of each table that both versions have, less the converted ones (their values change). */
    private static Map<String, List<String>> surviving(Map<String, Map<String, String>> a,
                                                       Map<String, Map<String, String>> b, Set<String> converted) {
        var surviving = new LinkedHashMap<String, List<String>>();
        a.forEach((table, columns) -> {
            var next = b.get(table);
            if (next == null) {
                return;
            }
            surviving.put(table, columns.keySet().stream().filter(next::containsKey)
                    .filter(c -> !converted.contains(table + "." + c)).toList());
        });
        return surviving;
    }

    /**
     * The dump without the {@code SET STATISTICS} statements of the columns whose statistics target the import
     * reported as not imported: pg_dump writes them inside the table's entry, so leaving out the entry would hide
     * the whole table.
     */
    private static String withoutReportedOptions(String dump, List<Unsupported> reported) {
        var prefixes = new ArrayList<String>();
        for (var u : reported) {
            String[] parts = u.name().split("\\.", 3);
            if (u.kind().equals("column option") && u.reason().startsWith("SET STATISTICS") && parts.length == 3) {
                prefixes.add("ALTER TABLE ONLY " + parts[0] + "." + parts[1] + " ALTER COLUMN " + parts[2]
                        + " SET STATISTICS ");
            }
        }
        return String.join("\n", dump.lines().filter(l -> prefixes.stream().noneMatch(l::startsWith)).toList());
    }

    private static void sameSchema(Stage stage, String actualDump, String expectedDump, List<String> leftOut,
                                   String actualName, String expectedName) throws Failed {
        var actual = new TreeSet<String>();
        var expected = new TreeSet<String>();
        DumpEntries.parse(actualDump).withColumnsInAnyOrder().notAbout(leftOut)
                .forEach(e -> actual.add(e.key() + "\n" + e.sql()));
        DumpEntries.parse(expectedDump).withColumnsInAnyOrder().notAbout(leftOut)
                .forEach(e -> expected.add(e.key() + "\n" + e.sql()));
        var extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        var missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        if (extra.isEmpty() && missing.isEmpty()) {
            return;
        }
        var keysExtra = new TreeSet<String>();
        extra.forEach(e -> keysExtra.add(e.substring(0, e.indexOf('\n'))));
        var keysMissing = new TreeSet<String>();
        missing.forEach(e -> keysMissing.add(e.substring(0, e.indexOf('\n'))));
        var differ = new TreeSet<>(keysExtra);
        differ.retainAll(keysMissing);
        keysExtra.removeAll(differ);
        keysMissing.removeAll(differ);
        var parts = new ArrayList<String>();
        if (!differ.isEmpty()) {
            parts.add("differs from " + expectedName + " in " + String.join(", ", differ));
        }
        if (!keysExtra.isEmpty()) {
            parts.add("has what " + expectedName + " lacks: " + String.join(", ", keysExtra));
        }
        if (!keysMissing.isEmpty()) {
            parts.add("lacks what " + expectedName + " has: " + String.join(", ", keysMissing));
        }
        System.out.println("[danbooru] " + stage.label() + ":\n--- " + actualName + "\n" + String.join("\n", extra)
                + "\n--- " + expectedName + "\n" + String.join("\n", missing));
        throw new Failed(stage, actualName + " " + String.join("; ", parts));
    }

    private static void sameRows(Stage stage, Target a, Map<String, List<String>> columns, Map<String, String> before)
            throws Exception {
        Map<String, String> now;
        try (Connection connection = ScratchServer.connect(a)) {
            now = RowChecksums.of(connection, SCHEMA, columns);
        }
        var changed = new TreeSet<String>();
        before.forEach((table, sum) -> {
            if (!sum.equals(now.get(table))) {
                changed.add(table + " (" + sum + " before, " + now.get(table) + " after)");
            }
        });
        if (!changed.isEmpty()) {
            throw new Failed(stage, "rows changed in " + String.join(", ", changed));
        }
    }

    private static String errors(List<Diagnostic> diagnostics) {
        return String.join("; ", diagnostics.stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.message()).toList());
    }

    private static <T> T stage(Stage stage, Callable<T> work) throws Failed {
        try {
            return work.call();
        } catch (Failed e) {
            throw e;
        } catch (Exception | AssertionError e) {
            throw new Failed(stage, String.valueOf(e.getMessage()));
        }
    }

    private static <T> CompletableFuture<T> async(Stage stage, Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return stage(stage, work);
            } catch (Failed e) {
                throw new CompletionException(e);
            }
        });
    }

    private static <T> T join(CompletableFuture<T> future) throws Failed {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Failed failed) {
                throw failed;
            }
            throw e;
        }
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ").replace('\t', ' ');
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
