package dev.strata.compiler.check;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds models in code for rule tests, without the parser:
 *
 * <pre>{@code
 * var model = schema()
 *         .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
 *         .table("purchase", t -> t
 *                 .column("id", "bigint").primaryKey("id")
 *                 .column("customer_id", "integer")
 *                 .foreignKey(List.of("customer_id"), "customer"))
 *         .build();
 * }</pre>
 *
 * Every node gets its own span on its own line of "fixture.strata", in the order the builder calls were made, so
 * a test can tell which node a diagnostic points at by comparing lines.
 */
final class SchemaFixture {

    static final String FILE = "fixture.strata";

    private int nextLine = 1;
    private final List<Extension> extensions = new ArrayList<>();
    private final List<EnumType> enums = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<View> views = new ArrayList<>();
    private final List<Routine> routines = new ArrayList<>();
    private final List<Facade> facades = new ArrayList<>();

    static SchemaFixture schema() {
        return new SchemaFixture();
    }

    Span span() {
        return new Span(FILE, nextLine, 1, nextLine, 2, 0, 1);
    }

    private Span nextSpan() {
        var span = span();
        nextLine++;
        return span;
    }

    /** "numeric(12,2)", "integer[]", "timestamp with time zone": a type as the parser would record it. */
    TypeRef type(String text) {
        int dimensions = 0;
        while (text.endsWith("[]")) {
            text = text.substring(0, text.length() - 2);
            dimensions++;
        }
        var modifiers = List.<String>of();
        int open = text.indexOf('(');
        if (open >= 0) {
            modifiers = Arrays.stream(text.substring(open + 1, text.length() - 1).split(",")).map(String::strip)
                    .toList();
            text = text.substring(0, open);
        }
        return new TypeRef(text.strip(), modifiers, dimensions, nextSpan());
    }

    SchemaFixture extension(String name) {
        extensions.add(new Extension(name, nextSpan()));
        return this;
    }

    SchemaFixture enumType(String name, String... labels) {
        var span = nextSpan();
        var values = Arrays.stream(labels).map(l -> new EnumType.EnumValue(l, nextSpan())).toList();
        enums.add(new EnumType(name, values, null, span));
        return this;
    }

    SchemaFixture domain(String name, String baseType) {
        var span = nextSpan();
        domains.add(new Domain(name, type(baseType), false, null, List.of(), null, span));
        return this;
    }

    SchemaFixture sequence(String name, Consumer<SequenceBuilder> body) {
        var builder = new SequenceBuilder(name, nextSpan());
        body.accept(builder);
        sequences.add(builder.build());
        return this;
    }

    SchemaFixture table(String name, Consumer<TableBuilder> body) {
        var builder = new TableBuilder(name, nextSpan());
        body.accept(builder);
        tables.add(builder.build());
        return this;
    }

    SchemaFixture view(String name, Consumer<ViewBuilder> body) {
        views.add(view(name, false, body));
        return this;
    }

    SchemaFixture materializedView(String name, Consumer<ViewBuilder> body) {
        views.add(view(name, true, body));
        return this;
    }

    SchemaFixture function(String name, Consumer<RoutineBuilder> body) {
        routines.add(routine(Routine.RoutineKind.FUNCTION, name, body));
        return this;
    }

    SchemaFixture procedure(String name, Consumer<RoutineBuilder> body) {
        routines.add(routine(Routine.RoutineKind.PROCEDURE, name, body));
        return this;
    }

    SchemaFixture facade(String name, int version, Consumer<FacadeBuilder> body) {
        var builder = new FacadeBuilder(name, version, nextSpan());
        body.accept(builder);
        facades.add(builder.build());
        return this;
    }

    Model build() {
        return new Model(new Core(extensions, enums, domains, sequences, tables, views, routines), facades);
    }

    private View view(String name, boolean materialized, Consumer<ViewBuilder> body) {
        var builder = new ViewBuilder(name, materialized, nextSpan());
        body.accept(builder);
        return builder.build();
    }

    private Routine routine(Routine.RoutineKind kind, String name, Consumer<RoutineBuilder> body) {
        var builder = new RoutineBuilder(kind, name, nextSpan());
        body.accept(builder);
        return builder.build();
    }

    final class TableBuilder {
        private final String name;
        private final Span span;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();
        private String renamedFrom;

        TableBuilder(String name, Span span) {
            this.name = name;
            this.span = span;
        }

        TableBuilder column(String columnName, String type) {
            return column(columnName, type, c -> { });
        }

        TableBuilder column(String columnName, String type, Consumer<ColumnBuilder> body) {
            var builder = new ColumnBuilder(columnName, nextSpan(), type(type));
            body.accept(builder);
            columns.add(builder.build());
            return this;
        }

        TableBuilder primaryKey(String... columnNames) {
            primaryKey = new PrimaryKey(null, List.of(columnNames), nextSpan());
            return this;
        }

