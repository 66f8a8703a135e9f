package dev.strata.compiler.project;

/** A file's text and the path shown for it in messages, relative to the directory given and with '/' separators. */
public record SourceFile(String displayPath, String text) {
}
