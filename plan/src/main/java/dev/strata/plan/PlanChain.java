package dev.strata.plan;

import dev.strata.plan.PlanProblem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plans of a project, in order, verified: the one loader and verifier of plan directories, used by
 * {@code strata plan} and {@code check} (through the compiler) and by {@code apply}, {@code rollback} and
 * {@code test} (through the engine). A chain with problems still lists the plans it could read, so every problem
 * can be shown at once.
 *
 * <p>Each plan directory {@code NNNN_slug} must hold a readable {@code plan.json} of the supported format, named after
 * its directory, whose checksum matches its contents; {@code up.sql} and {@code down.sql} that are exactly the SQL
 * of plan.json; and a {@code REVIEW.md} and {@code schema.strata} whose SHA-256 are the ones plan.json sealed. The
 * numbers run 1, 2, 3… without gaps; each plan names the previous one and its checksum, starts from the model the
 * previous one ended with, and belongs to the project.
 */
public final class PlanChain {

    public static final String PLAN_FILE = "plan.json";
    public static final String UP_FILE = "up.sql";
    public static final String DOWN_FILE = "down.sql";
    public static final String REVIEW_FILE = "REVIEW.md";
    public static final String SNAPSHOT_FILE = "schema.strata";
    /** The files plan.json seals by their hash, in {@link Plan#files()}. */
    public static final List<String> SEALED_FILES = List.of(REVIEW_FILE, SNAPSHOT_FILE);
    /** The schema plans back data up into. */
    public static final String BACKUP_SCHEMA = "strata_backup";

    private static final Pattern DIRECTORY = Pattern.compile("(\\d{4})_[a-z0-9][a-z0-9-]*");

    /** One plan of the chain: where it lives ({@code directory} null for a plan made in memory) and the plan. */
    public record Entry(Path directory, String display, Plan plan) {
    }

    private final String project;
    private final List<Entry> entries;
    private final List<PlanProblem> problems;

