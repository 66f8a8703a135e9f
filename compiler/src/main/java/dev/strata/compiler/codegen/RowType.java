package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A generated record holding one row: of a view ({@code CustomersRow}) or of a function's result
 * ({@code CustomerOrdersResult}). {@code source} says where the row comes from, in words ("view customers");
 * {@code sourceDoc} says the same as Javadoc; {@code comment} is the declaration's comment or null.
 */
record RowType(ClassName className, String source, String sourceDoc, String comment, List<Field> fields) {

    RowType {
        fields = List.copyOf(fields);
    }

    /** The name of the method that reads this record from a result set: {@code customersRow}. */
    String readerMethod() {
        String name = className.simpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
