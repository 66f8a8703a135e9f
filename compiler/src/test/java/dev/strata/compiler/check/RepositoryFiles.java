package dev.strata.compiler.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (docs, samples) from wherever the tests run. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static Path root() {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("samples/errors")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (with samples/errors and docs) above "
                + Path.of("").toAbsolutePath());
    }

    static Path errorSamples() {
        return root().resolve("samples/errors");
    }

    static Path diagnosticsDoc() {
        return root().resolve("docs/diagnostics.md");
    }
}
