package dev.strata.compiler.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics for people, one block per diagnostic:
 *
 * <pre>
 * schema/shop.strata:12:9: error[S0101]: expected a column type, found '{'
 *    12 |   email {
 *       |         ^
 * hint: write the column's type after its name
 * </pre>
 *
 * then any notes ({@code note: path:line:col: message} with their own line and caret), a blank line between
 * blocks, and a summary line ({@code 2 errors, 1 warning}). Diagnostics are rendered in the order given; after
 * {@code limit} of them the rest are only counted. Tabs are expanded to stops of {@value #TAB_WIDTH} in the
 * quoted line so the caret stays under the right character; a line longer than {@value #MAX_LINE_WIDTH} columns
 * is shown in part, around the caret, with {@code …} where it was cut. ANSI colour only when asked for.
 */
public final class DiagnosticRenderer {

    public static final int DEFAULT_LIMIT = 50;
    static final int TAB_WIDTH = 4;
    /** Longer source lines are shown in part, around the caret. */
    static final int MAX_LINE_WIDTH = 120;

    private final Map<String, String> sources;
    private final Style style;
    private final Map<String, SourceLines> lines = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private DiagnosticRenderer(Map<String, String> sources, boolean colour) {
        this.sources = sources;
        this.style = new Style(colour);
    }

    /** Renders at most {@value #DEFAULT_LIMIT} diagnostics, then a count of the rest, then the summary. */
    public static String render(List<Diagnostic> diagnostics, Map<String, String> sourcesByFile, boolean colour) {
        return render(diagnostics, sourcesByFile, colour, DEFAULT_LIMIT);
    }

    /** An empty string when there is nothing to report. */
    public static String render(List<Diagnostic> diagnostics, Map<String, String> sourcesByFile, boolean colour,
                                int limit) {
        if (diagnostics.isEmpty()) {
            return "";
        }
        var renderer = new DiagnosticRenderer(sourcesByFile, colour);
        var shown = diagnostics.subList(0, Math.min(limit, diagnostics.size()));
        shown.forEach(renderer::diagnostic);
        var rest = diagnostics.subList(shown.size(), diagnostics.size());
        if (!rest.isEmpty()) {
            renderer.out.append("… and ").append(more(rest)).append("\n\n");
        }
        renderer.out.append(renderer.style.bold(summary(diagnostics))).append('\n');
        return renderer.out.toString();
    }

    /** {@code 2 errors, 1 warning}; {@code no problems} for an empty list. */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        var parts = new ArrayList<String>();
        if (errors > 0) {
            parts.add(count(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(count(warnings, "warning"));
        }
        return parts.isEmpty() ? "no problems" : String.join(", ", parts);
    }

    private static String more(List<Diagnostic> rest) {
        long errors = rest.stream().filter(Diagnostic::isError).count();
        long warnings = rest.size() - errors;
        if (warnings == 0) {
            return count(errors, "more error");
        }
        if (errors == 0) {
            return count(warnings, "more warning");
        }
        return rest.size() + " more (" + count(errors, "error") + ", " + count(warnings, "warning") + ")";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void diagnostic(Diagnostic d) {
        int width = gutterWidth(d);
        var severity = style.severity(d.severity(), d.severity().label() + "[" + d.code() + "]");
        out.append(location(d.span())).append(severity).append(": ").append(style.bold(d.message())).append('\n');
        excerpt(d.span(), width, d.severity());
        if (d.hint() != null) {
            out.append(style.hint("hint")).append(": ").append(d.hint()).append('\n');
        }
        for (var note : d.notes()) {
            out.append(style.bold("note")).append(": ").append(location(note.span())).append(note.message())
                    .append('\n');
            excerpt(note.span(), width, null);
        }
        out.append('\n');
    }

    private static String location(Span span) {
        if (span == null || span.file() == null || span.file().isEmpty() || span == Span.NONE) {
            return "";
        }
        if (!span.isKnown()) {
            return span.file() + ": ";
        }
        return span.file() + ":" + span.line() + ":" + span.column() + ": ";
    }

    /** The quoted line and its caret line, when the span has a position and the file's text is known. */
    private void excerpt(Span span, int width, Severity severity) {
        if (span == null || !span.isKnown() || !sources.containsKey(span.file())) {
            return;
        }
        var source = lines.computeIfAbsent(span.file(), f -> new SourceLines(sources.get(f)));
        if (span.line() > source.count()) {
            return;
        }
        var text = source.line(span.line());
        int from = Math.min(span.column() - 1, text.length());
        int to = span.endLine() == span.line() ? Math.min(span.endColumn() - 1, text.length()) : text.length();
        int caretStart = Columns.width(text, from, TAB_WIDTH);
        int caretEnd = Columns.width(text, to, TAB_WIDTH);
        var window = Columns.window(Columns.expandTabs(text, TAB_WIDTH), caretStart, caretEnd, MAX_LINE_WIDTH);
        var shown = window.text();
        caretStart -= window.offset();
        int caretWidth = Math.max(1, Math.min(caretEnd - window.offset(), MAX_LINE_WIDTH + 1) - caretStart);
        var number = String.format("%" + width + "d", span.line());
        out.append(style.gutter(number + " |")).append(shown.isEmpty() ? "" : " " + shown).append('\n');
        out.append(style.gutter(" ".repeat(width) + " |")).append(' ').append(" ".repeat(caretStart))
                .append(style.caret(severity, "^".repeat(caretWidth))).append('\n');
    }

    private static int gutterWidth(Diagnostic d) {
        int widest = digits(d.span());
        for (var note : d.notes()) {
            widest = Math.max(widest, digits(note.span()));
        }
        return Math.max(5, widest);
    }

    private static int digits(Span span) {
        return span == null ? 1 : Integer.toString(Math.max(span.line(), 0)).length();
    }

    /** Line starts of one file, computed once per render. */
    private static final class SourceLines {
        private final String text;
        private final int[] starts;

        SourceLines(String text) {
            this.text = text;
            var found = new ArrayList<Integer>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            this.starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int count() {
            return starts.length;
        }

        /** Line {@code n} (1-based) without its line break. */
        String line(int n) {
            int start = starts[n - 1];
            int end = n < starts.length ? starts[n] - 1 : text.length();
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            return text.substring(start, end);
        }
    }
}
