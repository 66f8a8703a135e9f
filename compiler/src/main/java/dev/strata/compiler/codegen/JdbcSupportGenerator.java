package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The facade class's private nested {@code Jdbc} class: sessions that pin the search path, the query shapes the
 * public methods use, and the conversions some types need. It is nested (not shared between versions) so that each
 * generated facade class stands alone; the conversions are emitted only when a type needs them.
 */
final class JdbcSupportGenerator {

    /** Conversions emitted only when some column or parameter needs them. */
    enum Conversion { PARSE, TEXT, READ_LIST, ARRAY_LITERAL, HEX, INTERVAL }

    static final int STREAM_FETCH_SIZE = 500;

    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final ClassName LIST = ClassName.get(List.class);

    private final ClassName facadeClass;
    private final ClassName jdbc;
    private final ClassName session;
    private final ClassName binder;
    private final ClassName rowReader;
    private final ClassName columnReader;
    private final ClassName unchecked;
    private final Set<Conversion> conversions;

    JdbcSupportGenerator(ClassName facadeClass, Set<Conversion> conversions) {
        this.facadeClass = facadeClass;
        this.jdbc = facadeClass.nestedClass("Jdbc");
        this.session = jdbc.nestedClass("Session");
        this.binder = jdbc.nestedClass("Binder");
        this.rowReader = jdbc.nestedClass("RowReader");
        this.columnReader = jdbc.nestedClass("ColumnReader");
        this.unchecked = facadeClass.nestedClass("UncheckedSQLException");
        this.conversions = conversions.isEmpty() ? EnumSet.noneOf(Conversion.class) : EnumSet.copyOf(conversions);
    }

    ClassName className() {
        return jdbc;
    }

