package dev.strata.compiler.format;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code strata fmt}: formats source files into the canonical layout. A file with a syntax error (or any other
 * error the parser reports) is never rewritten: its diagnostics are returned instead, because printing a model the
 * parser had to guess at could lose what the user wrote. Every formatted text is parsed again before it is
 * returned, and refused if it does not say exactly what the original said.
 */
public final class Formatter {

    /** A formatted file could not be written back. */
    public static final String WRITE_FAILED = Code.FORMATTED_FILE_NOT_WRITTEN.code();

    /** The formatted text would not read back as the original: a formatter bug; the file is left alone. */
    public static final String MEANING_CHANGED = Code.FORMAT_CHANGES_MEANING.code();

    private final StrataParser parser = new StrataParser();

    /** Formats the text of one file; {@code fileName} appears in diagnostics. */
    public FormatResult format(String fileName, String text) {
        var parsed = parser.parse(fileName, text);
        if (parsed.hasErrors()) {
            return new FormatResult(fileName, text, null, parsed.diagnostics());
        }
        var printed = print(parsed.unit());
        if (printed.problem != null) {
            return new FormatResult(fileName, text, null, List.of(printed.problem));
        }
        return new FormatResult(fileName, text, printed.text, parsed.diagnostics());
    }

    /**
     * Formats every source file of a project directory (see {@link ProjectLoader} for what counts as one). With
     * {@code write}, rewrites the files whose layout changes, each atomically; otherwise only reports them
     * ({@code strata fmt --check}).
     */
    public DirectoryFormat formatDirectory(Path dir, boolean write) {
        var project = ProjectLoader.load(dir);
        var diagnostics = new ArrayList<>(project.diagnostics());
        var outcomes = new ArrayList<FileOutcome>();
        var root = dir.toAbsolutePath().normalize();
        for (int i = 0; i < project.files().size(); i++) {
            var file = project.files().get(i);
            var path = root.resolve(file.displayPath());
            var errors = errorsOf(file.displayPath(), project.diagnostics());
            if (!errors.isEmpty()) {
                outcomes.add(new FileOutcome(path, file.displayPath(), FileOutcome.Status.FAILED, errors));
                continue;
            }
            var printed = print(project.units().get(i));
            var problem = printed.problem;
            if (problem == null && printed.text.equals(file.text())) {
                outcomes.add(new FileOutcome(path, file.displayPath(), FileOutcome.Status.UNCHANGED, List.of()));
                continue;
            }
            if (problem == null && write) {
                problem = write(path, file.displayPath(), printed.text);
            }
            if (problem != null) {
                diagnostics.add(problem);
                outcomes.add(new FileOutcome(path, file.displayPath(), FileOutcome.Status.FAILED, List.of(problem)));
                continue;
            }
            outcomes.add(new FileOutcome(path, file.displayPath(), FileOutcome.Status.CHANGED, List.of()));
        }
        return new DirectoryFormat(outcomes, diagnostics, write);
    }

    /**
     * The canonical text of a parsed file, or {@code original} when the file already is canonical or printing it
     * would not read back as the same schema (then the file is kept as it is written, never changed in meaning).
     */
    public static String canonical(SourceUnit unit, String original) {
        String printed;
        try {
            printed = SchemaPrinter.print(unit);
        } catch (RuntimeException e) {
            return original;
        }
        if (printed.equals(original)) {
            return original;
        }
        Printed checked = new Formatter().print(unit);
        return checked.problem == null ? checked.text : original;
    }

    /** Exactly one of {@code text} and {@code problem} is non-null. */
    record Printed(String text, Diagnostic problem) {
    }

    /** The canonical text, checked by parsing it again; or the problem that stops it from being used. */
    Printed print(SourceUnit unit) {
        String text;
        try {
            text = SchemaPrinter.print(unit);
        } catch (RuntimeException e) {
            return new Printed(null, meaningChanged(unit.file(), "it cannot be printed: " + e.getMessage()));
        }
        var reparsed = parser.parse(unit.file(), text);
        if (reparsed.hasErrors()) {
            return new Printed(null, meaningChanged(unit.file(), "the formatted text does not parse: "
                    + reparsed.diagnostics().get(0).message()));
        }
        if (!reparsed.unit().blocks().equals(unit.blocks())) {
            return new Printed(null, meaningChanged(unit.file(), "the formatted text reads as a different schema"));
        }
        if (!sameComments(reparsed.unit().comments(), unit.comments())) {
            return new Printed(null, meaningChanged(unit.file(), "the formatted text has different comments"));
        }
        return new Printed(text, null);
    }

    private static boolean sameComments(List<SourceComment> printed, List<SourceComment> original) {
        var expected = new ArrayList<String>();
        original.forEach(c -> expected.add(comparable(c)));
        for (var comment : printed) {
            if (!expected.remove(comparable(comment))) {
                return false;
            }
        }
        return expected.isEmpty();
    }

    /** Line comments are printed without trailing blanks. */
    private static String comparable(SourceComment comment) {
        var text = comment.text();
        return text.startsWith("--") ? text.stripTrailing() : text;
    }

    private static Diagnostic meaningChanged(String file, String why) {
        return Diagnostic.error(MEANING_CHANGED, Span.of(file, 0, 0),
                "the file was left as it is: formatting it would change its meaning (" + why + ")",
                "this is a bug in strata fmt; please report it with the file");
    }

    private static List<Diagnostic> errorsOf(String displayPath, List<Diagnostic> diagnostics) {
        var errors = new ArrayList<Diagnostic>();
        for (var diagnostic : diagnostics) {
            if (diagnostic.isError() && displayPath.equals(diagnostic.span().file())) {
                errors.add(diagnostic);
            }
        }
        return errors;
    }

    private static Diagnostic write(Path path, String displayPath, String text) {
        try {
            AtomicFiles.replace(path, text);
            return null;
        } catch (IOException e) {
            return Diagnostic.error(WRITE_FAILED, Span.of(displayPath, 0, 0),
                    "cannot write the formatted file: " + reason(e),
                    "check that the file and its directory may be written; the file was left as it was");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
