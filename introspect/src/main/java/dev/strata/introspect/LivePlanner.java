package dev.strata.introspect;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanAssembler;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.planner.PlanMaker.Outcome;
import dev.strata.compiler.planner.PlanMaker.Status;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.plan.Plan;
import dev.strata.plan.StrataVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code strata plan --from URL --to URL}: the plan that turns the schema of one live database into another's,
 * made like every other plan ({@code plan.json}, {@code up.sql}, {@code down.sql}, {@code REVIEW.md},
 * {@code schema.strata} printed from the target model). Plans form a chain from an empty database, so in a
 * directory without plans the plan comes after a baseline plan from empty to the {@code --from} schema (which
 * {@code strata baseline} records as applied on that database); in a directory with plans, the chain must end
 * where the {@code --from} database is (S4002).
 */
public final class LivePlanner {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private LivePlanner() {
    }

    /**
     * {@code fromHasCoreSchema} false means the {@code --from} database has no core schema yet, so the first plan
     * creates it. {@code migrationsDir} may not exist yet.
     */
    public record Request(Model from, Model to, boolean fromHasCoreSchema, String coreSchema, String project,
                          String name, Path migrationsDir, String migrationsDisplay, boolean allowDataLoss) {
    }

    /**
     * The plans to write, in order: the baseline when the directory has none and {@code --from} is not empty,
     * then the plan itself. A single {@code FAILED} or {@code NOTHING_TO_PLAN} outcome otherwise.
     */
    public static List<Outcome> plan(Request request) {
        // snapshots list facades in file order and the next plan reads them back: plan in that order
        Model from = ImportLayout.inFileOrder(request.from());
        Model to = ImportLayout.inFileOrder(request.to());
        var diagnostics = new ArrayList<Diagnostic>();
        if (request.name() == null || !SLUG.matcher(request.name()).matches()
                || request.name().equals(ProjectImporter.BASELINE)) {
            diagnostics.add(Diagnostic.error(Code.BAD_PLAN_NAME, Span.NONE,
                    "'" + request.name() + "' is not a plan name",
                    "use lower-case letters, digits and dashes other than 'baseline', e.g. --name align-staging"));
        }
        var chain = MigrationChain.load(request.migrationsDir(), request.migrationsDisplay(), request.project());
        diagnostics.addAll(chain.diagnostics());
        if (chain.isValid() && !chain.links().isEmpty() && !SchemaDiff.between(chain.lastModel(), from).isEmpty()) {
            diagnostics.add(Diagnostic.error(Code.PLANS_END_ELSEWHERE, Span.NONE,
                    "the plans in " + request.migrationsDisplay()
                    + " end at another schema than the --from database's",
                    "write the plan into a directory without plans (--out), or bring the --from database to the"
                            + " last plan first"));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return List.of(failed(diagnostics));
        }
        var outcomes = new ArrayList<Outcome>();
        Plan parent = chain.last().map(MigrationChain.Link::plan).orElse(null);
        int sequence = chain.nextSequence();
        boolean first = chain.links().isEmpty();
        if (first && !from.equals(Model.EMPTY)) {
            var baseline = make(Model.EMPTY, from, true, sequence, ProjectImporter.BASELINE, parent, request);
            if (baseline.status() != Status.PLANNED) {
                return List.of(baseline);
            }
            outcomes.add(baseline);
            parent = baseline.plan();
            sequence++;
            first = false;
        }
        var plan = make(from, to, first && !request.fromHasCoreSchema(), sequence, request.name(), parent, request);
        if (plan.status() != Status.PLANNED) {
            return List.of(plan);
        }
        outcomes.add(plan);
        return outcomes;
    }

    private static Outcome make(Model from, Model to, boolean createsCoreSchema, int sequence, String name,
                                Plan parent, Request request) {
        String id = String.format("%04d_%s", sequence, name);
        var result = Planner.plan(new PlanRequest(from, to, request.coreSchema(), id, createsCoreSchema,
                request.allowDataLoss()));
        if (result.hasErrors()) {
            return failed(result.diagnostics());
        }
        if (result.isEmpty()) {
            return new Outcome(Status.NOTHING_TO_PLAN, null, null, null, result.diagnostics());
        }
        var header = new PlanAssembler.Header(id, sequence, name, request.project(), request.coreSchema(), parent,
                StrataVersion.get());
        var assembled = PlanAssembler.assemble(header, from, to, result, sources(to));
        Plan plan = assembled.plan();
        var files = assembled.files();
        return new Outcome(Status.PLANNED, plan, id, files, result.diagnostics());
    }

    private static Outcome failed(List<Diagnostic> diagnostics) {
        return new Outcome(Status.FAILED, null, null, null, diagnostics);
    }

    /** The target model as the files an import would write, so the snapshot reads back as that model. */
    private static LinkedHashMap<String, String> sources(Model model) {
        var sources = new LinkedHashMap<String, String>();
        ImportLayout.files(model).forEach((file, unit) -> sources.put("schema/" + file, SchemaPrinter.print(unit)));
        return sources;
    }

    /** Writes the planned outcomes into {@code migrationsDir}, in order. */
    public static List<Path> write(List<Outcome> outcomes, Path migrationsDir) throws java.io.IOException {
        var written = new ArrayList<Path>();
        for (Outcome outcome : outcomes) {
            written.add(PlanMaker.write(outcome, migrationsDir));
        }
        return written;
    }
}
