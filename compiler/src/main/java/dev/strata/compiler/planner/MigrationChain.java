package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import dev.strata.plan.SqlScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plans of a project's {@code migrations} directory, in order, verified: each {@code plan.json} is readable,
 * named after its directory and unchanged since it was written (checksum, S2031); its {@code up.sql} and
 * {@code down.sql} are the plan's own; the numbers run 1, 2, 3… without gaps (S2032); each plan names the previous
 * one and its checksum, and starts from the model the previous one ended with (S2033); and each plan's source
 * snapshot parses back to the model the plan says it planned to (S2034). A chain with problems still lists the
 * plans it could read, so the diagnostics can all be shown at once.
 */
public final class MigrationChain {

    public static final String PLAN_FILE = "plan.json";
    public static final String UP_FILE = "up.sql";
    public static final String DOWN_FILE = "down.sql";
    public static final String REVIEW_FILE = "REVIEW.md";
    private static final Pattern DIRECTORY = Pattern.compile("(\\d{4})_[a-z0-9][a-z0-9-]*");

    private final List<Link> links;
    private final List<Diagnostic> diagnostics;

    private MigrationChain(List<Link> links, List<Diagnostic> diagnostics) {
        this.links = List.copyOf(links);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** One verified plan: its directory, the plan, and the model its snapshot describes. */
    public record Link(Path directory, String displayDirectory, Plan plan, Model model) {
    }

    /**
     * Loads and verifies {@code migrationsDir}; {@code displayDir} is how messages name it (e.g. {@code migrations}).
     * A missing directory is an empty chain.
     */
    public static MigrationChain load(Path migrationsDir, String displayDir) {
        var links = new ArrayList<Link>();
        var diagnostics = new ArrayList<Diagnostic>();
        if (!Files.isDirectory(migrationsDir)) {
            return new MigrationChain(links, diagnostics);
        }
        List<Path> dirs;
        try (Stream<Path> entries = Files.list(migrationsDir)) {
            dirs = entries.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            diagnostics.add(error("S2030", Span.of(displayDir, 1, 1), "cannot list " + displayDir + ": " + e.getMessage(),
                    null));
            return new MigrationChain(links, diagnostics);
        }
        Link previous = null;
        boolean previousUnreadable = false;
        int expected = 1;
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            String display = displayDir + "/" + name;
            Span at = Span.of(display + "/" + PLAN_FILE, 1, 1);
            var matcher = DIRECTORY.matcher(name);
            if (!matcher.matches()) {
                diagnostics.add(error("S2032", Span.of(display, 1, 1), "directory " + display
                        + " is not a plan (plans are named NNNN_slug)", "move it out of " + displayDir));
                continue;
            }
            Link link = read(dir, display, diagnostics);
            if (link == null) {
                expected++;
                previous = null;
                previousUnreadable = true;
                continue;
            }
            Plan plan = link.plan();
            int number = Integer.parseInt(matcher.group(1));
            if (previous != null && plan.sequence() == previous.plan().sequence()) {
                diagnostics.add(error("S2032", at, "plans " + previous.plan().id() + " and " + name
                                + " both have number " + plan.sequence() + ": they were planned on two branches",
                        "keep one of them, delete the other, and plan its change again on top"));
                continue;
            }
            if (number != expected || plan.sequence() != expected) {
                diagnostics.add(error("S2032", at, "plan " + name + " is number " + plan.sequence() + " but plan "
                                + expected + " was expected: a plan was removed or renumbered",
                        "restore the missing plan from version control"));
                expected = Math.max(number, plan.sequence());
            }
            expected++;
            if (!previousUnreadable) {
                verifyLink(previous, link, at, diagnostics);
            }
            links.add(link);
            previous = link;
            previousUnreadable = false;
        }
        return new MigrationChain(links, diagnostics);
    }

