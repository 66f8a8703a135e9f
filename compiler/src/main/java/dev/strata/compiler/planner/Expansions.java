package dev.strata.compiler.planner;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.sql.SqlTypes;
import dev.strata.plan.sql.Identifiers;
import dev.strata.compiler.model.TypeChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column that {@code expands} another of its table (the new representation beside the old one, while facade
 * versions of both kinds are in flight) is kept in step with it by a trigger function of the core and two triggers:
 * every write that sets one of the two columns sets the other from it, so a facade version that reads and writes the
 * old column and one that reads and writes the new column see the same rows. The planner plans against models where
 * that function and those triggers are written out, so they are created with the column (or the table), dropped when
 * the expansion ends (the old column dropped, the contract, or the {@code expands} taken away), and put back by the
 * way back, like any trigger the sources declare.
 *
 * <p>On insert, a new column left NULL gets its value from the old one ({@code using}), and a new column given a
 * value that the old one does not convert to gives the old one its value ({@code reverse}). On update, a change of
 * the new column that the old one does not match sets the old one; otherwise a change of the old column, or a new
 * column still NULL, sets the new one. A pair that already matches is left as written, so the backfill's update and
 * a writer that sets both columns consistently change nothing else.
 */
public final class Expansions {

    /** How the names of an expansion's function and triggers begin. */
    private static final String PREFIX = "zz_strata_expand";

    /** The label PostgreSQL's truncation keeps on the update trigger's name. */
    private static final String UPDATE = "update";

    private Expansions() {
    }