        TableBuilder namedPrimaryKey(String constraintName, String... columnNames) {
            primaryKey = new PrimaryKey(constraintName, List.of(columnNames), nextSpan());
            return this;
        }

        TableBuilder unique(String... columnNames) {
            uniques.add(new UniqueConstraint(null, List.of(columnNames), false, nextSpan()));
            return this;
        }

        TableBuilder namedUnique(String constraintName, String... columnNames) {
            uniques.add(new UniqueConstraint(constraintName, List.of(columnNames), false, nextSpan()));
            return this;
        }

        /** A check; {@code constraintName} and {@code column} may be null. */
        TableBuilder check(String constraintName, String column, String expression) {
            checks.add(new Check(constraintName, column, expression, nextSpan()));
            return this;
        }

        TableBuilder foreignKey(List<String> columnNames, String refTable, String... refColumns) {
            return foreignKey(null, columnNames, refTable, List.of(refColumns), ForeignKey.Action.NO_ACTION,
                    ForeignKey.Action.NO_ACTION);
        }

        TableBuilder foreignKey(String constraintName, List<String> columnNames, String refTable,
                                List<String> refColumns, ForeignKey.Action onDelete, ForeignKey.Action onUpdate) {
            foreignKeys.add(new ForeignKey(constraintName, columnNames, refTable, refColumns, onDelete, onUpdate,
                    false, false, nextSpan()));
            return this;
        }

        TableBuilder index(Consumer<IndexBuilder> body) {
            var builder = new IndexBuilder(nextSpan());
            body.accept(builder);
            indexes.add(builder.build());
            return this;
        }

        /** A row trigger {@code before update} that executes {@code function}. */
        TableBuilder trigger(String triggerName, String function) {
            return trigger(triggerName, Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE), List.of(), true,
                    function);
        }

        TableBuilder trigger(String triggerName, Trigger.Timing timing, List<Trigger.Event> events,
                             List<String> updateColumns, boolean forEachRow, String function) {
            triggers.add(new Trigger(triggerName, timing, events, updateColumns, forEachRow, null, function,
                    List.of(), nextSpan()));
            return this;
        }

