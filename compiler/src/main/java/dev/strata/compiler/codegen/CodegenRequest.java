package dev.strata.compiler.codegen;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/** What to generate: the bindings of facade {@code facade} version {@code version}, in Java package {@code javaPackage}. */
public record CodegenRequest(String facade, int version, String javaPackage) {

    public CodegenRequest {
        Objects.requireNonNull(facade, "facade");
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (!isPackageName(javaPackage)) {
            throw new IllegalArgumentException("'" + javaPackage + "' is not a Java package name: use dot-separated"
                    + " identifiers that are not key words, for example com.example.shop.api.v2");
        }
    }

    /** A dotted name of identifiers that are not key words; the unnamed package is not allowed. */
    public static boolean isPackageName(String name) {
        return !name.isEmpty() && SourceVersion.isName(name);
    }
}
