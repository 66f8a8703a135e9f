package dev.strata.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** One record per row type: components in declaration order, typed and documented with their SQL declaration. */
final class RowRecordGenerator {

    private RowRecordGenerator() {
    }

    static TypeSpec generate(RowType row) {
        var constructor = MethodSpec.constructorBuilder();
        var javadoc = CodeBlock.builder().add("A row of $L.\n", row.sourceDoc());
        if (row.comment() != null) {
            javadoc.add("\n<p>$L\n", Javadoc.text(row.comment()));
        }
        javadoc.add("\n");
        for (Field field : row.fields()) {
            constructor.addParameter(field.javaType(), field.javaName());
            javadoc.add("@param $L $L\n", field.javaName(), Javadoc.code(field.declaration()));
        }
        return TypeSpec.recordBuilder(row.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .recordConstructor(constructor.build())
                .build();
    }
}
