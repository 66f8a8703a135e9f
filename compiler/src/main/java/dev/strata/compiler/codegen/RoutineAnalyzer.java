package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the functions and procedures of a facade version into {@link RoutineBinding}s: typed arguments, and a
 * result that is nothing, a value, or rows of a record (generated for {@code returns table} and OUT parameters,
 * shared with the view for {@code returns setof VIEW}).
 */
final class RoutineAnalyzer {

    /** Result types whose shape is not known from the declaration, or that applications never call. */
    private static final Set<String> UNCALLABLE_RESULTS = Set.of("record", "trigger", "event_trigger",
            "anyelement", "anyarray", "anynonarray", "anyenum", "anyrange", "anymultirange", "anycompatible",
            "anycompatiblearray", "internal");

    private final Facade facade;
    private final String javaPackage;
    private final TypeResolver types;
    private final Diagnostics diagnostics;
    private final JavaNameRegistry typeNames;
    private final JavaNameRegistry methodNames;
    private final List<ViewBinding> views;
    private final List<RowType> resultRows = new ArrayList<>();

    RoutineAnalyzer(Facade facade, String javaPackage, TypeResolver types, Diagnostics diagnostics,
                    JavaNameRegistry typeNames, JavaNameRegistry methodNames, List<ViewBinding> views) {
        this.facade = facade;
        this.javaPackage = javaPackage;
        this.types = types;
        this.diagnostics = diagnostics;
        this.typeNames = typeNames;
        this.methodNames = methodNames;
        this.views = views;
    }

    List<RoutineBinding> bindAll() {
        var bindings = new ArrayList<RoutineBinding>();
        for (Routine routine : facade.routines()) {
            bind(routine).ifPresent(bindings::add);
        }
        return bindings;
    }

    /** The records generated for function results, in the order of the functions. */
    List<RowType> resultRows() {
        return List.copyOf(resultRows);
    }

    private Optional<RoutineBinding> bind(Routine routine) {
        String owner = routine.kind() + " " + routine.name();
        String method = JavaNames.lowerCamel(routine.name());
        if (method.isEmpty()) {
            diagnostics.report(CodegenDiagnostics.noJavaName(routine.span(), routine.kind(), routine.name()));
            return Optional.empty();
        }
        var arguments = arguments(routine, owner);
        var result = result(routine, owner);
        if (arguments.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        var parameterTypes = arguments.get().stream().map(a -> a.type().referenceType()).toList();
        if (!methodNames.claim(FacadeAnalyzer.signature(method, parameterTypes), method, owner, routine.span())) {
            return Optional.empty();
        }
        return Optional.of(new RoutineBinding(routine, method, arguments.get(), result.get()));
    }

    private Optional<List<RoutineBinding.Argument>> arguments(Routine routine, String owner) {
        var names = new JavaNameRegistry(diagnostics);
        var arguments = new ArrayList<RoutineBinding.Argument>();
        boolean complete = true;
        for (Parameter parameter : routine.parameters()) {
            if (!isInput(parameter)) {
                continue;
            }
            String usedBy = "parameter " + parameter.name() + " of " + owner;
            boolean variadic = parameter.mode() == Parameter.Mode.VARIADIC;
            if (variadic && !parameter.type().isArray()) {
                diagnostics.report(CodegenDiagnostics.unsupportedRoutine(parameter.span(), owner,
                        "variadic parameter " + parameter.name() + " is not an array",
                        "declare it with an array type, for example `variadic ids bigint[]`"));
                complete = false;
                continue;
            }
            String javaName = JavaNames.lowerCamel(parameter.name());
            if (javaName.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.noJavaName(parameter.span(), "parameter", parameter.name()));
                complete = false;
                continue;
            }
            complete &= names.claim(javaName, usedBy, parameter.span());
            var type = types.resolve(parameter.type(), usedBy);
            if (type.isEmpty()) {
                complete = false;
                continue;
            }
            arguments.add(new RoutineBinding.Argument(parameter.name(), javaName, type.get(), variadic));
        }
        return complete ? Optional.of(arguments) : Optional.empty();
    }

