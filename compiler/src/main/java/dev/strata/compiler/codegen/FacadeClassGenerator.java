package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Routine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The facade class of one version ({@code ShopApiV2}): built from a {@code DataSource}, with list, stream and key
 * lookup methods per view, a method per function and procedure, constants naming the facade version, and
 * {@code check()}. Its nested classes hold the row readers, the JDBC plumbing and its two exceptions.
 */
final class FacadeClassGenerator {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName STRING_LIST = ParameterizedTypeName.get(ClassName.get(List.class), STRING);

    private final FacadeApi api;
    private final Facade facade;
    private final ClassName facadeClass;
    private final ClassName rows;
    private final ClassName missingException;
    private final ClassName uncheckedException;
    private final JdbcSupportGenerator support;
    private final ClassName jdbc;
    private final BindingSql sql;

    FacadeClassGenerator(FacadeApi api, String coreSchema) {
        this.api = api;
        this.facade = api.facade();
        this.facadeClass = api.facadeClass();
        this.rows = facadeClass.nestedClass("Rows");
        this.missingException = facadeClass.nestedClass("FacadeVersionMissingException");
        this.uncheckedException = facadeClass.nestedClass("UncheckedSQLException");
        this.support = new JdbcSupportGenerator(facadeClass, ConversionsUsed.of(api));
        this.jdbc = support.className();
        this.sql = new BindingSql(facade.schemaName(), coreSchema);
    }

