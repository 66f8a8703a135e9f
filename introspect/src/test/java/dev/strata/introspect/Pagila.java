package dev.strata.introspect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Pagila schema, a real database schema nobody on this project wrote, kept beside the repository in
 * {@code shared/data/pagila/} (found from any directory below the one that holds {@code shared}).
 */
final class Pagila {

    private static final Path RELATIVE = Path.of("shared", "data", "pagila", "pagila-schema.sql");

    private Pagila() {
    }

    static Optional<Path> schemaFile() {
        String configured = System.getenv("STRATA_PAGILA_SCHEMA");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
