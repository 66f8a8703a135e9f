package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves one facade version into a {@link FacadeApi}: Java names for every class, method, component and
 * parameter, Java types for every column and parameter. Problems are reported to {@code diagnostics}; the API is
 * only worth generating when none of them is an error.
 */
final class FacadeAnalyzer {

    private final Facade facade;
    private final String javaPackage;
    private final Diagnostics diagnostics;
    private final TypeResolver types;
    private final JavaNameRegistry typeNames;
    private final JavaNameRegistry methodNames;

    FacadeAnalyzer(Core core, Facade facade, String javaPackage, Diagnostics diagnostics) {
        this.facade = facade;
        this.javaPackage = javaPackage;
        this.diagnostics = diagnostics;
        this.types = new TypeResolver(core, javaPackage, diagnostics);
        this.typeNames = new JavaNameRegistry(diagnostics);
        this.methodNames = new JavaNameRegistry(diagnostics);
    }

    FacadeApi analyze() {
        var facadeClass = ClassName.get(javaPackage, JavaNames.upperCamel(facade.name()) + "V" + facade.version());
        claimType(facadeClass.simpleName(), "facade " + facade.label(), facade.span());
        methodNames.claim("check()", "check", "the generated method check()", facade.span());
        var views = new ArrayList<ViewBinding>();
        for (View view : facade.views()) {
            bindView(view).ifPresent(views::add);
        }
        var routines = new RoutineAnalyzer(facade, javaPackage, types, diagnostics, typeNames, methodNames, views);
        var routineBindings = routines.bindAll();
        List<EnumType> enums = types.enumsUsed();
        for (EnumType enumType : enums) {
            claimType(types.enumClass(enumType).simpleName(), "enum " + enumType.name(), enumType.span());
        }
        return new FacadeApi(facade, facadeClass, views, routineBindings, routines.resultRows(), enums, types);
    }

    private Optional<ViewBinding> bindView(View view) {
        String base = JavaNames.upperCamel(view.name());
        if (base.isEmpty()) {
            diagnostics.report(CodegenDiagnostics.noJavaName(view.span(), view.kind(), view.name()));
            return Optional.empty();
        }
        var fields = fields(view);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String owner = view.kind() + " " + view.name();
        var row = new RowType(ClassName.get(javaPackage, base + "Row"), owner,
                view.kind() + " " + Javadoc.code(view.name()), view.comment(), fields.get());
        claimType(row.className().simpleName(), owner, view.span());
        String listMethod = JavaNames.lowerCamel(view.name());
        String streamMethod = "stream" + base;
        claimMethod(listMethod, List.of(), owner, view.span());
        claimMethod(streamMethod, List.of(), owner, view.span());
        var lookups = new ArrayList<ViewBinding.KeyLookup>();
        for (List<String> key : view.keys()) {
            lookup(view, row, listMethod, key).ifPresent(lookups::add);
        }
        return Optional.of(new ViewBinding(view, row, listMethod, streamMethod, lookups));
    }

    /** The view's columns as record fields; empty (with diagnostics) when any column cannot be mapped. */
    private Optional<List<Field>> fields(View view) {
        var components = new JavaNameRegistry(diagnostics);
        var fields = new ArrayList<Field>();
        boolean complete = true;
        for (ViewColumn column : view.columns()) {
            String usedBy = "column " + column.name() + " of " + view.kind() + " " + view.name();
            String javaName = JavaNames.component(column.name());
            if (javaName.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.noJavaName(column.span(), "column", column.name()));
                complete = false;
                continue;
            }
            complete &= components.claim(javaName, usedBy, column.span());
            var type = types.resolve(column.type(), usedBy);
            if (type.isEmpty()) {
                complete = false;
                continue;
            }
            String declaration = column.name() + " " + column.type().sql() + (column.notNull() ? " not null" : "");
            fields.add(new Field(column.name(), javaName, type.get(), column.notNull(), declaration, column.span()));
        }
        return complete ? Optional.of(fields) : Optional.empty();
    }

    private Optional<ViewBinding.KeyLookup> lookup(View view, RowType row, String listMethod, List<String> key) {
        var fields = new ArrayList<Field>();
        for (String column : key) {
            var field = row.fields().stream().filter(f -> f.sqlName().equals(column)).findFirst();
            if (field.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.unknownKeyColumn(view.span(), view.name(), column));
                return Optional.empty();
            }
            fields.add(field.get());
        }
        var suffix = new StringBuilder();
        for (Field field : fields) {
            suffix.append(suffix.length() == 0 ? "By" : "And").append(JavaNames.upperCamel(field.sqlName()));
        }
        String method = listMethod + suffix;
        var parameterTypes = fields.stream().map(Field::javaType).toList();
        String owner = "key (" + String.join(", ", key) + ") of " + view.kind() + " " + view.name();
        if (!claimMethod(method, parameterTypes, owner, view.span())) {
            return Optional.empty();
        }
        return Optional.of(new ViewBinding.KeyLookup(method, fields));
    }

    private void claimType(String simpleName, String owner, Span span) {
        // Lower case: Foo.java and FOO.java are one file on case-insensitive file systems.
        typeNames.claim(simpleName.toLowerCase(Locale.ROOT), simpleName, owner, span);
    }

    private boolean claimMethod(String name, List<TypeName> parameters, String owner, Span span) {
        return methodNames.claim(signature(name, parameters), name, owner, span);
    }

    /** A method's name and erased parameter types: what Java compares to decide that two methods clash. */
    static String signature(String name, List<TypeName> parameters) {
        var erased = parameters.stream()
                .map(t -> t instanceof ParameterizedTypeName p ? p.rawType().toString() : t.toString())
                .toList();
        return name + "(" + String.join(",", erased) + ")";
    }
}