    private PlanChain(String project, List<Entry> entries, List<PlanProblem> problems) {
        this.project = project;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads and verifies the plans in {@code migrationsDir}; {@code displayDir} is how messages name it
     * ({@code migrations}); {@code project} the project they must belong to (null: any). A missing directory is an
     * empty chain.
     */
    public static PlanChain load(Path migrationsDir, String displayDir, String project) {
        var entries = new ArrayList<Entry>();
        var problems = new ArrayList<PlanProblem>();
        if (!Files.isDirectory(migrationsDir)) {
            return new PlanChain(project, entries, problems);
        }
        List<Path> dirs;
        try (Stream<Path> found = Files.list(migrationsDir)) {
            dirs = found.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new PlanProblem(Kind.UNREADABLE, null, displayDir, "cannot list " + displayDir + ": "
                    + e.getMessage(), "check the directory's permissions"));
            return new PlanChain(project, entries, problems);
        }
        var unreadable = new java.util.HashSet<Integer>();
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            String display = displayDir + "/" + name;
            if (!DIRECTORY.matcher(name).matches()) {
                problems.add(new PlanProblem(Kind.NUMBERING, null, display, "directory " + display
                        + " is not a plan (plans are named NNNN_slug)", "move it out of " + displayDir));
                continue;
            }
            Plan plan = read(dir, display, problems);
            if (plan == null) {
                unreadable.add(Integer.parseInt(name.substring(0, 4)));
                continue;
            }
            verifyFiles(dir, display, plan, problems);
            entries.add(new Entry(dir, display, plan));
        }
        verifyOrder(project, entries, unreadable, problems);
        return new PlanChain(project, entries, problems);
    }

    /**
     * One plan directory on its own (for {@code strata diff} of a plan): read and verified like a plan of a chain,
     * files and seals included, but not linked to others. The problems are in the returned chain.
     */
    public static PlanChain readDirectory(Path dir, String display) {
        var problems = new ArrayList<PlanProblem>();
        var entries = new ArrayList<Entry>();
        Plan plan = read(dir, display, problems);
        if (plan != null) {
            verifyFiles(dir, display, plan, problems);
            entries.add(new Entry(dir, display, plan));
        }
        return new PlanChain(null, entries, problems);
    }

    /** A chain of plans made in memory (tests, baselines): the same checks but those of files. */
    public static PlanChain of(String project, List<Plan> plans) {
        var entries = plans.stream().map(p -> new Entry(null, p.id(), p)).toList();
        var problems = new ArrayList<PlanProblem>();
        for (Plan plan : plans) {
            if (plan.format() != Plan.FORMAT) {
                problems.add(new PlanProblem(Kind.UNREADABLE, plan.id(), plan.id(), plan.id() + ": plan format "
                        + plan.format() + " is not the supported format " + Plan.FORMAT, null));
            }
            checksum(plan, plan.id(), plan.id(), problems);
            if (!wellOrdered(plan)) {
                problems.add(new PlanProblem(Kind.UNREADABLE, plan.id(), plan.id(), plan.id() + ": its rollbackOrder"
                        + " is not an order of its steps", null));
            }
        }
        verifyOrder(project, entries, java.util.Set.of(), problems);
        return new PlanChain(project, entries, problems);
    }

    // ---------------------------------------------------------------------------------------- reading

    private static Plan read(Path dir, String display, List<PlanProblem> problems) {
        String id = dir.getFileName().toString();
        String file = display + "/" + PLAN_FILE;
        Path json = dir.resolve(PLAN_FILE);
        if (!Files.isRegularFile(json)) {
            problems.add(new PlanProblem(Kind.UNREADABLE, id, file, id + ": no " + PLAN_FILE + " in " + display,
                    "restore " + file + " from version control"));
            return null;
        }
        Plan plan;
        try {
            plan = PlanJson.read(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            problems.add(new PlanProblem(Kind.UNREADABLE, id, file, id + ": " + PLAN_FILE + " is not a readable plan ("
                    + firstLine(e) + ")", "restore " + file + " from version control"));
            return null;
        }
        if (plan.format() != Plan.FORMAT) {
            problems.add(new PlanProblem(Kind.UNREADABLE, id, file, id + ": plan format " + plan.format()
                    + " is not the supported format " + Plan.FORMAT, plan.format() < Plan.FORMAT
                    ? "it was written by an older Strata; plan the project again from its sources with this one"
                    : "it was written by a newer Strata; use that version"));
            return null;
        }
        if (!wellOrdered(plan)) {
            problems.add(new PlanProblem(Kind.UNREADABLE, id, file, id + ": its rollbackOrder is not an order of its"
                    + " steps", "restore " + file + " from version control"));
            return null;
        }
        if (!id.equals(plan.id())) {
            problems.add(new PlanProblem(Kind.NUMBERING, id, file, id + ": the plan inside says its id is '"
                    + plan.id() + "'", "plans are not renamed: restore the directory name"));
        }
        return plan;
    }

    private static void verifyFiles(Path dir, String display, Plan plan, List<PlanProblem> problems) {
        String id = dir.getFileName().toString();
        if (!checksum(plan, id, display + "/" + PLAN_FILE, problems)) {
            return;
        }
        derived(dir, display, id, UP_FILE, SqlScripts.up(plan), problems);
        derived(dir, display, id, DOWN_FILE, SqlScripts.down(plan), problems);
        for (String name : SEALED_FILES) {
            sealed(dir, display, id, name, plan.files().get(name), problems);
        }
    }

    /** Whether the rollback order, when given, names every step exactly once. */
    static boolean wellOrdered(Plan plan) {
        if (plan.rollbackOrder().isEmpty()) {
            return true;
        }
        var sorted = new ArrayList<>(plan.rollbackOrder());
        java.util.Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i + 1) {
                return false;
            }
        }
        return sorted.size() == plan.steps().size();
    }

    /** Whether the plan's checksum matches its contents; a problem when it does not. */
    private static boolean checksum(Plan plan, String id, String file, List<PlanProblem> problems) {
        String actual = PlanJson.checksum(plan);
        if (actual.equals(plan.checksum())) {
            return true;
        }
        problems.add(new PlanProblem(Kind.EDITED, id, file, id + ": checksum mismatch, the plan was edited after it"
                + " was written (recorded " + shortSum(plan.checksum()) + ", contents hash to " + shortSum(actual)
                + ")", "plans are immutable: restore it from version control, and put the change in a new plan"));
        return false;
    }

    /** A file written from plan.json: it must be exactly what plan.json gives. */
    private static void derived(Path dir, String display, String id, String name, String expected,
                                List<PlanProblem> problems) {
        String actual = text(dir.resolve(name));
        if (expected.equals(actual)) {
            return;
        }
        problems.add(new PlanProblem(Kind.EDITED, id, display + "/" + name, display + "/" + name
                + (actual == null ? " is missing" : " was edited: it is not the SQL of " + PLAN_FILE),
                "restore it from version control (the runtime runs " + PLAN_FILE + ", not this file)"));
    }

    /** A file plan.json seals by its hash. */
    private static void sealed(Path dir, String display, String id, String name, String hash,
                               List<PlanProblem> problems) {
        Kind kind = name.equals(SNAPSHOT_FILE) ? Kind.SNAPSHOT : Kind.EDITED;
        String file = display + "/" + name;
        byte[] bytes = bytes(dir.resolve(name));
        if (hash == null) {
            problems.add(new PlanProblem(kind, id, file, id + ": " + PLAN_FILE + " does not seal " + name,
                    "restore the plan from version control"));
        } else if (bytes == null) {
            problems.add(new PlanProblem(kind, id, file, file + " is missing", "restore it from version control"));
        } else if (!hash.equals(Checksums.sha256(bytes))) {
            String what = name.equals(REVIEW_FILE) ? "the review of this plan" : "the sources this plan was made from";
            problems.add(new PlanProblem(kind, id, file, file + " was edited after the plan was written: it is not "
                    + what, "restore it from version control; a plan's files never change once written"));
        }
    }

    // ------------------------------------------------------------------------------------ the order

    /** {@code unreadable}: the numbers of plan directories that could not be read (already reported). */
    private static void verifyOrder(String project, List<Entry> entries, java.util.Set<Integer> unreadable,
                                    List<PlanProblem> problems) {
        Plan previous = null;
        int expected = 1;
        for (Entry entry : entries) {
            Plan plan = entry.plan();
            String file = entry.directory() == null ? plan.id() : entry.display() + "/" + PLAN_FILE;
            if (project != null && !project.equals(plan.project())) {
                problems.add(new PlanProblem(Kind.CHAIN, plan.id(), file, plan.id() + ": belongs to project '"
                        + plan.project() + "', this is project '" + project + "'",
                        "plans are not shared between projects: move it to its own project"));
            }
            boolean afterUnreadable = false;
            while (unreadable.contains(expected)) {
                // a plan that could not be read holds this number; its link cannot be checked
                expected++;
                afterUnreadable = true;
            }
            if (previous != null && plan.sequence() == previous.sequence()) {
                problems.add(new PlanProblem(Kind.NUMBERING, plan.id(), file, "plans " + previous.id() + " and "
                        + plan.id() + " both have number " + plan.sequence() + ": they were planned on two"
                        + " branches", "keep one of them, delete the other, and plan its change again on top"));
                continue;
            }
            if (plan.sequence() != expected || numberOf(entry) != plan.sequence()) {
                problems.add(new PlanProblem(Kind.NUMBERING, plan.id(), file, plan.id() + ": has sequence "
                        + plan.sequence() + " but the chain expects " + expected + (previous == null
                        ? " (the first plan)" : " after " + previous.id()) + "; a plan is missing",
                        "restore the missing plan from version control"));
                expected = Math.max(plan.sequence(), expected) + 1;
                if (!afterUnreadable) {
                    verifyLink(previous, plan, file, problems);
                }
                previous = plan;
                continue;
            }
            expected++;
            if (!afterUnreadable) {
                verifyLink(previous, plan, file, problems);
            }
            previous = plan;
        }
    }

    private static int numberOf(Entry entry) {
        if (entry.directory() == null) {
            return entry.plan().sequence();
        }
        Matcher matcher = DIRECTORY.matcher(entry.directory().getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static void verifyLink(Plan previous, Plan plan, String file, List<PlanProblem> problems) {
        String parent = previous == null ? null : previous.id();
        if (!Objects.equals(parent, plan.parent())) {
            problems.add(new PlanProblem(Kind.CHAIN, plan.id(), file, plan.id() + ": names parent "
                    + (plan.parent() == null ? "nothing" : plan.parent()) + " but follows "
                    + (parent == null ? "nothing" : parent), "plans were removed, reordered or edited: restore them"
                    + " from version control"));
            return;
        }
        if (previous != null && !Objects.equals(previous.checksum(), plan.parentChecksum())) {
            problems.add(new PlanProblem(Kind.CHAIN, plan.id(), file, plan.id() + ": was planned on a different"
                    + " version of " + previous.id() + " (parent checksum " + shortSum(plan.parentChecksum())
                    + ", file has " + shortSum(previous.checksum()) + ")", "restore " + previous.id()
                    + " from version control, or plan " + plan.id() + " again on top of it"));
            return;
        }
        if (previous != null && !Objects.equals(previous.fingerprintAfter(), plan.fingerprintBefore())) {
            problems.add(new PlanProblem(Kind.CHAIN, plan.id(), file, plan.id() + ": does not start from the schema "
                    + previous.id() + " ends with", "restore the plans from version control"));
        }
    }

    // ---------------------------------------------------------------------------------------- access

    /** The project the plans must belong to; null when any. */
    public String project() {
        return project;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Plan> plans() {
        return entries.stream().map(Entry::plan).toList();
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The chain of the first {@code count} plans, with their problems (and the directory's). */
    public PlanChain first(int count) {
        List<Entry> kept = entries.subList(0, Math.min(count, entries.size()));
        var ids = kept.stream().map(e -> e.plan().id()).toList();
        return new PlanChain(project, kept, problemsOf(ids));
    }

    /** The problems about the given plans (and about the directory itself). */
    public List<PlanProblem> problemsOf(Collection<String> planIds) {
        return problems.stream().filter(p -> p.planId() == null || planIds.contains(p.planId())).toList();
    }

    public Optional<Plan> byId(String id) {
        return plans().stream().filter(plan -> plan.id().equals(id)).findFirst();
    }

    public Optional<Entry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** The number the next plan gets. */
    public int nextSequence() {
        return last().map(e -> e.plan().sequence() + 1).orElse(1);
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static String text(Path file) {
        byte[] bytes = bytes(file);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static String shortSum(String checksum) {
        if (checksum == null) {
            return "none";
        }
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
