package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Facade;
import java.util.List;

/**
 * One facade version as Java sees it, after every name and type has been resolved: the facade class, what it
 * offers per view and routine, the records for function results, and the enums the facade exposes.
 */
record FacadeApi(Facade facade, ClassName facadeClass, List<ViewBinding> views, List<RoutineBinding> routines,
                 List<RowType> resultRows, List<EnumType> enums, TypeResolver types) {

    FacadeApi {
        views = List.copyOf(views);
        routines = List.copyOf(routines);
        resultRows = List.copyOf(resultRows);
        enums = List.copyOf(enums);
    }
}
