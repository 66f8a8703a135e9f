package dev.strata.introspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Danbooru's schema in 40 consecutive versions (a real application's {@code db/structure.sql}, see the README
 * there), kept beside the repository in {@code shared/data/realworld/danbooru/} and read from there at test time:
 * its licence travels with the files, so they are not copied into this repository.
 */
final class Danbooru {

    private static final Path RELATIVE = Path.of("shared", "data", "realworld", "danbooru");

    private Danbooru() {
    }

    /** The directory: {@code STRATA_DANBOORU_DIR}, or {@code shared/data/realworld/danbooru} above this one. */
    static Optional<Path> directory() {
        String configured = System.getenv("STRATA_DANBOORU_DIR");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The versions, oldest first: {@code NN_DATE_COMMIT.sql}. */
    static List<Path> versions(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d_.*\\.sql")).sorted().toList();
        }
    }

    /** The two-digit number a version's file starts with. */
    static String number(Path version) {
        return version.getFileName().toString().substring(0, 2);
    }
}
