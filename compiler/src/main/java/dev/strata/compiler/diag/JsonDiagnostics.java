package dev.strata.compiler.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Diagnostics for machines ({@code --format json}): an array of objects with {@code file}, {@code line},
 * {@code column}, {@code endLine}, {@code endColumn} (1-based; 0 when the position is unknown), {@code severity}
 * ({@code error} or {@code warning}), {@code code}, {@code message}, {@code hint} (null when none) and
 * {@code notes} (objects with the same position fields and a {@code message}).
 */
public final class JsonDiagnostics {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDiagnostics() {
    }

    public static String toJson(List<Diagnostic> diagnostics) {
        var array = MAPPER.createArrayNode();
        diagnostics.forEach(d -> add(array, d));
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("diagnostics could not be written as JSON", e);
        }
    }

    private static void add(ArrayNode array, Diagnostic d) {
        var object = array.addObject();
        position(object, d.span());
        object.put("severity", d.severity().label());
        object.put("code", d.code());
        object.put("message", d.message());
        object.put("hint", d.hint());
        var notes = object.putArray("notes");
        for (var note : d.notes()) {
            var n = notes.addObject();
            position(n, note.span());
            n.put("message", note.message());
        }
    }

    private static void position(ObjectNode object, Span span) {
        object.put("file", span == null ? null : span.file());
        object.put("line", span == null ? 0 : span.line());
        object.put("column", span == null ? 0 : span.column());
        object.put("endLine", span == null ? 0 : span.endLine());
        object.put("endColumn", span == null ? 0 : span.endColumn());
    }
}
