package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.View;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code REVIEW.md}: what a reviewer reads in the pull request. A one-line summary; accepted data loss at the very
 * top; then the risks (data loss, table rewrites, long locks on existing tables, facades affected); the backups the
 * apply takes; every step with its lock and its way back; and a Mermaid diagram of the tables and facade objects
 * the plan touches.
 */
public final class ReviewWriter {

    private final Plan plan;
    private final Model from;
    private final Model to;
    private Map<String, String> tablesByConstraint;
    private final Map<String, Uses> usesByModel = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    /** How the plan was proven before it was written; null: the review does not say. */
    private String verification;
    /** The pull-request form: headings two levels down, steps as one table without their SQL. */
    private boolean pullRequest;
    /** Where the full review is, for the pull-request form's pointer to the SQL. */
    private String reviewPath;

    private ReviewWriter(Plan plan, Model from, Model to) {
        this.plan = plan;
        this.from = from;
        this.to = to;
    }

    public static String write(Plan plan, Model from, Model to) {
        return write(plan, from, to, null);
    }

    /** The review, with a paragraph on how the plan was proven before it was written ({@code verification}). */
    public static String write(Plan plan, Model from, Model to, String verification) {
        ReviewWriter writer = new ReviewWriter(plan, from, to);
        writer.verification = verification;
        return writer.render();
    }

    /**
     * The review as part of a pull-request comment ({@code strata review}): the same summary, risks, backups, way
     * back and diagram, with headings two levels down so that several plans fit under one title, and the steps as
     * one table (change, object, lock, what it does to the table) instead of their SQL, which REVIEW.md keeps.
     */
    public static String forPullRequest(Plan plan, Model from, Model to, String reviewPath) {
        ReviewWriter writer = new ReviewWriter(plan, from, to);
        writer.pullRequest = true;
        writer.reviewPath = reviewPath;
        return writer.render();
    }

    private String heading(int level) {
        return "#".repeat(pullRequest ? level + 2 : level) + " ";
    }

    private String render() {
        out.append(heading(1)).append("Plan ").append(plan.id()).append("\n\n");
        out.append(summary()).append("\n\n");
        if (verification != null) {
            out.append(verification).append("\n\n");
        }
        if (plan.dataLossAccepted()) {
            out.append("> **Data loss accepted.** This plan has steps whose way back cannot restore the data they")
                    .append(" change or remove: ");
            out.append(String.join(", ", plan.steps().stream().filter(Step::irreversible)
                    .map(s -> "step " + s.number() + " (" + s.change() + " " + s.object() + ")").toList()));
            out.append(".\n\n");
        }
        risks();
        backups();
        rollback();
        steps();
        diagram();
        return out.toString();
    }

    private String summary() {
        var kinds = new LinkedHashMap<String, Integer>();
        for (Step step : plan.steps()) {
            kinds.merge(step.change(), 1, Integer::sum);
        }
        var parts = new ArrayList<String>();
        kinds.forEach((kind, n) -> parts.add(n == 1 ? kind : kind + " ×" + n));
        long destructive = plan.steps().stream().filter(s -> s.risk() == Risk.DESTRUCTIVE).count();
        String text = "**" + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps") + ":** "
                + String.join(", ", parts) + ". ";
        text += destructive == 0 ? "Nothing destructive" : destructive + " destructive";
        text += plan.facadesAffected().isEmpty() ? "; no facade affected."
                : "; facades affected: " + String.join(", ", plan.facadesAffected()) + ".";
        return text;
    }

