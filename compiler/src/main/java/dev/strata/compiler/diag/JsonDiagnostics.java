package dev.strata.compiler.diag;

import dev.strata.plan.Json;
import java.util.List;

/**
 * Diagnostics for machines ({@code --format json}): an array of objects with {@code file}, {@code line},
 * {@code column}, {@code endLine}, {@code endColumn} (1-based; 0 when the position is unknown), {@code severity}
 * ({@code error} or {@code warning}), {@code code}, {@code message}, {@code hint} (null when none) and
 * {@code notes} (objects with the same position fields and a {@code message}). Written with Strata's one JSON
 * configuration, {@link Json}; the properties are record components, so they keep this order.
 */
public final class JsonDiagnostics {

    private JsonDiagnostics() {
    }

    record JsonDiagnostic(String file, int line, int column, int endLine, int endColumn, String severity, String code,
                          String message, String hint, List<JsonNote> notes) {
    }

    record JsonNote(String file, int line, int column, int endLine, int endColumn, String message) {
    }

    /** Pretty JSON, ending with a line end. */
    public static String toJson(List<Diagnostic> diagnostics) {
        return Json.pretty(diagnostics.stream().map(JsonDiagnostics::json).toList());
    }

    private static JsonDiagnostic json(Diagnostic d) {
        Span at = d.span();
        var notes = d.notes().stream().map(n -> note(n.span(), n.message())).toList();
        return new JsonDiagnostic(file(at), line(at), column(at), endLine(at), endColumn(at), d.severity().label(),
                d.code(), d.message(), d.hint(), notes);
    }

    private static JsonNote note(Span at, String message) {
        return new JsonNote(file(at), line(at), column(at), endLine(at), endColumn(at), message);
    }

    private static String file(Span span) {
        return span == null ? null : span.file();
    }

    private static int line(Span span) {
        return span == null ? 0 : span.line();
    }

    private static int column(Span span) {
        return span == null ? 0 : span.column();
    }

    private static int endLine(Span span) {
        return span == null ? 0 : span.endLine();
    }

    private static int endColumn(Span span) {
        return span == null ? 0 : span.endColumn();
    }
}
