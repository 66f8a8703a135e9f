package dev.strata.compiler.codegen;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;

/** The diagnostics of {@code strata codegen} (codes S3xxx, documented in docs/diagnostics.md). */
final class CodegenDiagnostics {

    private static final String MAPPING_DOC = "docs/codegen.md lists the types that have a Java mapping";

    private CodegenDiagnostics() {
    }

    static Diagnostic unsupportedType(Span span, String type, String usedBy, String why) {
        return Diagnostic.error(Code.NO_JAVA_MAPPING, span,
                "type " + type + " of " + usedBy + " has no Java mapping" + (why.isEmpty() ? "" : ": " + why),
                "declare it as a mapped type and convert in the SQL (for example `addr::text` in the view query);"
                        + " " + MAPPING_DOC);
    }

    static Diagnostic unknownType(Span span, String type, String usedBy) {
        return Diagnostic.error(Code.CODEGEN_UNKNOWN_TYPE, span,
                "type " + type + " of " + usedBy + " is neither a built-in type nor an enum or domain of the core",
                "declare the enum or domain in a core block, or use a built-in type; " + MAPPING_DOC);
    }

    static Diagnostic noJavaName(Span span, String what, String name) {
        return Diagnostic.error(Code.NO_JAVA_NAME, span,
                what + " '" + name + "' has no letter or digit to build a Java name from",
                "rename it so that it contains at least one letter or digit");
    }

    static Diagnostic javaNameClash(Span span, String what, String javaName, Span otherSpan, String other) {
        return Diagnostic.error(Code.JAVA_NAME_CLASH, span,
                what + " becomes the Java name " + javaName + ", which " + other + " already has",
                "rename one of the two; Java names are built from the words of the database name")
                .withNote(otherSpan, other + " is declared here");
    }

    static Diagnostic unsupportedRoutine(Span span, String routine, String why, String hint) {
        return Diagnostic.error(Code.UNCALLABLE_ROUTINE, span,
                routine + " cannot be called from generated Java: " + why,
                hint);
    }

    static Diagnostic unknownKeyColumn(Span span, String view, String column) {
        return Diagnostic.error(Code.UNDECLARED_KEY_COLUMN, span,
                "view " + view + " declares key column " + column + ", which is not one of its columns",
                "name only declared columns in key (...), or declare the column");
    }
}