    private void risks() {
        out.append(heading(2)).append("Risks\n\n");
        var lines = new ArrayList<String>();
        for (Step s : plan.steps()) {
            String at = "step " + s.number() + ", " + s.change() + " `" + s.object() + "`";
            if (s.risk() == Risk.DESTRUCTIVE) {
                lines.add("- **Data at risk** — " + at + (s.backup() != null
                        ? ": backed up to `strata_backup." + s.backup().table() + "` and restored by rollback."
                        : s.irreversible() ? ": **not restored by rollback**." : "."));
            }
            if (s.rewritesTable()) {
                lines.add("- **Table rewrite** — " + at + ": every row is rewritten under " + s.lock().sql()
                        + "; takes time in proportion to the table.");
            } else if (s.lock() == LockLevel.ACCESS_EXCLUSIVE && s.scansTable()) {
                lines.add("- **Long lock** — " + at + ": ACCESS EXCLUSIVE while the table is scanned; reads and"
                        + " writes wait.");
            } else if (s.lock().blocksWrites() && s.scansTable()) {
                lines.add("- **Writes blocked** — " + at + ": " + s.lock().sql() + " while the table is scanned.");
            }
            if (s.risk() == Risk.DATA_DEPENDENT && s.note() != null) {
                lines.add("- **Depends on the data** — " + at + ": " + s.note());
            }
            if (!s.transactional()) {
                lines.add("- **Outside the transaction** — " + at + ": runs after the plan's transaction commits.");
            }
        }
        for (String facade : plan.facadesAffected()) {
            lines.add("- **Facade affected** — " + facade + ": " + facadeEffect(facade));
        }
        if (lines.isEmpty()) {
            out.append("None: every step is safe, short and transactional.\n\n");
        } else {
            lines.forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
    }

    private String facadeEffect(String label) {
        boolean before = from.facades().stream().anyMatch(f -> f.label().equals(label));
        boolean after = to.facades().stream().anyMatch(f -> f.label().equals(label));
        if (!before) {
            return "new version, created by this plan.";
        }
        if (!after) {
            return "**retired**: its schema is dropped; applications still using it break.";
        }
        return "objects are replaced; its interface is unchanged.";
    }

    private void backups() {
        var backups = plan.steps().stream().filter(s -> s.backup() != null).toList();
        if (backups.isEmpty()) {
            return;
        }
        out.append(heading(2)).append("Backups\n\n");
        out.append("| step | data | backup table | restored by |\n|---|---|---|---|\n");
        for (Step s : backups) {
            Backup b = s.backup();
            String key = b.keyColumns().isEmpty() ? "the whole table" : "key (" + String.join(", ", b.keyColumns()) + ")";
            out.append("| ").append(s.number()).append(" | `").append(b.source()).append("` (")
                    .append(String.join(", ", b.columns())).append(") | `strata_backup.").append(b.table())
                    .append("` | ").append(key).append(" |\n");
        }
        out.append('\n');
    }

    /** What a rollback of this plan would remove, and how it is kept. */
    private void rollback() {
        var kept = plan.steps().stream().filter(s -> s.reverseBackup() != null).toList();
        out.append(heading(2)).append("If rolled back\n\n");
        if (kept.isEmpty()) {
            out.append("The way back removes no data written since the apply: it only undoes what the plan changed")
                    .append(plan.steps().stream().anyMatch(s -> s.backup() != null)
                            ? ", and restores the backups above." : ".").append("\n\n");
            return;
        }
        out.append("A rollback keeps the data written since the apply: before the way back removes it, it is saved")
                .append(" in the rollback's own transaction, and applying this plan again puts it back. A rollback")
                .append(" that would drop a table holding rows stops unless the table is named with")
                .append(" `--drop-tables`.\n\n");
        out.append("| step | removed by the way back | kept in | put back by |\n|---|---|---|---|\n");
        for (Step s : kept) {
            Backup b = s.reverseBackup();
            String what = s.target() != null && s.target().kind() == StepTarget.Kind.TABLE
                    ? "every row of `" + b.source() + "`" : "`" + b.source() + "` (" + String.join(", ", b.columns()) + ")";
            String back = b.restoreSql() == null ? "nobody: the table has no key to match the rows again"
                    : b.keyColumns().isEmpty() ? "applying the plan again" : "applying the plan again, by key ("
                    + String.join(", ", b.keyColumns()) + ")";
            out.append("| ").append(s.number()).append(" | ").append(what).append(" | `strata_backup.")
                    .append(b.table()).append("` | ").append(back).append(" |\n");
        }
        out.append('\n');
    }

    private void steps() {
        out.append(heading(2)).append("Steps\n\n");
        if (pullRequest) {
            stepTable();
            return;
        }
        for (Step s : plan.steps()) {
            out.append(heading(3)).append(s.number()).append(". ").append(s.change()).append(" `").append(s.object())
                    .append("`\n\n");
            out.append("Lock: ").append(s.lock().sql()).append(" · risk: ").append(s.risk().name().toLowerCase()
                    .replace('_', '-'));
            if (s.rewritesTable()) {
                out.append(" · rewrites the table");
            } else if (s.scansTable()) {
                out.append(" · scans the table");
            }
            out.append(s.transactional() ? "" : " · outside the transaction").append("\n\n");
            if (s.note() != null) {
                out.append(s.note()).append("\n\n");
            }
            out.append("```sql\n").append(s.sql()).append("\n```\n\n");
            out.append("Way back").append(s.irreversible() ? " (does not restore the data)" : "").append(":\n\n");
            out.append("```sql\n").append(s.reverseSql()).append("\n```\n\n");
        }
    }

    private void stepTable() {
        out.append("| step | change | lock | risk | on the table |\n|---|---|---|---|---|\n");
        for (Step s : plan.steps()) {
            String table = s.rewritesTable() ? "rewrites it" : s.scansTable() ? "scans it" : "";
            if (!s.transactional()) {
                table += (table.isEmpty() ? "" : "; ") + "outside the transaction";
            }
            out.append("| ").append(s.number()).append(" | ").append(s.change()).append(" `").append(s.object())
                    .append("` | ").append(s.lock().sql()).append(" | ").append(s.risk().name().toLowerCase()
                            .replace('_', '-')).append(s.irreversible() ? ", not restored by rollback" : "")
                    .append(" | ").append(table).append(" |\n");
        }
        out.append("\nThe SQL of every step and its way back: `").append(reviewPath).append("`.\n\n");
    }

    /** Tables and facade objects the plan touches, and which core tables each facade object reads. */
    private void diagram() {
        var tables = new TreeMap<String, Set<String>>();
        var facadeObjects = new TreeMap<String, Map<String, Set<String>>>();
        for (Step s : plan.steps()) {
            String object = s.object();
            String core = plan.coreSchema() + ".";
            if (object.startsWith(core)) {
                String table = tableOf(object.substring(core.length()));
                if (table != null) {
                    tables.computeIfAbsent(table, t -> new TreeSet<>()).add(s.change());
                }
                continue;
            }
            for (Facade f : facadesOf()) {
                String prefix = f.schemaName() + ".";
                if (object.startsWith(prefix)) {
                    String name = object.substring(prefix.length()).split("[ (.]")[0];
                    facadeObjects.computeIfAbsent(f.schemaName(), k -> new TreeMap<>())
                            .computeIfAbsent(name, k -> new TreeSet<>()).add(s.change());
                }
            }
        }
        if (tables.isEmpty() && facadeObjects.isEmpty()) {
            return;
        }
        out.append(heading(2)).append("Diagram\n\n```mermaid\nflowchart LR\n");
        out.append("  subgraph ").append(node("s", plan.coreSchema())).append("[\"").append(plan.coreSchema())
                .append("\"]\n");
        var readTables = new TreeSet<String>();
        var edges = new ArrayList<String>();
        facadeObjects.forEach((schema, objects) -> objects.keySet().forEach(object -> {
            for (String table : tablesRead(schema, object)) {
                readTables.add(table);
                edges.add("  " + node("f", schema + "." + object) + " --> " + node("t", table));
            }
        }));
        var allTables = new TreeSet<>(tables.keySet());
        allTables.addAll(readTables);
        for (String table : allTables) {
            var changes = tables.getOrDefault(table, Set.of());
            out.append("    ").append(node("t", table)).append("[\"").append(table)
                    .append(changes.isEmpty() ? "" : "<br/>" + String.join(", ", changes)).append("\"]\n");
        }
        out.append("  end\n");
        facadeObjects.forEach((schema, objects) -> {
            out.append("  subgraph ").append(node("s", schema)).append("[\"").append(schema).append("\"]\n");
            objects.forEach((object, changes) -> out.append("    ").append(node("f", schema + "." + object))
                    .append("[\"").append(object).append("<br/>").append(String.join(", ", changes)).append("\"]\n"));
            out.append("  end\n");
        });
        edges.forEach(e -> out.append(e).append('\n'));
        out.append("```\n");
    }

    /** The table an object path names ({@code customer}, {@code customer.email}), or null for other objects. */
    private String tableOf(String path) {
        String name = path.split("[ .(]")[0];
        for (Model model : List.of(to, from)) {
            if (model.core().table(name).isPresent()) {
                return name;
            }
        }
        return tablesByConstraint().get(name);
    }

    /** Constraint and index names (written or PostgreSQL's) to their table, computed once per review. */
    private Map<String, String> tablesByConstraint() {
        if (tablesByConstraint == null) {
            tablesByConstraint = new HashMap<>();
            for (Model model : List.of(from, to)) {
                for (Table t : model.core().tables()) {
                    DefaultNames.of(t).all().forEach(n -> tablesByConstraint.put(n, t.name()));
                }
            }
        }
        return tablesByConstraint;
    }

    private List<Facade> facadesOf() {
        var all = new ArrayList<>(to.facades());
        from.facades().stream().filter(f -> to.facade(f.name(), f.version()).isEmpty()).forEach(all::add);
        return all;
    }

    /** What the bodies of a model use, computed once per model and review. */
    private Uses uses(Model model) {
        return usesByModel.computeIfAbsent(model == to ? "to" : "from", k -> new Uses(model));
    }

    private Set<String> tablesRead(String schema, String object) {
        var tables = new TreeSet<String>();
        for (Model model : List.of(to, from)) {
            for (Facade f : model.facades()) {
                if (!f.schemaName().equals(schema)) {
                    continue;
                }
                var uses = uses(model);
                for (View v : f.views()) {
                    if (v.name().equals(object)) {
                        uses.view(Scope.of(f), v).stream().filter(k -> k.startsWith("table:"))
                                .forEach(k -> tables.add(k.substring(6)));
                    }
                }
                for (Routine r : f.routines()) {
                    if (r.name().equals(object)) {
                        uses.routine(Scope.of(f), r).stream().filter(k -> k.startsWith("table:"))
                                .forEach(k -> tables.add(k.substring(6)));
                    }
                }
            }
            if (!tables.isEmpty()) {
                break;
            }
        }
        return tables;
    }

    /** A Mermaid node id: letters, digits and underscores only. */
    private static String node(String prefix, String name) {
        var id = new StringBuilder(prefix).append('_');
        for (char c : name.toCharArray()) {
            id.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return id.toString();
    }
}
