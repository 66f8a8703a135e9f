package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.TableRenames;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.List;
import java.util.Set;

/**
 * The facade contract. A facade version present in the previous plan's model is released: its views' columns
 * and types and its routines' signatures and results may not change, and nothing may be removed from it
 * (S2001, S2002). Every view and routine still in the sources must survive the core changes of the plan: a body
 * that still mentions a dropped or renamed table or column is an error (S2003), and so is a column type change
 * under a view column declared with the old type (S2004).
 */
final class FacadeRules {

    private final Model from;
    private final Model to;
    private final TableRenames renames;
    private final Diagnostics diagnostics;

    private FacadeRules(Model from, Model to, TableRenames renames, Diagnostics diagnostics) {
        this.from = from;
        this.to = to;
        this.renames = renames;
        this.diagnostics = diagnostics;
        from.core().tables().forEach(t -> oldTables.putIfAbsent(t.name(), t));
        to.core().tables().forEach(t -> newTables.putIfAbsent(t.name(), t));
    }

    private final java.util.Map<String, Table> oldTables = new java.util.HashMap<>();
    private final java.util.Map<String, Table> newTables = new java.util.HashMap<>();

    static void check(Model from, Model to, TableRenames renames, List<Change> changes, Diagnostics diagnostics) {
        var rules = new FacadeRules(from, to, renames, diagnostics);
        for (Facade facade : to.facades()) {
            from.facade(facade.name(), facade.version()).ifPresent(released -> rules.released(released, facade));
        }
        for (View view : to.core().views()) {
            rules.survives("core view " + view.name(), view.body(), view.span());
        }
        for (Routine routine : to.core().routines()) {
            rules.survives("core " + routine.kind() + " " + routine.name(), routine.body(), routine.span());
        }
        for (Facade facade : to.facades()) {
            for (View view : facade.views()) {
                rules.survives("view " + view.name() + " of facade " + facade.label(), view.body(), view.span());
            }
            for (Routine routine : facade.routines()) {
                rules.survives(routine.kind() + " " + routine.name() + " of facade " + facade.label(),
                        routine.body(), routine.span());
            }
        }
        for (Change change : changes) {
            if (change instanceof AlterColumnType c) {
                rules.exposedType(c);
            }
        }
    }

    // ------------------------------------------------------------------------------- released interfaces

    private void released(Facade old, Facade now) {
        String hint = "declare facade " + now.name() + " version " + (now.version() + 1) + " with the new interface";
        for (View view : old.views()) {
            View next = now.views().stream().filter(v -> v.name().equals(view.name())).findFirst().orElse(null);
            if (next == null) {
                report(Code.RELEASED_OBJECT_REMOVED, now,
                        "view " + view.name() + " was released in facade " + old.label()
                        + " and cannot be removed from it", hint, view.span());
            } else if (!interfaceOf(view).equals(interfaceOf(next))) {
                diagnostics.report(Diagnostic.error(Code.RELEASED_INTERFACE_CHANGED, next.span(),
                        "the interface of view " + view.name()
                                + " in released facade " + old.label() + " changed: " + interfaceOf(view) + " became "
                                + interfaceOf(next), hint)
                        .withNote(view.span(), "the released declaration"));
            }
        }
        for (Routine routine : old.routines()) {
            List<Routine> sameName = now.routines().stream().filter(r -> r.name().equals(routine.name())).toList();
            Routine next = sameName.stream().filter(r -> r.signature().equals(routine.signature())).findFirst()
                    .orElse(null);
            if (next == null && sameName.isEmpty()) {
                report(Code.RELEASED_OBJECT_REMOVED, now,
                        routine.kind() + " " + routine.signature() + " was released in facade "
                        + old.label() + " and cannot be removed from it", hint, routine.span());
            } else if (next == null || !interfaceOf(routine).equals(interfaceOf(next))) {
                Routine changed = next != null ? next : sameName.get(0);
                diagnostics.report(Diagnostic.error(Code.RELEASED_INTERFACE_CHANGED, changed.span(),
                        "the interface of " + routine.kind()
                                + " " + routine.name() + " in released facade " + old.label() + " changed: "
                                + interfaceOf(routine) + " became " + interfaceOf(changed), hint)
                        .withNote(routine.span(), "the released declaration"));
            }
        }
    }

    private void report(Code code, Facade now, String message, String hint, dev.strata.compiler.diag.Span old) {
        diagnostics.report(Diagnostic.error(code, now.span(), message, hint).withNote(old, "the released declaration"));
    }

    /** What clients of a view see: its kind and its columns with types and nullability. */
    private static String interfaceOf(View view) {
        var columns = view.columns().stream().map(FacadeRules::column).toList();
        return (view.materialized() ? "materialized " : "") + "(" + String.join(", ", columns) + ")";
    }

    private static String column(ViewColumn c) {
        return c.name() + " " + TypeNames.canonical(c.type()) + (c.notNull() ? " not null" : "");
    }

    /** What callers of a routine see: its parameters (names, modes, types, defaults) and its result. */
    private static String interfaceOf(Routine r) {
        var params = r.parameters().stream().map(FacadeRules::parameter).toList();
        String result = "";
        if (r.returns() != null) {
            var returns = r.returns();
            if (!returns.table().isEmpty()) {
                result = " returns table (" + String.join(", ", returns.table().stream()
                        .map(p -> p.name() + " " + TypeNames.canonical(p.type())).toList()) + ")";
            } else {
                result = " returns " + (returns.setOf() ? "setof " : "") + TypeNames.canonical(returns.type());
            }
        }
        return r.name() + "(" + String.join(", ", params) + ")" + result;
    }

