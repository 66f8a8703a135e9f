package dev.strata.compiler.codegen;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.Arrays;
import java.util.List;

/** Small builders for facade models written in code, for tests that need no parser. */
final class Models {

    private Models() {
    }

    static Span at(int line) {
        return Span.of("test.strata", line, 3);
    }

    static TypeRef type(String name) {
        return type(name, 0);
    }

    static TypeRef type(String name, int arrayDimensions) {
        return new TypeRef(name, List.of(), arrayDimensions, at(1));
    }

    static ViewColumn column(String name, String type, boolean notNull) {
        return new ViewColumn(name, type(name.isEmpty() ? type : type), notNull, null, at(2));
    }

    static ViewColumn column(String name, TypeRef type, boolean notNull) {
        return new ViewColumn(name, type, notNull, null, at(2));
    }

    static View view(String name, List<List<String>> keys, ViewColumn... columns) {
        return new View(name, false, Arrays.asList(columns), keys, "select 1", null, at(3));
    }

    static Parameter in(String name, String type) {
        return new Parameter(name, Parameter.Mode.IN, type(type), null, at(4));
    }

    static Parameter parameter(String name, Parameter.Mode mode, TypeRef type) {
        return new Parameter(name, mode, type, null, at(4));
    }

    static Routine function(String name, Routine.Returns returns, Parameter... parameters) {
        return new Routine(Routine.RoutineKind.FUNCTION, name, Arrays.asList(parameters), returns, "sql", null,
                null, false, "select 1", null, at(5));
    }

    static Routine procedure(String name, Parameter... parameters) {
        return new Routine(Routine.RoutineKind.PROCEDURE, name, Arrays.asList(parameters), null, "sql", null,
                null, false, "select 1", null, at(6));
    }

    static Routine.Returns returns(String type) {
        return new Routine.Returns(type(type), false, List.of(), at(7));
    }

    static Routine.Returns returnsSetOf(String type) {
        return new Routine.Returns(type(type), true, List.of(), at(7));
    }

    static Routine.Returns returnsTable(Parameter... columns) {
        return new Routine.Returns(null, true, Arrays.asList(columns), at(7));
    }

    static EnumType enumType(String name, String... labels) {
        return new EnumType(name, Arrays.stream(labels).map(l -> new EnumType.EnumValue(l, at(8))).toList(), null,
                at(8));
    }

    static Domain domain(String name, TypeRef base) {
        return new Domain(name, base, false, null, List.of(), null, at(9));
    }

    static Model model(List<EnumType> enums, List<Domain> domains, Facade... facades) {
        var core = new Core(List.of(), enums, domains, List.of(), List.of(), List.of(), List.of());
        return new Model(core, Arrays.asList(facades));
    }

    static Facade facade(String name, int version, List<View> views, List<Routine> routines) {
        return new Facade(name, version, views, routines, List.of(), at(10));
    }
}
