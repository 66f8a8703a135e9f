package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.compiler.format.Formatter;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanWriter;
import dev.strata.plan.Step;
import dev.strata.plan.StrataVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What {@code strata plan} does, without the command line: verify the chain of earlier plans, plan from the last
 * plan's target model (the parsed snapshot) to the sources, and produce the files of {@code migrations/NNNN_slug/}
 * ({@code plan.json}, {@code up.sql}, {@code down.sql}, {@code REVIEW.md}, {@code schema.strata}). Nothing is
 * written until {@link #write}; a dry run prints {@link Outcome#files()} instead. Same inputs, same bytes.
 */
public final class PlanMaker {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private PlanMaker() {
    }

    public enum Status { PLANNED, NOTHING_TO_PLAN, FAILED }

    /**
     * The result: the plan and its files (name to content, in writing order) when {@code PLANNED}; the
     * diagnostics in every case (warnings may come with a plan).
     */
    public record Outcome(Status status, Plan plan, String directory, Map<String, String> files,
                          List<Diagnostic> diagnostics) {
        public Outcome {
            files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Plans the project's sources against its migrations directory. */
    public static Outcome make(LoadedProject project, String name, boolean allowDataLoss) {
        return make(project, name, allowDataLoss, StrataVersion.get());
    }

    /** As {@link #make(LoadedProject, String, boolean)}, with the tool version written into plan.json given. */
    public static Outcome make(LoadedProject project, String name, boolean allowDataLoss, String toolVersion) {
        return make(project, MigrationChain.load(project.config()), name, allowDataLoss, toolVersion);
    }

    /** Plans the project's sources after the chain of its plans, already loaded and verified. */
    public static Outcome make(LoadedProject project, MigrationChain chain, String name, boolean allowDataLoss) {
        return make(project, chain, name, allowDataLoss, StrataVersion.get(), PlanVerification.NONE);
    }

    /**
     * As {@link #make(LoadedProject, MigrationChain, String, boolean)}, the plan proven by {@code verification}
     * before it is returned: a plan that fails is not returned (S2041, with what failed), one that passes carries
     * the verdict in its REVIEW.md.
     */
    public static Outcome make(LoadedProject project, MigrationChain chain, String name, boolean allowDataLoss,
                               PlanVerification verification) {
        return make(project, chain, name, allowDataLoss, StrataVersion.get(), verification);
    }

    private static Outcome make(LoadedProject project, MigrationChain chain, String name, boolean allowDataLoss,
                                String toolVersion) {
        return make(project, chain, name, allowDataLoss, toolVersion, PlanVerification.NONE);
    }

    private static Outcome make(LoadedProject project, MigrationChain chain, String name, boolean allowDataLoss,
                                String toolVersion, PlanVerification verification) {
        return make(project.config(), project.diagnostics(), project.model(), () -> snapshotSources(project), chain,
                name, allowDataLoss, toolVersion, verification);
    }

    /**
     * Plans {@code to} after the chain, as {@link #make(LoadedProject, MigrationChain, String, boolean)} plans a
     * project whose sources load as {@code to} without diagnostics: the same steps, the same files. For
     * {@code strata import}, which plans the imported model while it reads the written sources back (the two at
     * once): {@code sources} (the snapshot's files, {@link #snapshotSources}) is asked for only when there is a plan
     * to seal, so it may wait for the read-back and throw when that fails.
     */
    public static Outcome make(ProjectConfig config, MigrationChain chain, Model to, String name,
                               boolean allowDataLoss, Supplier<Map<String, String>> sources) {
        return make(config, List.of(), to, sources, chain, name, allowDataLoss, StrataVersion.get(),
                PlanVerification.NONE);
    }

    private static Outcome make(ProjectConfig config, List<Diagnostic> projectDiagnostics, Model to,
                                Supplier<Map<String, String>> sources, MigrationChain chain, String name,
                                boolean allowDataLoss, String toolVersion, PlanVerification verification) {
        var diagnostics = new ArrayList<Diagnostic>(projectDiagnostics);
        if (name == null || !SLUG.matcher(name).matches()) {
            diagnostics.add(Diagnostic.error(Code.BAD_PLAN_NAME, Span.NONE, "'" + name + "' is not a plan name",
                    "use lower-case letters, digits and dashes, e.g. --name add-loyalty"));
        }
        diagnostics.addAll(chain.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Outcome(Status.FAILED, null, null, null, diagnostics);
        }
        Model from = chain.lastModel();
        int sequence = chain.nextSequence();
        String id = String.format("%04d_%s", sequence, name);
        var result = Planner.plan(new PlanRequest(from, to, config.coreSchema(), id, sequence == 1, allowDataLoss));
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) {
            return new Outcome(Status.FAILED, null, null, null, diagnostics);
        }
        if (result.isEmpty()) {
            return new Outcome(Status.NOTHING_TO_PLAN, null, null, null, diagnostics);
        }
        var parent = chain.last().map(MigrationChain.Link::plan).orElse(null);
        var header = new PlanAssembler.Header(id, sequence, name, config.name(), config.coreSchema(), parent,
                toolVersion);
        var snapshot = sources.get();
        var assembled = PlanAssembler.assemble(header, from, to, result, snapshot, null);
        var verdict = verification.verify(assembled.plan(), to);
        if (!verdict.passed()) {
            diagnostics.add(Diagnostic.error(Code.PLAN_FAILED_VERIFICATION, Span.NONE, "plan " + id + " failed its"
                    + " verification on a scratch database, so it was not written:\n" + verdict.failure(),
                    "fix the sources (or an earlier plan's data) so the plan applies, rolls back and applies again;"
                            + " strata plan --no-verify writes it without this proof, and its REVIEW.md says so"));
            return new Outcome(Status.FAILED, null, null, null, diagnostics);
        }
        if (verdict.review() != null) {
            assembled = PlanAssembler.assemble(header, from, to, result, snapshot, verdict.review());
        }
        return new Outcome(Status.PLANNED, assembled.plan(), id, assembled.files(), diagnostics);
    }

    /** Writes a planned outcome to {@code migrationsDir/<id>/}; refuses to overwrite an existing plan. */
    public static Path write(Outcome outcome, Path migrationsDir) throws IOException {
        if (outcome.status() != Status.PLANNED) {
            throw new IllegalArgumentException("nothing to write: " + outcome.status());
        }
        return PlanWriter.write(migrationsDir, outcome.directory(), outcome.files());
    }

    /**
     * For {@code strata check}: the chain's problems, and what changed in the sources since the last plan (empty
     * when the sources are what the last plan planned to).
     */
    public static Pending pending(LoadedProject project) {
        return pending(project, MigrationChain.load(project.config()));
    }

    /**
     * What {@code strata plan} would plan now, after the chain already loaded and verified: the changes, the steps,
     * and the planner's problems (the facade rules and the data-loss gate, as a plan without
     * {@code --allow-data-loss} meets them). Nothing when the chain has errors.
     */
    public static Pending pending(LoadedProject project, MigrationChain chain) {
        if (!chain.isValid()) {
            return new Pending(chain, List.of(), List.of(), List.of());
        }
        // as the planner sees them: an expansion taken away (its triggers dropped) is a change too
        String core = project.config().coreSchema();
        List<Change> changes = SchemaDiff.between(Expansions.apply(chain.lastModel(), core),
                Expansions.apply(project.model(), core));
        var result = Planner.plan(new PlanRequest(chain.lastModel(), project.model(), project.config().coreSchema(),
                String.format("%04d_pending", chain.nextSequence()), chain.links().isEmpty(), false));
        return new Pending(chain, changes, result.hasErrors() ? List.of() : result.steps(), result.diagnostics());
    }

    /**
     * The verified chain, the changes not yet planned, the steps a plan would have now (empty when the sources
     * are planned, or when planning them fails), and the planner's diagnostics: why planning them fails.
     */
    public record Pending(MigrationChain chain, List<Change> unplanned, List<Step> steps,
                          List<Diagnostic> diagnostics) {
        public Pending {
            unplanned = List.copyOf(unplanned);
            steps = List.copyOf(steps);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean upToDate() {
            return unplanned.isEmpty();
        }

        /** One line per step not yet planned: {@code add column core.customer.phone}. */
        public List<String> describe() {
            return steps.stream().map(s -> s.change() + " " + s.object()).toList();
        }
    }

    /**
     * The sources for the plan's snapshot, in canonical layout (as {@code strata fmt} prints them), so reformatting
     * the sources never changes a plan; verbatim if the printed files would not read back as the same model.
     */
    public static Map<String, String> snapshotSources(LoadedProject project) {
        // files are printed (and, where they change, parsed again) in parallel, as the loader parses them
        List<String> canonical = java.util.stream.IntStream.range(0, project.files().size()).parallel()
                .mapToObj(i -> Formatter.canonical(project.units().get(i), project.files().get(i).text())).toList();
        var sources = new LinkedHashMap<String, String>();
        for (int i = 0; i < project.files().size(); i++) {
            sources.put(project.files().get(i).displayPath(), canonical.get(i));
        }
        return sources;
    }
}
