package dev.strata.compiler.project;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one source file as strict UTF-8 text, refusing what is not a schema file: more than
 * {@link #MAX_BYTES} bytes, a NUL byte (a binary file), bytes that are not UTF-8, or a file the system will not
 * let us read. Each refusal is one diagnostic that names the file and, where it helps, the first bad byte.
 */
final class SourceReader {

    /**
     * 16 MiB. Schema files are far smaller; the limit stops a wrong file (a dump, a log) from being read whole,
     * while leaving room for large generated schemas.
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private SourceReader() {
    }

    /** Exactly one of {@code text} and {@code problem} is non-null. */
    record Read(String text, Diagnostic problem) {
    }

    static Read read(Path file, String displayPath) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return problem(LoadCode.FILE_TOO_LARGE, FileSpan.of(displayPath),
                        "file is " + mebibytes(size) + "; the limit is " + mebibytes(MAX_BYTES),
                        "split the schema into several .strata files, or move this file out of the source directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return problem(LoadCode.UNREADABLE_FILE, FileSpan.of(displayPath), "cannot read file: " + reason(e),
                    "check that the file exists and that you may read it");
        }
        return decode(bytes, displayPath);
    }

    static Read decode(byte[] bytes, String displayPath) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                var at = position(bytes, i, displayPath);
                return problem(LoadCode.BINARY_FILE, at, "file looks binary: it contains a NUL byte at line "
                        + at.line() + ", column " + at.column() + " (byte offset " + i + ")",
                        "only text files with schema declarations belong in the source directory");
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            var at = position(bytes, offset, displayPath);
            return problem(LoadCode.NOT_UTF8, at, String.format(Locale.ROOT,
                    "file is not valid UTF-8: byte 0x%02X at line %d, column %d (byte offset %d) cannot be decoded",
                    bytes[offset] & 0xFF, at.line(), at.column(), offset),
                    "save the file as UTF-8");
        }
        return new Read(out.flip().toString(), null);
    }

    /** The line and column of a byte offset, counting columns in characters of the (valid) text before it. */
    private static Span position(byte[] bytes, int offset, String displayPath) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        var before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return Span.of(displayPath, line, before.length() + 1);
    }

    private static Read problem(LoadCode code, Span span, String message, String hint) {
        return new Read(null, Diagnostic.error(code.code(), span, message, hint));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist (a broken link?)";
        }
        var message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static String mebibytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        if (mib == Math.rint(mib)) {
            return String.format(Locale.ROOT, "%d MiB", (long) mib);
        }
        return String.format(Locale.ROOT, "%.1f MiB", mib);
    }
}