    private static Link read(Path dir, String display, List<Diagnostic> diagnostics) {
        String name = dir.getFileName().toString();
        Span at = Span.of(display + "/" + PLAN_FILE, 1, 1);
        Plan plan;
        try {
            plan = PlanJson.read(Files.readString(dir.resolve(PLAN_FILE)));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(error("S2030", at, "cannot read plan " + name + ": " + firstLine(e),
                    "restore " + display + "/" + PLAN_FILE + " from version control"));
            return null;
        }
        if (!name.equals(plan.id())) {
            diagnostics.add(error("S2032", at, "plan " + name + " says its id is '" + plan.id() + "'",
                    "plans are not renamed: restore the directory name"));
        }
        if (!PlanJson.checksum(plan).equals(plan.checksum())) {
            diagnostics.add(error("S2031", at, "plan " + name + " was edited after it was written (its checksum does"
                    + " not match)", "plans are immutable: restore it, and put the change in a new plan"));
        }
        scriptUnchanged(dir, display, UP_FILE, SqlScripts.up(plan), diagnostics);
        scriptUnchanged(dir, display, DOWN_FILE, SqlScripts.down(plan), diagnostics);
        Path snapshot = dir.resolve(SourceSnapshot.FILE_NAME);
        String snapshotDisplay = display + "/" + SourceSnapshot.FILE_NAME;
        Model model = Model.EMPTY;
        try {
            var parsed = SourceSnapshot.parse(snapshotDisplay, Files.readString(snapshot));
            if (parsed.hasErrors()) {
                diagnostics.add(error("S2034", Span.of(snapshotDisplay, 1, 1), "the source snapshot of plan " + name
                        + " does not parse", "restore " + snapshotDisplay + " from version control"));
            } else if (!ModelFingerprint.of(parsed.model()).equals(plan.fingerprintAfter())) {
                diagnostics.add(error("S2034", Span.of(snapshotDisplay, 1, 1), "the source snapshot of plan " + name
                        + " is not what the plan was made from", "restore " + snapshotDisplay
                        + " from version control"));
            } else {
                model = parsed.model();
            }
        } catch (IOException e) {
            diagnostics.add(error("S2034", Span.of(snapshotDisplay, 1, 1), "plan " + name + " has no readable source"
                    + " snapshot", "restore " + snapshotDisplay + " from version control"));
        }
        return new Link(dir, display, plan, model);
    }

    private static void scriptUnchanged(Path dir, String display, String file, String expected,
                                        List<Diagnostic> diagnostics) {
        String actual;
        try {
            actual = Files.readString(dir.resolve(file));
        } catch (IOException e) {
            actual = null;
        }
        if (!expected.equals(actual)) {
            diagnostics.add(error("S2031", Span.of(display + "/" + file, 1, 1), display + "/" + file
                    + (actual == null ? " is missing" : " was edited: it is not the SQL of plan.json"),
                    "restore it from version control (the runtime runs plan.json, not this file)"));
        }
    }

    private static void verifyLink(Link previous, Link link, Span at, List<Diagnostic> diagnostics) {
        Plan plan = link.plan();
        String parent = previous == null ? null : previous.plan().id();
        String parentChecksum = previous == null ? null : previous.plan().checksum();
        String start = previous == null ? ModelFingerprint.of(Model.EMPTY) : previous.plan().fingerprintAfter();
        if (!java.util.Objects.equals(parent, plan.parent())
                || !java.util.Objects.equals(parentChecksum, plan.parentChecksum())) {
            diagnostics.add(error("S2033", at, "plan " + plan.id() + " follows " + (plan.parent() == null ? "nothing"
                            : plan.parent()) + ", but the plan before it is " + (parent == null ? "nothing" : parent)
                            + (java.util.Objects.equals(parent, plan.parent()) ? " with a different checksum" : ""),
                    "plans were removed, reordered or edited: restore them from version control"));
        } else if (!start.equals(plan.fingerprintBefore())) {
            diagnostics.add(error("S2033", at, "plan " + plan.id() + " does not start from the schema its parent "
                    + "ends with", "restore the plans from version control"));
        }
    }

    private static Diagnostic error(String code, Span span, String message, String hint) {
        return Diagnostic.error(code, span, message, hint);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public List<Link> links() {
        return links;
    }

    public List<Plan> plans() {
        return links.stream().map(Link::plan).toList();
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
        return last().map(l -> l.plan().sequence() + 1).orElse(1);
    }
}
