package dev.strata.compiler.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files below an output directory. A file whose content is already there is not touched (its
 * modification time stays, so builds see no change); a changed file is replaced atomically. Files that an earlier
 * run generated for the same facade version (recognised by their first header line) and that are no longer
 * generated are deleted, so a dropped view leaves no stale record behind.
 */
public final class CodegenWriter {

    /** What a write did, with paths relative to the output directory, sorted. */
    public record Summary(List<String> written, List<String> unchanged, List<String> deleted) {
        public Summary {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }
    }

    private CodegenWriter() {
    }

    /**
     * @throws CodegenWriteException when the directory cannot be created or a file cannot be written, with a
     *     message naming the path and the reason
     */
    public static Summary write(Path outDir, List<GeneratedFile> files) throws CodegenWriteException {
        createDirectory(outDir);
        var written = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        for (GeneratedFile file : files) {
            Path target = outDir.resolve(file.relativePath());
            if (sameContent(target, file.content())) {
                unchanged.add(file.relativePath());
                continue;
            }
            replace(outDir, target, file.content());
            written.add(file.relativePath());
        }
        var deleted = deleteStale(outDir, files);
        return new Summary(sorted(written), sorted(unchanged), deleted);
    }

    private static void createDirectory(Path outDir) throws CodegenWriteException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new CodegenWriteException(outDir, "it exists and is not a directory");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            Path blocking = fileInTheWay(outDir);
            throw new CodegenWriteException(outDir,
                    blocking != null ? blocking + " is a file, not a directory" : reason(e));
        }
    }

    /** The nearest existing ancestor of {@code dir} when it is not a directory, or null. */
    private static Path fileInTheWay(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static boolean sameContent(Path target, String content) throws CodegenWriteException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try {
            return Arrays.equals(Files.readAllBytes(target), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CodegenWriteException(target, reason(e));
        }
    }

    private static void replace(Path outDir, Path target, String content) throws CodegenWriteException {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".strata-codegen-", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            Path failed = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : target;
            throw new CodegenWriteException(failed.startsWith(outDir) ? failed : target, reason(e));
        }
    }

    /** Deletes files in the generated packages that carry the same header but are not generated any more. */
    private static List<String> deleteStale(Path outDir, List<GeneratedFile> files) throws CodegenWriteException {
        if (files.isEmpty()) {
            return List.of();
        }
        String header = firstLine(files.get(0).content());
        Set<Path> current = new HashSet<>();
        Set<Path> packages = new HashSet<>();
        for (GeneratedFile file : files) {
            Path path = outDir.resolve(file.relativePath()).normalize();
            current.add(path);
            packages.add(path.getParent());
        }
        var deleted = new ArrayList<String>();
        for (Path directory : packages) {
            for (Path candidate : javaFiles(directory)) {
                if (current.contains(candidate.normalize()) || !header.equals(firstLineOf(candidate))) {
                    continue;
                }
                try {
                    Files.delete(candidate);
                } catch (IOException e) {
                    throw new CodegenWriteException(candidate, reason(e));
                }
                deleted.add(outDir.relativize(candidate).toString().replace('\\', '/'));
            }
        }
        return sorted(deleted);
    }

    private static List<Path> javaFiles(Path directory) throws CodegenWriteException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CodegenWriteException(directory, reason(e));
        }
    }

    private static String firstLineOf(Path file) throws CodegenWriteException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        } catch (IOException e) {
            throw new CodegenWriteException(file, reason(e));
        }
    }

    private static String firstLine(String content) {
        int end = content.indexOf('\n');
        return end < 0 ? content : content.substring(0, end);
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
