package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compiler's view of a project's plans: the verified {@link PlanChain} (every problem a diagnostic under its
 * code, S2030–S2034), plus what only the compiler can check: that each plan's source snapshot parses back to the
 * model the plan says it planned to (S2034), and that the first plan starts from the empty schema (S2033). A chain
 * with problems still lists the plans it could read, so the diagnostics can all be shown at once.
 */
public final class MigrationChain {

    private final PlanChain chain;
    private final List<Link> links;
    private final List<Diagnostic> diagnostics;

    private MigrationChain(PlanChain chain, List<Link> links, List<Diagnostic> diagnostics) {
        this.chain = chain;
        this.links = List.copyOf(links);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** One verified plan: its directory, the plan, and the model its snapshot describes. */
    public record Link(Path directory, String displayDirectory, Plan plan, Model model) {
    }

    /**
     * Loads and verifies {@code migrationsDir}; {@code displayDir} is how messages name it (e.g. {@code migrations});
     * {@code project} the project the plans must belong to (null: any). A missing directory is an empty chain.
     */
    public static MigrationChain load(Path migrationsDir, String displayDir, String project) {
        PlanChain chain = PlanChain.load(migrationsDir, displayDir, project);
        var diagnostics = new ArrayList<Diagnostic>();
        chain.problems().forEach(problem -> diagnostics.add(diagnostic(problem)));
        var links = new ArrayList<Link>();
        for (PlanChain.Entry entry : chain.entries()) {
            boolean snapshotSealed = chain.problemsOf(List.of(entry.plan().id())).stream()
                    .noneMatch(p -> p.kind() == PlanProblem.Kind.SNAPSHOT);
            Model model = snapshotSealed ? snapshot(entry, diagnostics) : Model.EMPTY;
            links.add(new Link(entry.directory(), entry.display(), entry.plan(), model));
        }
        startsFromEmpty(chain, diagnostics);
        return new MigrationChain(chain, links, diagnostics);
    }

    /** The plans of a project, in its migrations directory, named as messages name it; without its sources. */
    public static MigrationChain load(ProjectConfig config) {
        return load(config.migrationsDir(), config.migrationsDisplay(), config.name());
    }

    /** No plans, and nothing verified: the chain of a project that did not load. */
    public static MigrationChain none() {
        return new MigrationChain(PlanChain.of(null, List.of()), List.of(), List.of());
    }

    /** As {@link #load(Path, String, String)}, for plans of any project. */
    public static MigrationChain load(Path migrationsDir, String displayDir) {
        return load(migrationsDir, displayDir, null);
    }

    /** The diagnostic of a plan problem: its kind's code, at the file it names. */
    public static Diagnostic diagnostic(PlanProblem problem) {
        return Diagnostic.error(Code.of(problem.kind()), Span.of(problem.file(), 1, 1), problem.message(),
                problem.hint());
    }

    private static Model snapshot(PlanChain.Entry entry, List<Diagnostic> diagnostics) {
        String display = entry.display() + "/" + PlanChain.SNAPSHOT_FILE;
        Span at = Span.of(display, 1, 1);
        String id = entry.plan().id();
        String text;
        try {
            text = Files.readString(entry.directory().resolve(PlanChain.SNAPSHOT_FILE));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Code.EDITED_SNAPSHOT, at,
                    "plan " + id + " has no readable source snapshot",
                    "restore " + display + " from version control"));
            return Model.EMPTY;
        }
        var parsed = SourceSnapshot.parse(display, text);
        if (parsed.hasErrors()) {
            diagnostics.add(Diagnostic.error(Code.EDITED_SNAPSHOT, at,
                    "the source snapshot of plan " + id + " does not parse",
                    "restore " + display + " from version control"));
            return Model.EMPTY;
        }
        if (!ModelFingerprint.of(parsed.model()).equals(entry.plan().fingerprintAfter())) {
            diagnostics.add(Diagnostic.error(Code.EDITED_SNAPSHOT, at,
                    "the source snapshot of plan " + id + " is not what the"
                    + " plan was made from", "restore " + display + " from version control"));
            return Model.EMPTY;
        }
        return parsed.model();
    }

    private static void startsFromEmpty(PlanChain chain, List<Diagnostic> diagnostics) {
        Optional<PlanChain.Entry> first = chain.entries().stream().findFirst()
                .filter(e -> e.plan().sequence() == 1 && e.plan().parent() == null);
        if (first.isPresent() && !ModelFingerprint.of(Model.EMPTY).equals(first.get().plan().fingerprintBefore())) {
            Span at = Span.of(first.get().display() + "/" + PlanChain.PLAN_FILE, 1, 1);
            diagnostics.add(Diagnostic.error(Code.BROKEN_CHAIN, at,
                    "plan " + first.get().plan().id() + " is the first plan but does not start from an empty schema",
                    "restore the plans from version control"));
        }
    }

    /** The verified plans, as the engine runs them. */
    public PlanChain chain() {
        return chain;
    }

    public List<Link> links() {
        return links;
    }

    public List<Plan> plans() {
        return chain.plans();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public Optional<Link> last() {
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(links.size() - 1));
    }

    /** The model the last plan ends with: where the next plan starts. */
    public Model lastModel() {
        return last().map(Link::model).orElse(Model.EMPTY);
    }

    public int nextSequence() {
        return chain.nextSequence();
    }
}
