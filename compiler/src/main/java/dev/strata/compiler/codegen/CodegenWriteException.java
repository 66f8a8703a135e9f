package dev.strata.compiler.codegen;

import java.io.IOException;
import java.nio.file.Path;

/** Generated sources could not be written: names the path and why, for the user to fix. */
public final class CodegenWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public CodegenWriteException(Path path, String reason) {
        super("cannot write generated sources to " + path + ": " + reason
                + ". Choose an output directory you can write to (--out DIR).");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