    TypeSpec generate() {
        var type = TypeSpec.classBuilder(jdbc)
                .addJavadoc("JDBC plumbing shared by the methods of $T.\n", facadeClass)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(binder, "NO_PARAMETERS", Modifier.STATIC, Modifier.FINAL)
                        .initializer("statement -> { }").build())
                .addField(sqlConstant("SCHEMA_EXISTS", CheckMethodGenerator.SCHEMA_EXISTS))
                .addField(sqlConstant("SCHEMA_USABLE", CheckMethodGenerator.SCHEMA_USABLE))
                .addField(sqlConstant("VIEW_EXISTS", CheckMethodGenerator.VIEW_EXISTS))
                .addField(sqlConstant("ROUTINE_EXISTS", CheckMethodGenerator.ROUTINE_EXISTS))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(queryList())
                .addMethod(queryOptional())
                .addMethod(queryOne())
                .addMethod(queryStream())
                .addMethod(execute())
                .addMethod(isTrue())
                .addMethod(required());
        if (conversions.contains(Conversion.PARSE)) {
            type.addMethod(parse());
        }
        if (conversions.contains(Conversion.TEXT)) {
            type.addMethod(text());
        }
        if (conversions.contains(Conversion.READ_LIST)) {
            type.addMethod(readList());
        }
        if (conversions.contains(Conversion.ARRAY_LITERAL)) {
            type.addMethod(arrayLiteral());
        }
        if (conversions.contains(Conversion.HEX)) {
            type.addMethod(hex());
        }
        if (conversions.contains(Conversion.INTERVAL)) {
            type.addMethod(interval());
        }
        type.addType(functionalInterface(binder, null, "Sets the parameters of a statement.",
                MethodSpec.methodBuilder("bind").addParameter(PreparedStatement.class, "statement")));
        type.addType(functionalInterface(rowReader, T, "Reads the current row of a result set.",
                MethodSpec.methodBuilder("read").returns(T).addParameter(ResultSet.class, "resultSet")));
        if (conversions.contains(Conversion.READ_LIST)) {
            type.addType(functionalInterface(columnReader, T, "Reads one column of the current row.",
                    MethodSpec.methodBuilder("read").returns(T).addParameter(ResultSet.class, "resultSet")
                            .addParameter(int.class, "column")));
        }
        type.addType(rowSpliterator());
        type.addType(sessionClass());
        return type.build();
    }

    private MethodSpec queryList() {
        return MethodSpec.methodBuilder("queryList")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(ParameterizedTypeName.get(LIST, T))
                .addParameter(DataSource.class, "dataSource")
                .addParameter(String.class, "sql")
                .addParameter(binder, "binder")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                .addException(SQLException.class)
                .beginControlFlow("try ($T session = $T.open(dataSource))", session, session)
                .addStatement("$T statement = session.prepare(sql)", PreparedStatement.class)
                .addStatement("binder.bind(statement)")
                .beginControlFlow("try ($T resultSet = statement.executeQuery())", ResultSet.class)
                .addStatement("$T<$T> rows = new $T<>()", List.class, T, ArrayList.class)
                .beginControlFlow("while (resultSet.next())")
                .addStatement("rows.add(reader.read(resultSet))")
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(rows)", Collections.class)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec queryOptional() {
        return MethodSpec.methodBuilder("queryOptional")
                .addJavadoc("At most one row, as a key promises; more than one means the view broke its promise.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), T))
                .addParameter(DataSource.class, "dataSource")
                .addParameter(String.class, "sql")
                .addParameter(binder, "binder")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                .addException(SQLException.class)
                .addStatement("$T<$T> rows = queryList(dataSource, sql, binder, reader)", List.class, T)
                .beginControlFlow("if (rows.size() > 1)")
                .addStatement("throw new $T($S + sql + $S)", IllegalStateException.class,
                        "more than one row for ", ": the view does not keep the promise of its key")
                .endControlFlow()
                .addStatement("return rows.isEmpty() ? $T.empty() : $T.of(rows.get(0))", Optional.class,
                        Optional.class)
                .build();
    }

    private MethodSpec queryOne() {
        return MethodSpec.methodBuilder("queryOne")
                .addJavadoc("The single row a function call returns; its value may be null.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(DataSource.class, "dataSource")
                .addParameter(String.class, "sql")
                .addParameter(binder, "binder")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                .addException(SQLException.class)
                .beginControlFlow("try ($T session = $T.open(dataSource))", session, session)
                .addStatement("$T statement = session.prepare(sql)", PreparedStatement.class)
                .addStatement("binder.bind(statement)")
                .beginControlFlow("try ($T resultSet = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("if (!resultSet.next())")
                .addStatement("throw new $T($S + sql)", IllegalStateException.class, "no row returned by ")
                .endControlFlow()
                .addStatement("return reader.read(resultSet)")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec queryStream() {
        return MethodSpec.methodBuilder("queryStream")
                .addJavadoc("Rows fetched $L at a time. The PostgreSQL driver uses a cursor only inside a"
                        + " transaction, so the\nsession opens one; closing the stream ends it and gives the"
                        + " connection back.\n", STREAM_FETCH_SIZE)
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), T))
                .addParameter(DataSource.class, "dataSource")
                .addParameter(String.class, "sql")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                .addException(SQLException.class)
                .addStatement("$T session = $T.open(dataSource)", session, session)
                .beginControlFlow("try")
                .addStatement("session.beginTransaction()")
                .addStatement("$T statement = session.prepare(sql)", PreparedStatement.class)
                .addStatement("statement.setFetchSize($L)", STREAM_FETCH_SIZE)
                .addStatement("$T resultSet = session.track(statement.executeQuery())", ResultSet.class)
                .addStatement("return $T.stream(new $T<>(resultSet, reader), false).onClose(session::closeUnchecked)",
                        StreamSupport.class, jdbc.nestedClass("RowSpliterator"))
                .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                .addStatement("session.closeAfter(e)")
                .addStatement("throw e")
                .endControlFlow()
                .build();
    }

    private MethodSpec execute() {
        return MethodSpec.methodBuilder("execute")
                .addModifiers(Modifier.STATIC)
                .addParameter(DataSource.class, "dataSource")
                .addParameter(String.class, "sql")
                .addParameter(binder, "binder")
                .addException(SQLException.class)
                .beginControlFlow("try ($T session = $T.open(dataSource))", session, session)
                .addStatement("$T statement = session.prepare(sql)", PreparedStatement.class)
                .addStatement("binder.bind(statement)")
                .addStatement("statement.execute()")
                .endControlFlow()
                .build();
    }

    private MethodSpec isTrue() {
        var names = ParameterizedTypeName.get(LIST, ClassName.get(String.class));
        return MethodSpec.methodBuilder("isTrue")
                .addJavadoc("Whether a catalog query with these string parameters answers true.\n")
                .addModifiers(Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Connection.class, "connection")
                .addParameter(String.class, "sql")
                .addParameter(names, "parameters")
                .addException(SQLException.class)
                .beginControlFlow("try ($T statement = connection.prepareStatement(sql))", PreparedStatement.class)
                .beginControlFlow("for (int i = 0; i < parameters.size(); i++)")
                .addStatement("statement.setString(i + 1, parameters.get(i))")
                .endControlFlow()
                .beginControlFlow("try ($T resultSet = statement.executeQuery())", ResultSet.class)
                .addStatement("return resultSet.next() && resultSet.getBoolean(1)")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec required() {
        return MethodSpec.methodBuilder("required")
                .addJavadoc("A value the facade declares not null; NULL means the view broke that promise.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(T, "value")
                .addParameter(String.class, "column")
                .beginControlFlow("if (value == null)")
                .addStatement("throw new $T(column + $S)", IllegalStateException.class,
                        " is declared not null, but the database returned NULL")
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    private MethodSpec parse() {
        return MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(String.class, "text")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class),
                        T), "parser")
                .addStatement("return text == null ? null : parser.apply(text)")
                .build();
    }

    private MethodSpec text() {
        return MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(String.class)
                .addParameter(T, "value")
                .addParameter(spelling(), "spelling")
                .addStatement("return value == null ? null : spelling.apply(value)")
                .build();
    }

    private MethodSpec readList() {
        return MethodSpec.methodBuilder("readList")
                .addJavadoc("An array's elements in order; NULL elements stay null, so the list may hold nulls.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(ParameterizedTypeName.get(LIST, T))
                .addParameter(Array.class, "array")
                .addParameter(ParameterizedTypeName.get(columnReader, T), "reader")
                .addException(SQLException.class)
                .beginControlFlow("if (array == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T<$T> values = new $T<>()", List.class, T, ArrayList.class)
                .beginControlFlow("try ($T elements = array.getResultSet())", ResultSet.class)
                .addComment("column 1 is the element's index, column 2 its value")
                .beginControlFlow("while (elements.next())")
                .addStatement("values.add(reader.read(elements, 2))")
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("array.free()")
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(values)", Collections.class)
                .build();
    }

    private MethodSpec arrayLiteral() {
        return MethodSpec.methodBuilder("arrayLiteral")
                .addJavadoc("PostgreSQL's text form of an array, {\"a\",\"b\",NULL}, with every element quoted"
                        + " and escaped.\n")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(String.class)
                .addParameter(ParameterizedTypeName.get(LIST, T), "values")
                .addParameter(spelling(), "spelling")
                .beginControlFlow("if (values == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T literal = new $T(\"{\")", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for ($T value : values)", T)
                .beginControlFlow("if (literal.length() > 1)")
                .addStatement("literal.append(',')")
                .endControlFlow()
                .beginControlFlow("if (value == null)")
                .addStatement("literal.append(\"NULL\")")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("$T text = spelling.apply(value)", String.class)
                .addStatement("literal.append('\"').append(text.replace(\"\\\\\", \"\\\\\\\\\")"
                        + ".replace(\"\\\"\", \"\\\\\\\"\")).append('\"')")
                .endControlFlow()
                .addStatement("return literal.append('}').toString()")
                .build();
    }

    private MethodSpec hex() {
        return MethodSpec.methodBuilder("hex")
                .addJavadoc("bytea's hex text form: \\x followed by two hex digits per byte.\n")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(byte[].class, "bytes")
                .addStatement("$T text = new $T(\"\\\\x\")", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (byte b : bytes)")
                .addStatement("text.append($T.forDigit((b >> 4) & 0xf, 16)).append($T.forDigit(b & 0xf, 16))",
                        Character.class, Character.class)
                .endControlFlow()
                .addStatement("return text.toString()")
                .build();
    }

    private MethodSpec interval() {
        var interval = ScalarKind.INTERVAL.reference();
        return MethodSpec.methodBuilder("interval")
                .addJavadoc("An interval column; the driver reads NULL inside an array as an interval without a"
                        + " value.\n")
                .addModifiers(Modifier.STATIC)
                .returns(interval)
                .addParameter(ResultSet.class, "resultSet")
                .addParameter(int.class, "column")
                .addException(SQLException.class)
                .addStatement("$T value = resultSet.getObject(column, $T.class)", interval, interval)
                .addStatement("return value == null || value.getValue() == null ? null : value")
                .build();
    }

    private static FieldSpec sqlConstant(String name, String sql) {
        return FieldSpec.builder(String.class, name, Modifier.STATIC, Modifier.FINAL).initializer("$S", sql).build();
    }

    private TypeName spelling() {
        return ParameterizedTypeName.get(ClassName.get(Function.class), WildcardTypeName.supertypeOf(T),
                ClassName.get(String.class));
    }

    private TypeSpec functionalInterface(ClassName name, TypeVariableName variable, String doc,
                                         MethodSpec.Builder method) {
        var type = TypeSpec.interfaceBuilder(name)
                .addJavadoc(doc + "\n")
                .addAnnotation(FunctionalInterface.class);
        if (variable != null) {
            type.addTypeVariable(variable);
        }
        return type.addMethod(method.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addException(SQLException.class).build())
                .build();
    }

    private TypeSpec rowSpliterator() {
        var spliterator = jdbc.nestedClass("RowSpliterator");
        return TypeSpec.classBuilder(spliterator)
                .addJavadoc("Reads one row per step; a failure surfaces as $T.\n", unchecked)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addTypeVariable(T)
                .superclass(ParameterizedTypeName.get(ClassName.get(Spliterators.AbstractSpliterator.class), T))
                .addField(ResultSet.class, "resultSet", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ParameterizedTypeName.get(rowReader, T), "reader", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ResultSet.class, "resultSet")
                        .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                        .addStatement("super($T.MAX_VALUE, $T.ORDERED)", Long.class, Spliterator.class)
                        .addStatement("this.resultSet = resultSet")
                        .addStatement("this.reader = reader")
                        .build())
                .addMethod(MethodSpec.methodBuilder("tryAdvance")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class),
                                WildcardTypeName.supertypeOf(T)), "action")
                        .beginControlFlow("try")
                        .beginControlFlow("if (!resultSet.next())")
                        .addStatement("return false")
                        .endControlFlow()
                        .addStatement("action.accept(reader.read(resultSet))")
                        .addStatement("return true")
                        .nextControlFlow("catch ($T e)", SQLException.class)
                        .addStatement("throw new $T(e)", unchecked)
                        .endControlFlow()
                        .build())
                .build();
    }

    private TypeSpec sessionClass() {
        var resources = ParameterizedTypeName.get(LIST, ClassName.get(AutoCloseable.class));
        var trackVariable = TypeVariableName.get("R", ClassName.get(AutoCloseable.class));
        return TypeSpec.classBuilder(session)
                .addJavadoc("A connection with its search path pinned to $T.SCHEMA, in autocommit mode; closing"
                        + " it resets\nthe search path and the autocommit mode it had, then gives the connection"
                        + " back.\n", facadeClass)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(Connection.class, "connection", Modifier.PRIVATE, Modifier.FINAL)
                .addField(boolean.class, "autoCommitBefore", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(resources, "resources", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ArrayList.class).build())
                .addField(boolean.class, "inTransaction", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(Connection.class, "connection")
                        .addParameter(boolean.class, "autoCommitBefore")
                        .addStatement("this.connection = connection")
                        .addStatement("this.autoCommitBefore = autoCommitBefore")
                        .build())
                .addMethod(MethodSpec.methodBuilder("open")
                        .addModifiers(Modifier.STATIC)
                        .returns(session)
                        .addParameter(DataSource.class, "dataSource")
                        .addException(SQLException.class)
                        .addStatement("$T connection = dataSource.getConnection()", Connection.class)
                        .beginControlFlow("try")
                        .addStatement("boolean autoCommit = connection.getAutoCommit()")
                        .beginControlFlow("if (!autoCommit)")
                        .addStatement("connection.setAutoCommit(true)")
                        .endControlFlow()
                        .beginControlFlow("try ($T statement = connection.createStatement())", Statement.class)
                        .addStatement("statement.execute($T.PIN_SEARCH_PATH)", facadeClass)
                        .endControlFlow()
                        .addStatement("return new $T(connection, autoCommit)", session)
                        .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                        .beginControlFlow("try")
                        .addStatement("connection.close()")
                        .nextControlFlow("catch ($T suppressed)", SQLException.class)
                        .addStatement("e.addSuppressed(suppressed)")
                        .endControlFlow()
                        .addStatement("throw e")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("connection")
                        .returns(Connection.class)
                        .addStatement("return connection")
                        .build())
                .addMethod(MethodSpec.methodBuilder("beginTransaction")
                        .addException(SQLException.class)
                        .addStatement("connection.setAutoCommit(false)")
                        .addStatement("inTransaction = true")
                        .build())
                .addMethod(MethodSpec.methodBuilder("prepare")
                        .addJavadoc("A statement that is closed when the session closes.\n")
                        .returns(PreparedStatement.class)
                        .addParameter(String.class, "sql")
                        .addException(SQLException.class)
                        .addStatement("return track(connection.prepareStatement(sql))")
                        .build())
                .addMethod(MethodSpec.methodBuilder("track")
                        .addJavadoc("Closes {@code resource} when the session closes.\n")
                        .addTypeVariable(trackVariable)
                        .returns(trackVariable)
                        .addParameter(trackVariable, "resource")
                        .addStatement("resources.add(resource)")
                        .addStatement("return resource")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addException(SQLException.class)
                        .beginControlFlow("try ($T closing = connection)", Connection.class)
                        .beginControlFlow("for (int i = resources.size() - 1; i >= 0; i--)")
                        .addStatement("closeResource(resources.get(i))")
                        .endControlFlow()
                        .beginControlFlow("if (inTransaction)")
                        .addStatement("closing.rollback()")
                        .addStatement("closing.setAutoCommit(true)")
                        .endControlFlow()
                        .beginControlFlow("try ($T statement = closing.createStatement())", Statement.class)
                        .addStatement("statement.execute($S)", Sql.reset("search_path").fragment())
                        .endControlFlow()
                        .beginControlFlow("if (!autoCommitBefore)")
                        .addStatement("closing.setAutoCommit(false)")
                        .endControlFlow()
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("closeUnchecked")
                        .beginControlFlow("try")
                        .addStatement("close()")
                        .nextControlFlow("catch ($T e)", SQLException.class)
                        .addStatement("throw new $T(e)", unchecked)
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("closeAfter")
                        .addParameter(Exception.class, "failure")
                        .beginControlFlow("try")
                        .addStatement("close()")
                        .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                        .addStatement("failure.addSuppressed(e)")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("closeResource")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(AutoCloseable.class, "resource")
                        .addException(SQLException.class)
                        .beginControlFlow("try")
                        .addStatement("resource.close()")
                        .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                        .addStatement("throw e")
                        .nextControlFlow("catch ($T e)", Exception.class)
                        .addStatement("throw new $T(e)", SQLException.class)
                        .endControlFlow()
                        .build())
                .build();
    }
}