    private static String parameter(Parameter p) {
        String mode = p.mode() == null || p.mode() == Parameter.Mode.IN ? "" : p.mode().name().toLowerCase() + " ";
        return mode + p.name() + " " + TypeNames.canonical(p.type()) + (p.defaultExpr() == null ? "" : " default");
    }

    /** {@code email::text} or {@code cast(email as text)}: the author already converts the column. */
    private static boolean castsExplicitly(String body, String column) {
        String name = java.util.regex.Pattern.quote(column);
        var pattern = java.util.regex.Pattern.compile("(?i)(\\b" + name + "\"?\\s*::|cast\\s*\\(\\s*\"?" + name
                + "\\b)");
        return pattern.matcher(body).find();
    }

    // ------------------------------------------------------------------------------ core changes survived

    /** A body that still mentions a table or column that this plan drops or renames away. */
    private void survives(String what, String body, dev.strata.compiler.diag.Span span) {
        Set<String> words = BodyScanner.identifiers(body);
        for (String word : new java.util.TreeSet<>(words)) {
            Table old = oldTables.get(word);
            if (old == null) {
                continue;
            }
            String newName = renames.newTableName(old.name());
            if (newName == null && !newTables.containsKey(old.name())) {
                diagnostics.report(Diagnostic.error(Code.FACADE_READS_REMOVED_COLUMN, span,
                        what + " still reads core table " + old.name()
                                + ", which this plan drops", "change the body, or keep the table")
                        .withNote(old.span(), "the table as last planned"));
                continue;
            }
            if (newName != null && !newName.equals(old.name()) && !newTables.containsKey(old.name())) {
                diagnostics.report(Diagnostic.error(Code.FACADE_READS_REMOVED_COLUMN, span,
                        what + " still reads core table " + old.name()
                                + ", which this plan renames to " + newName, "use the new name in the body")
                        .withNote(to.core().table(newName).get().span(), "the rename"));
                continue;
            }
            Table now = newTables.get(newName);
            if (now == null) {
                continue;
            }
            for (Column column : old.columns()) {
                if (!words.contains(column.name()) || now.column(column.name()).isPresent()) {
                    continue;
                }
                String renamedTo = renames.newColumnName(old.name(), column.name());
                var expansion = Expansions.expansionOf(old, column.name());
                if (renamedTo == null && expansion.isPresent()) {
                    // the contract of an expansion: the version that reads the old column must go first
                    diagnostics.report(Diagnostic.error(Code.FACADE_READS_REMOVED_COLUMN, span,
                            what + " still reads core column " + old.name() + "." + column.name() + ", which this"
                                    + " plan drops: the contract of the expansion " + old.name() + "."
                                    + expansion.get().name() + " (expands " + column.name() + ") waits until no"
                                    + " facade version in flight reads the old column",
                            "retire that version first (delete its source and plan, after promoting a version that"
                                    + " reads " + expansion.get().name() + "), or keep " + column.name()
                                    + " and the expansion until then")
                            .withNote(column.span(), "the column as last planned"));
                } else if (renamedTo == null) {
                    diagnostics.report(Diagnostic.error(Code.FACADE_READS_REMOVED_COLUMN, span,
                            what + " still reads core column "
                                    + old.name() + "." + column.name() + ", which this plan drops",
                            "change the body, or keep the column until no facade in flight reads it")
                            .withNote(column.span(), "the column as last planned"));
                } else {
                    diagnostics.report(Diagnostic.error(Code.FACADE_READS_REMOVED_COLUMN, span,
                            what + " still reads core column "
                                    + old.name() + "." + column.name() + ", which this plan renames to " + renamedTo,
                            "use the new name in the body")
                            .withNote(now.column(renamedTo).get().span(), "the rename"));
                }
            }
        }
    }

    /** A column type change under a view column that declares the old type. */
    private void exposedType(AlterColumnType c) {
        String oldType = TypeNames.canonical(c.from().type());
        String newType = TypeNames.canonical(c.to().type());
        if (oldType.equals(newType)) {
            return;
        }
        String oldTable = renames.oldTableName(c.table());
        for (Facade facade : to.facades()) {
            for (View view : facade.views()) {
                exposed("view " + view.name() + " of facade " + facade.label(), view, c, oldTable, oldType, newType);
            }
        }
        for (View view : to.core().views()) {
            exposed("core view " + view.name(), view, c, oldTable, oldType, newType);
        }
    }

    private void exposed(String what, View view, AlterColumnType c, String oldTable, String oldType,
                         String newType) {
        Set<String> words = BodyScanner.identifiers(view.body());
        boolean readsTable = words.contains(c.table()) || oldTable != null && words.contains(oldTable);
        if (!readsTable || !words.contains(c.to().name()) || castsExplicitly(view.body(), c.to().name())) {
            return;
        }
        for (ViewColumn column : view.columns()) {
            if (column.name().equals(c.to().name()) && TypeNames.canonical(column.type()).equals(oldType)) {
                diagnostics.report(Diagnostic.error(Code.EXPOSED_TYPE_CHANGED, column.span(), what + " declares column "
                                + column.name() + " as " + oldType + ", but core column " + c.table() + "."
                                + c.to().name() + " becomes " + newType,
                        "cast in the view body to keep the declared type, or declare a new facade version")
                        .withNote(c.to().span(), "the type change"));
            }
        }
    }
}
