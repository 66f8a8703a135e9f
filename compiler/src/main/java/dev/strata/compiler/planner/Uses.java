package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the objects of one model depend on, as graph keys. Verbatim SQL is scanned lexically
 * ({@link BodyScanner}): a body that mentions a core table's name depends on the table and on each of its columns
 * whose name it also mentions (on all of them when it has a star).
 */
final class Uses {

    private final Model model;
    private final Map<String, Table> tables = new HashMap<>();
    private final Set<String> types = new java.util.HashSet<>();
    private final Set<String> sequences = new java.util.HashSet<>();
    private final Set<String> coreViews = new java.util.HashSet<>();
    private final Set<String> coreRoutines = new java.util.HashSet<>();
    private final Set<String> collations = new java.util.HashSet<>();

    Uses(Model model) {
        this.model = model;
        model.core().tables().forEach(t -> tables.putIfAbsent(t.name(), t));
        model.core().enums().forEach(e -> types.add(e.name()));
        model.core().domains().forEach(d -> types.add(d.name()));
        model.core().sequences().forEach(s -> sequences.add(s.name()));
        model.core().views().forEach(v -> coreViews.add(v.name()));
        model.core().routines().forEach(r -> coreRoutines.add(r.name()));
        model.core().collations().forEach(c -> collations.add(c.name()));
    }

    /** The key of a collation of the core that a column or key names; none for PostgreSQL's own or null. */
    Set<String> collation(String name) {
        var keys = new LinkedHashSet<String>();
        if (name != null && collations.contains(name)) {
            keys.add(Keys.collation(name));
        }
        return keys;
    }

    /** Keys for a type: the enum or domain it names, or the table whose row type it is. */
    Set<String> type(TypeRef type) {
        var keys = new LinkedHashSet<String>();
        if (type == null) {
            return keys;
        }
        if (types.contains(type.name())) {
            keys.add(Keys.type(type.name()));
        }
        if (tables.containsKey(type.name())) {
            keys.add(Keys.table(type.name()));
        }
        return keys;
    }

    /**
     * Keys for a type written in a facade routine's signature: as {@link #type(TypeRef)}, and the view of the
     * same facade version whose row type it is (such a view shadows a core type of the same name).
     */
    Set<String> type(TypeRef type, Scope scope) {
        if (type != null && facadeViews(scope).contains(type.name())) {
            return new LinkedHashSet<>(java.util.List.of(Keys.view(scope, type.name())));
        }
        return type(type);
    }

    /** The names of the views of a facade version, usable as row types in its routines; none for the core. */
    Set<String> facadeViews(Scope scope) {
        return PlanPart.facadeRowTypes(model, scope);
    }

    /** Keys for verbatim SQL in a scope (a facade body may also use its own version's views and routines). */
    Set<String> sql(String text, Scope scope) {
        var keys = new LinkedHashSet<String>();
        var words = BodyScanner.identifiers(text);
        if (words.isEmpty()) {
            return keys;
        }
        boolean star = words.contains("*");
        for (String word : words) {
            Table table = tables.get(word);
            if (table != null) {
                keys.add(Keys.table(word));
                for (Column column : table.columns()) {
                    if (star || words.contains(column.name())) {
                        keys.add(Keys.column(word, column.name()));
                    }
                }
            }
            if (types.contains(word)) {
                keys.add(Keys.type(word));
            }
            if (sequences.contains(word)) {
                keys.add(Keys.sequence(word));
            }
            if (coreViews.contains(word)) {
                keys.add(Keys.view(Scope.CORE, word));
            }
            if (coreRoutines.contains(word)) {
                keys.add(Keys.routine(Scope.CORE, word));
            }
        }
        if (!scope.isCore()) {
            Facade facade = model.facade(scope.facade(), scope.version()).orElse(null);
            if (facade != null) {
                facade.views().stream().filter(v -> words.contains(v.name()))
                        .forEach(v -> keys.add(Keys.view(scope, v.name())));
                var calls = BodyScanner.calls(text);
                facade.routines().stream()
                        .filter(r -> calls.contains(r.name()) || calls.contains(facade.schemaName() + "." + r.name()))
                        .forEach(r -> keys.add(Keys.routine(scope, r.name())));
            }
        }
        return keys;
    }

