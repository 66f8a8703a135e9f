package dev.strata.compiler.diag;

import java.util.List;

/**
 * One finding about the sources: a stable code (one of {@link Code}, documented in docs/diagnostics.md), a
 * severity, where, what is wrong, and what to do about it. {@code hint} may be null; {@code notes} point at other
 * places that matter.
 */
public record Diagnostic(Severity severity, String code, Span span, String message, String hint, List<Note> notes) {

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public static Diagnostic error(Code code, Span span, String message, String hint) {
        return error(code.code(), span, message, hint);
    }

    public static Diagnostic warning(Code code, Span span, String message, String hint) {
        return warning(code.code(), span, message, hint);
    }

    /** For codes given as text; the codes Strata reports are the {@link Code} registry's. */
    public static Diagnostic error(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, span, message, hint, List.of());
    }

    /** For codes given as text; the codes Strata reports are the {@link Code} registry's. */
    public static Diagnostic warning(String code, Span span, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, span, message, hint, List.of());
    }

    public Diagnostic withNote(Span noteSpan, String noteMessage) {
        var all = new java.util.ArrayList<>(notes);
        all.add(new Note(noteSpan, noteMessage));
        return new Diagnostic(severity, code, span, message, hint, all);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
