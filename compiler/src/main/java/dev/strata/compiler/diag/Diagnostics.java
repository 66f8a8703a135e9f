package dev.strata.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one run, so the user sees every problem at once. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(Code code, Span span, String message, String hint) {
        report(Diagnostic.error(code, span, message, hint));
    }

    public void warning(Code code, Span span, String message, String hint) {
        report(Diagnostic.warning(code, span, message, hint));
    }

    public void error(String code, Span span, String message, String hint) {
        report(Diagnostic.error(code, span, message, hint));
    }

    public void warning(String code, Span span, String message, String hint) {
        report(Diagnostic.warning(code, span, message, hint));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    public int warningCount() {
        return all.size() - errorCount();
    }

    /** All diagnostics in source order (file, line, column), errors before warnings at the same place. */
    public List<Diagnostic> sorted() {
        return all.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().file())
                        .thenComparingInt(d -> d.span().line())
                        .thenComparingInt(d -> d.span().column())
                        .thenComparing(Diagnostic::severity)
                        .thenComparing(Diagnostic::code))
                .toList();
    }
}