    private Optional<RoutineBinding.Result> result(Routine routine, String owner) {
        var outputs = routine.parameters().stream().filter(RoutineAnalyzer::isOutput).toList();
        if (routine.routineKind() == Routine.RoutineKind.PROCEDURE) {
            if (!outputs.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.unsupportedRoutine(outputs.get(0).span(), owner,
                        "procedures with OUT or INOUT parameters are not supported",
                        "return the values from a function instead"));
                return Optional.empty();
            }
            return Optional.of(new RoutineBinding.Nothing());
        }
        var returns = routine.returns();
        if (!outputs.isEmpty()) {
            var columns = outputs.stream().map(p -> new Column(p.name(), p.type(), p.span())).toList();
            return resultRecord(routine, owner, columns)
                    .map(row -> new RoutineBinding.Rows(row, returns.setOf()
                            ? RoutineBinding.Shape.LIST : RoutineBinding.Shape.ONE));
        }
        if (!returns.table().isEmpty()) {
            var columns = returns.table().stream().map(p -> new Column(p.name(), p.type(), p.span())).toList();
            return resultRecord(routine, owner, columns)
                    .map(row -> new RoutineBinding.Rows(row, RoutineBinding.Shape.LIST));
        }
        return typedResult(routine, owner, returns.type(), returns.setOf());
    }

    private Optional<RoutineBinding.Result> typedResult(Routine routine, String owner, TypeRef type, boolean setOf) {
        String canonical = TypeNames.canonicalName(type.name());
        if (canonical.equals("void") && !type.isArray()) {
            return Optional.of(new RoutineBinding.Nothing());
        }
        if (UNCALLABLE_RESULTS.contains(canonical) && !type.isArray()) {
            diagnostics.report(CodegenDiagnostics.unsupportedRoutine(type.span(), owner,
                    "its result type " + type.sql() + " does not say which columns or values it returns",
                    "declare `returns table (col type, ...)`, OUT parameters, or a concrete type"));
            return Optional.empty();
        }
        if (!type.isArray()) {
            var view = views.stream().filter(v -> v.view().name().equals(type.name())).findFirst();
            if (view.isPresent()) {
                var shape = setOf ? RoutineBinding.Shape.LIST : RoutineBinding.Shape.OPTIONAL;
                return Optional.of(new RoutineBinding.Rows(view.get().row(), shape));
            }
        }
        return types.resolve(type, "the result of " + owner)
                .map(mapped -> new RoutineBinding.Value(mapped, setOf));
    }

    private record Column(String name, TypeRef type, Span span) {
    }

    private Optional<RowType> resultRecord(Routine routine, String owner, List<Column> columns) {
        var components = new JavaNameRegistry(diagnostics);
        var fields = new ArrayList<Field>();
        boolean complete = true;
        for (Column column : columns) {
            String usedBy = "result column " + column.name() + " of " + owner;
            String javaName = JavaNames.component(column.name());
            if (javaName.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.noJavaName(column.span(), "result column", column.name()));
                complete = false;
                continue;
            }
            complete &= components.claim(javaName, usedBy, column.span());
            var type = types.resolve(column.type(), usedBy);
            if (type.isEmpty()) {
                complete = false;
                continue;
            }
            fields.add(new Field(column.name(), javaName, type.get(), false,
                    column.name() + " " + column.type().sql(), column.span()));
        }
        if (!complete) {
            return Optional.empty();
        }
        var className = ClassName.get(javaPackage, JavaNames.upperCamel(routine.name()) + "Result");
        String simpleName = className.simpleName();
        typeNames.claim(simpleName.toLowerCase(Locale.ROOT), simpleName, "the result of " + owner, routine.span());
        var row = new RowType(className, "the result of " + owner,
                "the result of " + routine.kind() + " " + Javadoc.code(routine.name()), routine.comment(), fields);
        resultRows.add(row);
        return Optional.of(row);
    }

    /** A null mode is the default, IN. */
    private static boolean isInput(Parameter parameter) {
        return parameter.mode() != Parameter.Mode.OUT;
    }

    private static boolean isOutput(Parameter parameter) {
        return parameter.mode() == Parameter.Mode.OUT || parameter.mode() == Parameter.Mode.INOUT;
    }
}
