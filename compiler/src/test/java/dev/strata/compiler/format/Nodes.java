package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.Arrays;
import java.util.List;

/** Short constructors for model nodes built in code, all with {@link Span#NONE}. */
final class Nodes {

    private static final Span NONE = Span.NONE;

    private Nodes() {
    }

    static TypeRef type(String name, String... modifiers) {
        return new TypeRef(name, List.of(modifiers), 0, NONE);
    }

    static Column column(String name, TypeRef type) {
        return new Column(name, type, false, null, null, null, null, null, null, null, NONE);
    }

    static Column notNull(String name, TypeRef type) {
        return new Column(name, type, true, null, null, null, null, null, null, null, NONE);
    }

    static Column withDefault(String name, TypeRef type, String defaultExpr) {
        return new Column(name, type, true, defaultExpr, null, null, null, null, null, null, NONE);
    }

    static Column identity(String name, TypeRef type) {
        return new Column(name, type, false, null, Identity.ALWAYS, null, null, null, null, null, NONE);
    }

    static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(null, List.of(columns), NONE);
    }

    static UniqueConstraint unique(String... columns) {
        return new UniqueConstraint(null, List.of(columns), false, NONE);
    }

    static Check check(String column, String expression) {
        return new Check(null, column, expression, NONE);
    }

    static ForeignKey references(String column, String table, ForeignKey.Action onDelete) {
        return new ForeignKey(null, List.of(column), table, List.of(), onDelete, null, false, false, NONE);
    }

    static Index index(String name, String... columns) {
        var elements = Arrays.stream(columns)
                .map(c -> new Index.IndexElement(c, null, null, null, null, null, NONE))
                .toList();
        return new Index(name, false, null, elements, List.of(), false, null, NONE);
    }

    static Table table(String name, List<Column> columns, PrimaryKey key, List<UniqueConstraint> uniques,
                       List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
        return new Table(name, columns, key, uniques, checks, foreignKeys, indexes, List.of(), List.of(), List.of(), comment,
                null, NONE);
    }

    static ViewColumn viewColumn(String name, TypeRef type) {
        return new ViewColumn(name, type, false, null, NONE);
    }

    static View view(String name, List<ViewColumn> columns, String body) {
        return new View(name, false, columns, List.of(), body, null, NONE);
    }

    static Parameter parameter(String name, TypeRef type) {
        return new Parameter(name, null, type, null, NONE);
    }

    static Routine function(String name, List<Parameter> parameters, TypeRef returns, String language,
                            String body) {
        return new Routine(Routine.RoutineKind.FUNCTION, name, parameters,
                new Routine.Returns(returns, false, List.of(), NONE), language, null, null, false, body, null, NONE);
    }

    static Grant grant(Grant.Privilege privilege, String object, String... roles) {
        return new Grant(List.of(privilege), object, List.of(roles), NONE);
    }
}