    Set<String> view(Scope scope, View view) {
        var keys = sql(view.body(), scope);
        keys.remove(Keys.view(scope, view.name()));
        for (ViewColumn column : view.columns()) {
            keys.addAll(type(column.type()));
            keys.addAll(sql(column.defaultExpr(), scope));
        }
        return keys;
    }

    Set<String> routine(Scope scope, Routine routine) {
        var keys = signature(scope, routine);
        keys.addAll(sql(routine.body(), scope));
        keys.remove(Keys.routine(scope, routine.name()));
        return keys;
    }

    /** Only the types of parameters and results: what PostgreSQL itself records as dependencies. */
    Set<String> signature(Scope scope, Routine routine) {
        var keys = new LinkedHashSet<String>();
        for (Parameter p : routine.parameters()) {
            keys.addAll(type(p.type(), scope));
        }
        if (routine.returns() != null) {
            keys.addAll(type(routine.returns().type(), scope));
            for (Parameter p : routine.returns().table()) {
                keys.addAll(type(p.type(), scope));
            }
        }
        return keys;
    }

    Set<String> trigger(String table, Trigger trigger) {
        var keys = new LinkedHashSet<String>();
        keys.add(Keys.table(table));
        keys.add(Keys.routine(Scope.CORE, trigger.function()));
        for (String column : trigger.updateColumns()) {
            keys.add(Keys.column(table, column));
        }
        if (trigger.when() != null) {
            // NEW.c and OLD.c: PostgreSQL needs the columns when it creates the trigger
            var words = BodyScanner.identifiers(trigger.when());
            Table own = tables.get(table);
            if (own != null) {
                own.columns().stream().filter(c -> words.contains(c.name()))
                        .forEach(c -> keys.add(Keys.column(table, c.name())));
            }
        }
        keys.addAll(sql(trigger.when(), Scope.CORE));
        return keys;
    }

    /**
     * What a policy reads: its table, the columns of its table its expressions name (unqualified, as policies
     * write them), whatever else its expressions read, and its roles.
     */
    Set<String> policy(String table, Policy policy) {
        var keys = new LinkedHashSet<String>();
        keys.add(Keys.table(table));
        for (String expression : java.util.Arrays.asList(policy.using(), policy.withCheck())) {
            if (expression == null) {
                continue;
            }
            var words = BodyScanner.identifiers(expression);
            Table own = tables.get(table);
            if (own != null) {
                own.columns().stream().filter(c -> words.contains(c.name()))
                        .forEach(c -> keys.add(Keys.column(table, c.name())));
            }
            keys.addAll(sql(expression, Scope.CORE));
        }
        policy.roles().forEach(role -> keys.add(Keys.role(role)));
        return keys;
    }

    /** What a column definition needs: its type and collation, and whatever its default or generation expression reads. */
    Set<String> column(Column column) {
        var keys = new LinkedHashSet<String>(type(column.type()));
        keys.addAll(collation(column.collation()));
        keys.addAll(sql(column.defaultExpr(), Scope.CORE));
        keys.addAll(sql(column.generated(), Scope.CORE));
        return keys;
    }

    /** The columns of this model that have the given enum or domain type: table and column names. */
    List<String[]> columnsOfType(String typeName) {
        var out = new java.util.ArrayList<String[]>();
        for (Table table : model.core().tables()) {
            for (Column column : table.columns()) {
                if (column.type().name().equals(typeName)) {
                    out.add(new String[] {table.name(), column.name()});
                }
            }
        }
        return out;
    }
}
