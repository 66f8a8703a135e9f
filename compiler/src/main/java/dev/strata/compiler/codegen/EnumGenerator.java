package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.EnumType;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * One Java enum per core enum a facade exposes: a constant per label, in the declared order, each keeping the label
 * exactly as PostgreSQL stores it, and a lookup from a stored label back to the constant.
 */
final class EnumGenerator {

    private EnumGenerator() {
    }

    /** Reports labels that cannot become distinct constants; the caller generates nothing when it did. */
    static void check(EnumType type, Diagnostics diagnostics) {
        var constants = new JavaNameRegistry(diagnostics);
        for (EnumType.EnumValue value : type.values()) {
            String constant = JavaNames.constant(value.label());
            if (constant.isEmpty()) {
                diagnostics.report(CodegenDiagnostics.noJavaName(value.span(), "label of enum " + type.name(),
                        value.label()));
                continue;
            }
            constants.claim(constant, "label '" + value.label() + "' of enum " + type.name(), value.span());
        }
    }

    static TypeSpec generate(EnumType type, ClassName className) {
        var builder = TypeSpec.enumBuilder(className).addModifiers(Modifier.PUBLIC);
        builder.addJavadoc("The labels of enum $L of the core.\n", Javadoc.code(type.name()));
        if (type.comment() != null) {
            builder.addJavadoc("\n<p>$L\n", Javadoc.text(type.comment()));
        }
        for (EnumType.EnumValue value : type.values()) {
            builder.addEnumConstant(JavaNames.constant(value.label()),
                    TypeSpec.anonymousClassBuilder("$S", value.label()).build());
        }
        builder.addField(FieldSpec.builder(String.class, "databaseLabel", Modifier.PRIVATE, Modifier.FINAL).build());
        builder.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "databaseLabel")
                .addStatement("this.databaseLabel = databaseLabel")
                .build());
        builder.addMethod(MethodSpec.methodBuilder("databaseLabel")
                .addJavadoc("The label exactly as PostgreSQL stores it.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return databaseLabel")
                .build());
        builder.addMethod(fromDatabase(type, className));
        return builder.build();
    }

    private static MethodSpec fromDatabase(EnumType type, ClassName className) {
        var label = ParameterSpec.builder(String.class, "label").build();
        return MethodSpec.methodBuilder("fromDatabase")
                .addJavadoc("The constant for a label read from the database.\n\n")
                .addJavadoc("@throws IllegalArgumentException when the database has a label these bindings do not"
                        + " know, which happens\n    when a label was added to the enum after they were generated;"
                        + " regenerate them\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(className)
                .addParameter(label)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, label, "label")
                .beginControlFlow("for ($T value : values())", className)
                .beginControlFlow("if (value.databaseLabel.equals($N))", label)
                .addStatement("return value")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + $N + $S)", IllegalArgumentException.class,
                        "enum " + type.name() + " has no label '", label,
                        "' in these bindings; regenerate them with strata codegen")
                .build();
    }
}
