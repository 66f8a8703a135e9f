package dev.strata.compiler.codegen;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What to generate: the bindings of facade {@code facade} version {@code version}, in Java package
 * {@code javaPackage}. {@code coreSchema} is the project's core schema (strata.toml {@code core_schema}): the
 * generated code puts it on the search path after the facade's own schema, because the core holds the types,
 * operators and extensions that the facade's objects are built with.
 */
public record CodegenRequest(String facade, int version, String javaPackage, String coreSchema) {

    public static final String DEFAULT_CORE_SCHEMA = "core";

    public CodegenRequest {
        Objects.requireNonNull(facade, "facade");
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(coreSchema, "coreSchema");
        if (!isPackageName(javaPackage)) {
            throw new IllegalArgumentException("'" + javaPackage + "' is not a Java package name: use dot-separated"
                    + " identifiers that are not key words, for example com.example.shop.api.v2");
        }
    }

    public CodegenRequest(String facade, int version, String javaPackage) {
        this(facade, version, javaPackage, DEFAULT_CORE_SCHEMA);
    }

    /** A dotted name of identifiers that are not key words; the unnamed package is not allowed. */
    public static boolean isPackageName(String name) {
        return !name.isEmpty() && SourceVersion.isName(name);
    }
}