    TypeSpec generate() {
        var type = TypeSpec.classBuilder(facadeClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classJavadoc())
                .addField(constant(STRING, "FACADE", CodeBlock.of("$S", facade.name()),
                        "The facade these bindings call."))
                .addField(constant(TypeName.INT, "VERSION", CodeBlock.of("$L", facade.version()),
                        "The facade version these bindings call."))
                .addField(constant(STRING, "SCHEMA", CodeBlock.of("$S", facade.schemaName()),
                        "The PostgreSQL schema of this facade version."))
                .addField(FieldSpec.builder(STRING, "PIN_SEARCH_PATH", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$S", sql.pinSearchPath()).build())
                .addField(nameList("VIEWS", facade.views().stream().map(v -> v.name()).toList()))
                .addField(nameList("FUNCTIONS", routineNames(Routine.RoutineKind.FUNCTION)))
                .addField(nameList("PROCEDURES", routineNames(Routine.RoutineKind.PROCEDURE)))
                .addField(DataSource.class, "dataSource", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor())
                .addMethod(new CheckMethodGenerator(facadeClass, jdbc, missingException).generate());
        for (ViewBinding view : api.views()) {
            type.addMethod(listMethod(view));
            type.addMethod(streamMethod(view));
            for (ViewBinding.KeyLookup lookup : view.lookups()) {
                type.addMethod(lookupMethod(view, lookup));
            }
        }
        for (RoutineBinding routine : api.routines()) {
            type.addMethod(routineMethod(routine));
        }
        type.addType(CheckMethodGenerator.exceptionType(facadeClass, missingException));
        type.addType(uncheckedExceptionType());
        type.addType(rowsType());
        type.addType(support.generate());
        return type.build();
    }

    private CodeBlock classJavadoc() {
        return CodeBlock.builder()
                .add("Typed access to facade $L version $L, in PostgreSQL schema $L.\n\n", Javadoc.code(facade.name()),
                        facade.version(), Javadoc.code(facade.schemaName()))
                .add("<p>Each method takes a connection from the data source, pins its {@code search_path} to the"
                        + " facade's\nschema (then the core schema, for the types and operators the facade uses),"
                        + " runs one statement\nin autocommit mode (one transaction per call), and gives the"
                        + " connection back with its search path\nreset. Methods throw {@link $T} as the driver"
                        + " reports it. Call {@link #check()} at startup to fail\nfast when the database does not"
                        + " have this version.\n", SQLException.class)
                .build();
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc + "\n")
                .initializer(value)
                .build();
    }

    private static FieldSpec nameList(String name, List<String> names) {
        var values = CodeBlock.join(names.stream().map(n -> CodeBlock.of("$S", n)).toList(), ",$W");
        return FieldSpec.builder(STRING_LIST, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, values)
                .build();
    }

    private List<String> routineNames(Routine.RoutineKind kind) {
        return facade.routines().stream().filter(r -> r.routineKind() == kind).map(Routine::name).toList();
    }

    private MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addJavadoc("Bindings that take their connections from {@code dataSource}.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("this.dataSource = $T.requireNonNull(dataSource, $S)", Objects.class, "dataSource")
                .build();
    }

    private MethodSpec listMethod(ViewBinding view) {
        var order = view.view().keys().isEmpty() ? ""
                : ", ordered by its key (" + String.join(", ", view.view().keys().get(0)) + ")";
        return MethodSpec.methodBuilder(view.listMethod())
                .addJavadoc("All rows of $L$L.\n", viewDoc(view), Javadoc.text(order))
                .addModifiers(Modifier.PUBLIC)
                .returns(listOf(view.row().className()))
                .addException(SQLException.class)
                .addStatement("return $T.queryList(dataSource,$W$S,$W$T.NO_PARAMETERS,$W$T::$N)", jdbc,
                        sql.selectAll(view), jdbc, rows, view.row().readerMethod())
                .build();
    }

    private MethodSpec streamMethod(ViewBinding view) {
        return MethodSpec.methodBuilder(view.streamMethod())
                .addJavadoc("The rows of $L as they are read, $L at a time, in one transaction. Close the stream\n"
                        + "(try-with-resources) to give its connection back. A failure while reading surfaces as"
                        + "\n{@link $T}.\n", viewDoc(view), JdbcSupportGenerator.STREAM_FETCH_SIZE,
                        uncheckedException)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), view.row().className()))
                .addException(SQLException.class)
                .addStatement("return $T.queryStream(dataSource,$W$S,$W$T::$N)", jdbc, sql.selectAll(view), rows,
                        view.row().readerMethod())
                .build();
    }

    private MethodSpec lookupMethod(ViewBinding view, ViewBinding.KeyLookup lookup) {
        var names = new NameAllocator();
        var method = MethodSpec.methodBuilder(lookup.method())
                .addJavadoc("The row of $L whose key ($L) equals the arguments, if any.\n", viewDoc(view),
                        Javadoc.text(String.join(", ", lookup.fields().stream().map(Field::sqlName).toList())))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), view.row().className()))
                .addException(SQLException.class);
        var bindings = new ArrayList<Binding>();
        for (Field field : lookup.fields()) {
            String name = names.newName(field.javaName());
            method.addParameter(field.javaType(), name);
            bindings.add(new Binding(name, field.type()));
        }
        return method.addStatement("return $T.queryOptional(dataSource,$W$S,$W$L,$W$T::$N)", jdbc,
                        sql.selectByKey(view, lookup), binder(names, bindings), rows, view.row().readerMethod())
                .build();
    }

    private MethodSpec routineMethod(RoutineBinding routine) {
        var names = new NameAllocator();
        var method = MethodSpec.methodBuilder(routine.method())
                .addJavadoc(routineJavadoc(routine))
                .addModifiers(Modifier.PUBLIC)
                .addException(SQLException.class);
        var bindings = new ArrayList<Binding>();
        for (RoutineBinding.Argument argument : routine.arguments()) {
            String name = names.newName(argument.javaName());
            method.addParameter(argument.type().referenceType(), name);
            bindings.add(new Binding(name, argument.type()));
        }
        CodeBlock binder = binder(names, bindings);
        String call = sql.call(routine);
        var result = routine.result();
        if (result instanceof RoutineBinding.Value value) {
            var reader = valueReader(names, value.type());
            if (value.setOf()) {
                return method.returns(listOf(value.type().referenceType()))
                        .addStatement("return $T.queryList(dataSource,$W$S,$W$L,$W$L)", jdbc, call, binder, reader)
                        .build();
            }
            return method.returns(value.type().referenceType())
                    .addStatement("return $T.queryOne(dataSource,$W$S,$W$L,$W$L)", jdbc, call, binder, reader)
                    .build();
        }
        if (result instanceof RoutineBinding.Rows rowsResult) {
            return rowsCall(method, rowsResult, call, binder);
        }
        return method.addStatement("$T.execute(dataSource,$W$S,$W$L)", jdbc, call, binder).build();
    }

    private MethodSpec rowsCall(MethodSpec.Builder method, RoutineBinding.Rows result, String call,
                                CodeBlock binder) {
        var row = result.row().className();
        String reader = result.row().readerMethod();
        switch (result.shape()) {
            case LIST:
                return method.returns(listOf(row))
                        .addStatement("return $T.queryList(dataSource,$W$S,$W$L,$W$T::$N)", jdbc, call, binder,
                                rows, reader)
                        .build();
            case OPTIONAL:
                return method.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), row))
                        .addStatement("return $T.queryOptional(dataSource,$W$S,$W$L,$W$T::$N)", jdbc, call, binder,
                                rows, reader)
                        .build();
            default:
                return method.returns(row)
                        .addStatement("return $T.queryOne(dataSource,$W$S,$W$L,$W$T::$N)", jdbc, call, binder, rows,
                                reader)
                        .build();
        }
    }

    private record Binding(String javaName, MappedType type) {
    }

    /** A lambda setting every parameter, or the shared no-op binder. */
    private CodeBlock binder(NameAllocator names, List<Binding> bindings) {
        if (bindings.isEmpty()) {
            return CodeBlock.of("$T.NO_PARAMETERS", jdbc);
        }
        String statement = names.newName("statement");
        var setters = new ArrayList<CodeBlock>();
        for (int i = 0; i < bindings.size(); i++) {
            var binding = bindings.get(i);
            setters.add(CodeBlock.of("$N.setObject($L, $L, $T.$L)", statement, i + 1,
                    binding.type().bindArgument(jdbc, CodeBlock.of("$N", binding.javaName())), Types.class,
                    binding.type().sqlType()));
        }
        if (setters.size() == 1) {
            return CodeBlock.of("$N -> $L", statement, setters.get(0));
        }
        var block = CodeBlock.builder().add("$N -> {\n$>", statement);
        // Not addStatement: the lambda is part of the enclosing statement, and JavaPoet does not nest statements.
        setters.forEach(setter -> block.add("$L;\n", setter));
        return block.add("$<}").build();
    }

    private CodeBlock valueReader(NameAllocator names, MappedType type) {
        String resultSet = names.newName("resultSet");
        return CodeBlock.of("$N -> $L", resultSet, type.read(jdbc, names::newName, resultSet, CodeBlock.of("1")));
    }

    private CodeBlock routineJavadoc(RoutineBinding routine) {
        var doc = CodeBlock.builder().add("Calls $L $L.\n", routine.routine().kind(),
                Javadoc.code(RoutineSignature.of(routine.routine())));
        if (routine.routine().comment() != null) {
            doc.add("\n<p>$L\n", Javadoc.text(routine.routine().comment()));
        }
        var result = routine.result();
        if (result instanceof RoutineBinding.Rows rowsResult && rowsResult.shape() == RoutineBinding.Shape.OPTIONAL) {
            doc.add("\n@return the row, empty when the function returns NULL (or a row whose columns are all NULL)\n");
        }
        return doc.build();
    }

    private TypeSpec uncheckedExceptionType() {
        return TypeSpec.classBuilder(uncheckedException)
                .addJavadoc("A {@link $T} thrown where Java allows no checked exception: while a stream reads"
                        + " rows, or when it\ncloses.\n", SQLException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(RuntimeException.class)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(SQLException.class, "cause")
                        .addStatement("super(cause.getMessage(), cause)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getCause")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                        .returns(SQLException.class)
                        .addStatement("return ($T) super.getCause()", SQLException.class)
                        .build())
                .build();
    }

    private TypeSpec rowsType() {
        var type = TypeSpec.classBuilder(rows)
                .addJavadoc("Reads the current row of a result set into a record, column by column in declared"
                        + " order.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        var readers = new ArrayList<RowType>();
        api.views().forEach(v -> readers.add(v.row()));
        readers.addAll(api.resultRows());
        for (RowType row : readers) {
            type.addMethod(rowReader(row));
        }
        return type.build();
    }

    private MethodSpec rowReader(RowType row) {
        var names = new NameAllocator();
        String resultSet = names.newName("resultSet");
        var values = new ArrayList<CodeBlock>();
        for (int i = 0; i < row.fields().size(); i++) {
            Field field = row.fields().get(i);
            CodeBlock read = field.type().read(jdbc, names::newName, resultSet, CodeBlock.of("$L", i + 1));
            if (field.notNull()) {
                read = CodeBlock.of("$T.required($L, $S)", jdbc, read, "column " + field.sqlName() + " of "
                        + row.source());
            }
            values.add(read);
        }
        return MethodSpec.methodBuilder(row.readerMethod())
                .addModifiers(Modifier.STATIC)
                .returns(row.className())
                .addParameter(ResultSet.class, resultSet)
                .addException(SQLException.class)
                .addStatement("return new $T(\n$L)", row.className(), CodeBlock.join(values, ",\n"))
                .build();
    }

    private String viewDoc(ViewBinding view) {
        return view.view().kind() + " " + Javadoc.code(view.view().name());
    }

    private static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }
}
