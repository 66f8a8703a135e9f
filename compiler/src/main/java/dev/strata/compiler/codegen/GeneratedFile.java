package dev.strata.compiler.codegen;

/** One generated source file: its path below the output directory ({@code com/example/ShopApiV2.java}) and text. */
public record GeneratedFile(String relativePath, String content) {
}