        TableBuilder renamedFrom(String oldName) {
            renamedFrom = oldName;
            return this;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, triggers, List.of(),
                    List.of(), null, renamedFrom, span);
        }
    }

    static final class ColumnBuilder {
        private final String name;
        private final Span span;
        private final TypeRef type;
        private boolean notNull;
        private String defaultExpr;
        private Identity identity;
        private String generated;
        private String renamedFrom;

        ColumnBuilder(String name, Span span, TypeRef type) {
            this.name = name;
            this.span = span;
            this.type = type;
        }

        ColumnBuilder notNull() {
            notNull = true;
            return this;
        }

        ColumnBuilder defaultValue(String expression) {
            defaultExpr = expression;
            return this;
        }

        ColumnBuilder identity() {
            identity = Identity.ALWAYS;
            return this;
        }

        ColumnBuilder generated(String expression) {
            generated = expression;
            return this;
        }

        ColumnBuilder renamedFrom(String oldName) {
            renamedFrom = oldName;
            return this;
        }

        Column build() {
            return new Column(name, type, notNull, defaultExpr, identity, generated, null, null, renamedFrom, null,
                    span);
        }
    }

    final class IndexBuilder {
        private final Span span;
        private String name;
        private boolean unique;
        private String method;
        private final List<Index.IndexElement> elements = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private String where;

        IndexBuilder(Span span) {
            this.span = span;
        }

        IndexBuilder name(String indexName) {
            name = indexName;
            return this;
        }

        IndexBuilder unique() {
            unique = true;
            return this;
        }

        IndexBuilder using(String indexMethod) {
            method = indexMethod;
            return this;
        }

        IndexBuilder on(String... columns) {
            for (var column : columns) {
                elements.add(new Index.IndexElement(column, null, null, null, null, null, nextSpan()));
            }
            return this;
        }

        IndexBuilder onDescending(String column) {
            elements.add(new Index.IndexElement(column, null, null, null, Index.Direction.DESC, null, nextSpan()));
            return this;
        }

        IndexBuilder onExpression(String expression) {
            elements.add(new Index.IndexElement(null, expression, null, null, null, null, nextSpan()));
            return this;
        }

        IndexBuilder include(String... columns) {
            include.addAll(List.of(columns));
            return this;
        }

        IndexBuilder where(String predicate) {
            where = predicate;
            return this;
        }

        Index build() {
            return new Index(name, unique, method, elements, include, false, where, span);
        }
    }

    final class SequenceBuilder {
        private final String name;
        private final Span span;
        private TypeRef type;
        private Long start;
        private Long increment;
        private Long minValue;
        private Long maxValue;
        private Long cache;
        private String ownedBy;

        SequenceBuilder(String name, Span span) {
            this.name = name;
            this.span = span;
        }

        SequenceBuilder as(String typeName) {
            type = type(typeName);
            return this;
        }

        SequenceBuilder start(long value) {
            start = value;
            return this;
        }

        SequenceBuilder increment(long value) {
            increment = value;
            return this;
        }

        SequenceBuilder minValue(long value) {
            minValue = value;
            return this;
        }

        SequenceBuilder maxValue(long value) {
            maxValue = value;
            return this;
        }

        SequenceBuilder cache(long value) {
            cache = value;
            return this;
        }

        SequenceBuilder ownedBy(String tableDotColumn) {
            ownedBy = tableDotColumn;
            return this;
        }

        Sequence build() {
            return new Sequence(name, type, start, increment, minValue, maxValue, cache, false, ownedBy, span);
        }
    }

    final class ViewBuilder {
        private final String name;
        private final boolean materialized;
        private final Span span;
        private final List<ViewColumn> columns = new ArrayList<>();
        private final List<List<String>> keys = new ArrayList<>();

        ViewBuilder(String name, boolean materialized, Span span) {
            this.name = name;
            this.materialized = materialized;
            this.span = span;
        }

        ViewBuilder column(String columnName, String type) {
            var columnSpan = nextSpan();
            columns.add(new ViewColumn(columnName, type(type), false, null, columnSpan));
            return this;
        }

        ViewBuilder columnWithDefault(String columnName, String type, String defaultExpr) {
            var columnSpan = nextSpan();
            columns.add(new ViewColumn(columnName, type(type), false, defaultExpr, columnSpan));
            return this;
        }

        ViewBuilder key(String... columnNames) {
            keys.add(List.of(columnNames));
            return this;
        }

        View build() {
            return new View(name, materialized, columns, keys, "select 1", null, span);
        }
    }

    final class RoutineBuilder {
        private final Routine.RoutineKind kind;
        private final String name;
        private final Span span;
        private final List<Parameter> parameters = new ArrayList<>();
        private Routine.Returns returns;

        RoutineBuilder(Routine.RoutineKind kind, String name, Span span) {
            this.kind = kind;
            this.name = name;
            this.span = span;
        }

        RoutineBuilder parameter(String parameterName, String type) {
            var parameterSpan = nextSpan();
            parameters.add(new Parameter(parameterName, Parameter.Mode.IN, type(type), null, parameterSpan));
            return this;
        }

        RoutineBuilder returns(String type) {
            var returnsSpan = nextSpan();
            returns = new Routine.Returns(type(type), false, List.of(), returnsSpan);
            return this;
        }

        /** {@code returns table (name type, …)} from alternating names and types. */
        RoutineBuilder returnsTable(String... namesAndTypes) {
            var returnsSpan = nextSpan();
            var columns = new ArrayList<Parameter>();
            for (int i = 0; i < namesAndTypes.length; i += 2) {
                var columnSpan = nextSpan();
                columns.add(new Parameter(namesAndTypes[i], Parameter.Mode.OUT, type(namesAndTypes[i + 1]), null,
                        columnSpan));
            }
            returns = new Routine.Returns(null, true, columns, returnsSpan);
            return this;
        }

        Routine build() {
            if (kind == Routine.RoutineKind.FUNCTION && returns == null) {
                returns("void");
            }
            return new Routine(kind, name, parameters, returns, "sql", null, null, false, "select 1", null, span);
        }
    }

    final class FacadeBuilder {
        private final String name;
        private final int version;
        private final Span span;
        private final List<View> views = new ArrayList<>();
        private final List<Routine> routines = new ArrayList<>();
        private final List<Grant> grants = new ArrayList<>();

        FacadeBuilder(String name, int version, Span span) {
            this.name = name;
            this.version = version;
            this.span = span;
        }

        FacadeBuilder view(String viewName, Consumer<ViewBuilder> body) {
            views.add(SchemaFixture.this.view(viewName, false, body));
            return this;
        }

        FacadeBuilder materializedView(String viewName, Consumer<ViewBuilder> body) {
            views.add(SchemaFixture.this.view(viewName, true, body));
            return this;
        }

        FacadeBuilder function(String functionName, Consumer<RoutineBuilder> body) {
            routines.add(routine(Routine.RoutineKind.FUNCTION, functionName, body));
            return this;
        }

        FacadeBuilder procedure(String procedureName, Consumer<RoutineBuilder> body) {
            routines.add(routine(Routine.RoutineKind.PROCEDURE, procedureName, body));
            return this;
        }

        /** {@code grant PRIVILEGES on OBJECT to ROLE}; privileges comma-separated as in the source. */
        FacadeBuilder grant(String privileges, String object, String role) {
            var list = Arrays.stream(privileges.split(","))
                    .map(p -> Grant.Privilege.valueOf(p.strip().toUpperCase(Locale.ROOT)))
                    .toList();
            grants.add(new Grant(list, object, List.of(role), nextSpan()));
            return this;
        }

        Facade build() {
            return new Facade(name, version, views, routines, grants, span);
        }
    }
}
