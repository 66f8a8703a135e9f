package dev.strata.compiler.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that a reader sees either the old text or the new one, never half of it: the new
 * text goes to a hidden temporary file beside it, which is then moved over the original. A link is followed, so
 * the file it points to is replaced and the link stays. The file keeps its permissions.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void replace(Path file, String text) throws IOException {
        var target = file.toRealPath();
        var directory = target.getParent();
        var temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            copyPermissions(target, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.getFileAttributeView(from, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
