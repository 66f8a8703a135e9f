package dev.strata.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's sample projects, copied for a test that may change them. */
final class Samples {

    private Samples() {
    }

    /**
     * Copies {@code samples/shop} into {@code target}, without its embedded server's data ({@code .strata/}) and
     * without the application built on it ({@code app/}: Java sources and their build's output, no part of the Strata
     * project).
     */
    static Path copyShop(Path target) throws IOException {
        Path sample = Path.of("..", "samples", "shop");
        Path app = sample.resolve("app");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(p -> !p.toString().contains(".strata" + File.separator)
                    && !p.endsWith(".strata") && !p.startsWith(app)).toList()) {
                Path copy = target.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