    /** The model with the function and triggers of every expansion written out in its core. */
    static Model apply(Model model, String coreSchema) {
        Core core = model.core();
        if (core.tables().stream().noneMatch(Expansions::expands)) {
            return model;
        }
        var routines = new ArrayList<>(core.routines());
        var tables = new ArrayList<Table>();
        for (Table table : core.tables()) {
            if (!expands(table)) {
                tables.add(table);
                continue;
            }
            var triggers = new ArrayList<>(table.triggers());
            for (Column column : table.columns()) {
                Optional<Column> old = source(table, column);
                if (old.isEmpty()) {
                    continue;
                }
                String function = function(table.name(), column.name());
                routines.add(new Routine(Routine.RoutineKind.FUNCTION, function, List.of(),
                        new Routine.Returns(TypeRef.of("trigger"), false, List.of(), column.span()), "plpgsql",
                        Routine.Volatility.VOLATILE, Routine.Security.INVOKER, false,
                        new RoutineOptions(null, null, null, false, List.of(new RoutineOptions.Setting("search_path",
                                List.of(coreSchema, "public"), false))),
                        body(old.get(), column, coreSchema), null, column.span()));
                triggers.add(new Trigger(function, Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT), List.of(),
                        true, null, function, List.of(), column.span()));
                String o = Identifiers.quoteIfNeeded(old.get().name());
                String n = Identifiers.quoteIfNeeded(column.name());
                triggers.add(new Trigger(updateTrigger(table.name(), column.name()), Trigger.Timing.BEFORE,
                        List.of(Trigger.Event.UPDATE), List.of(), true, "NEW." + o + " IS DISTINCT FROM OLD." + o
                        + " OR NEW." + n + " IS DISTINCT FROM OLD." + n + " OR NEW." + n + " IS NULL", function,
                        List.of(), column.span()));
            }
            tables.add(table.withTriggers(triggers));
        }
        return new Model(new Core(core.extensions(), core.enums(), core.domains(), core.sequences(), tables,
                core.views(), routines, core.collations()), model.facades());
    }

    /**
     * The other way, for a model read from a database ({@code strata import}, live plans): a core function and two
     * triggers that are exactly what {@link #apply} writes out for a column (same names, same body, same shape) are
     * taken back into {@code expands} on that column, with its {@code using} and {@code reverse} when they are not the
     * default casts. Anything that differs stays as the plain function and triggers it is.
     */
    public static Model recognize(Model model, String coreSchema) {
        Core core = model.core();
        var candidates = new HashMap<String, Routine>();
        for (Routine routine : core.routines()) {
            if (routine.name().startsWith(PREFIX) && routine.parameters().isEmpty()) {
                candidates.put(routine.name(), routine);
            }
        }
        if (candidates.isEmpty()) {
            return model;
        }
        var gone = new HashSet<String>();
        var tables = new ArrayList<Table>();
        boolean changed = false;
        for (Table table : core.tables()) {
            Table raised = table;
            for (Column column : table.columns()) {
                Routine routine = candidates.get(function(table.name(), column.name()));
                Table candidate = routine == null ? null : raise(raised, column.name(), routine, coreSchema);
                if (candidate != null) {
                    raised = candidate;
                    gone.add(function(table.name(), column.name()));
                    changed = true;
                }
            }
            tables.add(raised);
        }
        if (!changed) {
            return model;
        }
        var routines = core.routines().stream().filter(r -> !(gone.contains(r.name()) && r.parameters().isEmpty()))
                .toList();
        return new Model(new Core(core.extensions(), core.enums(), core.domains(), core.sequences(), tables,
                core.views(), routines, core.collations()), model.facades());
    }

    private static final Pattern ASSIGN = Pattern.compile("NEW\\.(\\S+) := \\(SELECT \\((.*)\\) FROM \\(SELECT NEW\\.\\*\\) AS"
            + " strata_row\\);");

    /** {@code table} with {@code name} expanding the column its function fills from, or null when it is not one. */
    private static Table raise(Table table, String name, Routine routine, String coreSchema) {
        String function = function(table.name(), name);
        Column column = table.column(name).orElse(null);
        if (column == null || column.typeChange() != null || routine.body() == null) {
            return null;
        }
        // the body's first assignment fills this column (using), the second the old one (reverse)
        Matcher m = ASSIGN.matcher(routine.body());
        String forward = null;
        String reverse = null;
        String old = null;
        while (m.find()) {
            if (forward == null && m.group(1).equals(Identifiers.quoteIfNeeded(name))) {
                forward = m.group(2);
            } else if (old == null && !m.group(1).equals(Identifiers.quoteIfNeeded(name))) {
                old = m.group(1);
                reverse = m.group(2);
            }
        }
        if (forward == null || old == null) {
            return null;
        }
        String oldName = old;
        Column oldColumn = table.columns().stream().filter(c -> Identifiers.quoteIfNeeded(c.name()).equals(oldName))
                .findFirst().orElse(null);
        if (oldColumn == null) {
            return null;
        }
        TypeChange guess = new TypeChange(null, null, false, false, oldColumn.name(), column.span());
        Column plain = column.withTypeChange(guess);
        String using = forward.equals(forward(oldColumn, plain, coreSchema)) ? null : forward;
        String back = reverse.equals(reverse(oldColumn, plain, coreSchema)) ? null : reverse;
        Column expanding = column.withTypeChange(new TypeChange(using, back, false, false, oldColumn.name(),
                column.span()));
        Set<String> ours = Set.of(function, updateTrigger(table.name(), name));
        var triggers = table.triggers().stream().filter(t -> !ours.contains(t.name())).toList();
        var columns = table.columns().stream().map(c -> c.name().equals(name) ? expanding : c).toList();
        Table raised = table.withColumns(columns).withTriggers(triggers);
        // taken back only when writing it out again gives what the database has: the same body, the same triggers
        Model again = apply(new Model(new Core(List.of(), List.of(), List.of(), List.of(), List.of(raised),
                List.of(), List.of(), List.of()), List.of()), coreSchema);
        Routine written = again.core().routines().stream().filter(r -> r.name().equals(function)).findFirst()
                .orElseThrow();
        if (!written.body().equals(routine.body())) {
            return null;
        }
        for (Trigger mine : again.core().tables().get(0).triggers()) {
            if (!ours.contains(mine.name())) {
                continue;
            }
            Trigger theirs = table.triggers().stream().filter(t -> t.name().equals(mine.name())).findFirst()
                    .orElse(null);
            if (theirs == null || theirs.timing() != mine.timing() || !theirs.events().equals(mine.events())
                    || !theirs.function().equals(mine.function()) || !theirs.forEachRow()
                    || (theirs.when() == null) != (mine.when() == null)) {
                return null;
            }
        }
        return raised;
    }

    /** The name of the function (and of the insert trigger) that keeps {@code table.column} in step. */
    static String function(String table, String column) {
        return Identifiers.objectName(PREFIX, table + "_" + column, null);
    }

    static String updateTrigger(String table, String column) {
        return Identifiers.objectName(PREFIX, table + "_" + column, UPDATE);
    }

    /** Whether {@code trigger} on {@code table} is one of the triggers of an expansion of that table. */
    static boolean isExpansionTrigger(String tableName, String trigger, Table table) {
        for (Column column : table.columns()) {
            if (source(table, column).isPresent() && (trigger.equals(function(tableName, column.name()))
                    || trigger.equals(updateTrigger(tableName, column.name())))) {
                return true;
            }
        }
        return false;
    }

    /** The column {@code column} expands, when it names one of its table (the checker reports any other). */
    static Optional<Column> source(Table table, Column column) {
        String old = expanded(column);
        if (old == null || old.equals(column.name())) {
            return Optional.empty();
        }
        return table.column(old);
    }

    /** The name of the column {@code column} expands, null when none. */
    static String expanded(Column column) {
        return column.typeChange() == null ? null : column.typeChange().expands();
    }

    /** The column of {@code table} that expands {@code old}, when there is one. */
    static Optional<Column> expansionOf(Table table, String old) {
        return table.columns().stream().filter(c -> old.equals(expanded(c)) && !old.equals(c.name())).findFirst();
    }

    private static boolean expands(Table table) {
        return table.columns().stream().anyMatch(c -> source(table, c).isPresent());
    }

    /** The new column's value as SQL over the row's columns: {@code using}, or the old column cast. */
    static String forward(Column old, Column column, String coreSchema) {
        if (column.typeChange().using() != null) {
            return column.typeChange().using();
        }
        return cast(old, column.type(), coreSchema);
    }

    /** The old column's value as SQL over the row's columns: {@code reverse}, or the new column cast back. */
    static String reverse(Column old, Column column, String coreSchema) {
        if (column.typeChange().reverse() != null) {
            return column.typeChange().reverse();
        }
        return cast(column, old.type(), coreSchema);
    }

    private static String cast(Column from, TypeRef to, String coreSchema) {
        String name = Identifiers.quoteIfNeeded(from.name());
        if (TypeNames.sameType(from.type(), to)) {
            return name;
        }
        return "CAST(" + name + " AS " + SqlTypes.name(to, coreSchema) + ")";
    }

    private static String body(Column old, Column column, String coreSchema) {
        String o = "NEW." + Identifiers.quoteIfNeeded(old.name());
        String n = "NEW." + Identifiers.quoteIfNeeded(column.name());
        String forward = overRow(forward(old, column, coreSchema));
        String reverse = overRow(reverse(old, column, coreSchema));
        return String.join("\n",
                "",
                "BEGIN",
                "    IF TG_OP = 'INSERT' THEN",
                "        IF " + n + " IS NULL THEN",
                "            " + n + " := " + forward + ";",
                "        ELSIF " + n + " IS DISTINCT FROM " + forward + " THEN",
                "            " + o + " := " + reverse + ";",
                "        END IF;",
                "    ELSIF " + n + " IS DISTINCT FROM OLD." + Identifiers.quoteIfNeeded(column.name()) + " THEN",
                "        IF " + n + " IS DISTINCT FROM " + forward + " THEN",
                "            " + o + " := " + reverse + ";",
                "        END IF;",
                "    ELSE",
                "        " + n + " := " + forward + ";",
                "    END IF;",
                "    RETURN NEW;",
                "END",
                "");
    }

    /** An expression over the row's columns, evaluated on the row being written. */
    private static String overRow(String expression) {
        return "(SELECT (" + expression + ") FROM (SELECT NEW.*) AS strata_row)";
    }
}
