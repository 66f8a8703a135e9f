package dev.strata.compiler.model;

/** A top-level block of a source file: {@code core { … }} or {@code facade NAME version N { … }}. */
public sealed interface Block permits CoreBlock, Facade {
}
