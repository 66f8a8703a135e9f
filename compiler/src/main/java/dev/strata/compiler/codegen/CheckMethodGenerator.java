package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code check()}: verifies that the database has this facade version in flight, as these bindings know it: the
 * schema exists, the current role may use it, and it holds every view, function and procedure the bindings call.
 * It reads only PostgreSQL's catalogs, which every role can read.
 */
final class CheckMethodGenerator {

    static final String SCHEMA_EXISTS =
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?)";
    static final String SCHEMA_USABLE = "SELECT has_schema_privilege(?, 'USAGE')";
    static final String VIEW_EXISTS = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('v', 'm'))";
    static final String ROUTINE_EXISTS = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = ? AND p.proname = ? AND p.prokind = ?)";

    private final ClassName facadeClass;
    private final ClassName jdbc;
    private final ClassName missingException;

    CheckMethodGenerator(ClassName facadeClass, ClassName jdbc, ClassName missingException) {
        this.facadeClass = facadeClass;
        this.jdbc = jdbc;
        this.missingException = missingException;
    }

    MethodSpec generate() {
        var session = jdbc.nestedClass("Session");
        return MethodSpec.methodBuilder("check")
                .addJavadoc("Verifies that the database has this facade version in flight: schema {@link #SCHEMA}"
                        + " exists, the\ncurrent role may use it, and it holds every view, function and procedure"
                        + " these bindings call.\nCall it at startup to fail fast.\n\n")
                .addJavadoc("@throws $T when it does not, saying what is missing and what to do\n",
                        missingException)
                .addModifiers(Modifier.PUBLIC)
                .addException(SQLException.class)
                .addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class)
                .beginControlFlow("try ($T session = $T.open(dataSource))", session, session)
                .addStatement("$T connection = session.connection()", Connection.class)
                .beginControlFlow("if (!$T.isTrue(connection, $T.SCHEMA_EXISTS, $T.of(SCHEMA)))", jdbc, jdbc, List.class)
                .addStatement("throw new $T($S + SCHEMA + $S)", missingException, "schema ",
                        " does not exist. Apply the plan that creates this version (strata apply), or use the"
                                + " bindings of a version that is in flight")
                .endControlFlow()
                .beginControlFlow("if (!$T.isTrue(connection, $T.SCHEMA_USABLE, $T.of(SCHEMA)))", jdbc, jdbc, List.class)
                .addStatement("throw new $T($S + SCHEMA + $S)", missingException,
                        "the current role has no USAGE privilege on schema ",
                        ". Connect as a role that the facade's grants name")
                .endControlFlow()
                .beginControlFlow("for ($T view : VIEWS)", String.class)
                .beginControlFlow("if (!$T.isTrue(connection, $T.VIEW_EXISTS, $T.of(SCHEMA, view)))", jdbc, jdbc,
                        List.class)
                .addStatement("missing.add($S + view)", "view ")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T function : FUNCTIONS)", String.class)
                .beginControlFlow("if (!$T.isTrue(connection, $T.ROUTINE_EXISTS, $T.of(SCHEMA, function, $S)))",
                        jdbc, jdbc, List.class, "f")
                .addStatement("missing.add($S + function)", "function ")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T procedure : PROCEDURES)", String.class)
                .beginControlFlow("if (!$T.isTrue(connection, $T.ROUTINE_EXISTS, $T.of(SCHEMA, procedure, $S)))",
                        jdbc, jdbc, List.class, "p")
                .addStatement("missing.add($S + procedure)", "procedure ")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (!missing.isEmpty())")
                .addStatement("throw new $T($S + SCHEMA + $S + $T.join($S, missing) + $S)", missingException,
                        "schema ", " lacks ", String.class, ", ",
                        ". These bindings were generated from other sources than the ones applied: regenerate"
                                + " them from the applied sources (strata codegen), or apply the sources they"
                                + " came from")
                .endControlFlow()
                .build();
    }

    static TypeSpec exceptionType(ClassName facadeClass, ClassName missingException) {
        return TypeSpec.classBuilder(missingException)
                .addJavadoc("Thrown by {@link $T#check()} when the database does not have this facade version"
                        + " in flight.\n", facadeClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(IllegalStateException.class)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "problem")
                        .addStatement("super($S + FACADE + $S + VERSION + $S + problem)", "facade ", " version ",
                                " is not in flight in this database: ")
                        .build())
                .build();
    }
}
