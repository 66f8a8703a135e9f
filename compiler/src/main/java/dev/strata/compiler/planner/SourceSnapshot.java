package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.ParseResult;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code schema.strata} of a plan: every source file the plan was made from, verbatim, sorted by path, each after a
 * {@code -- file: PATH} line. The next plan parses it back to get this plan's target model, and diagnostics about
 * released facades point into it.
 */
public final class SourceSnapshot {

    public static final String FILE_NAME = "schema.strata";
    private static final String MARKER = "-- file: ";

    private SourceSnapshot() {
    }

    /** The snapshot text of the given sources (path to text). */
    public static String of(Map<String, String> sources) {
        var text = new StringBuilder();
        for (var entry : new TreeMap<>(sources).entrySet()) {
            text.append(MARKER).append(entry.getKey()).append('\n').append(entry.getValue());
            if (!entry.getValue().endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The model of a snapshot; {@code displayPath} is how diagnostics name the file. */
    public static Parsed parse(String displayPath, String text) {
        ParseResult result = new StrataParser().parse(displayPath, text);
        return new Parsed(ModelAssembler.assemble(List.of(result.unit())), result.diagnostics());
    }

    public record Parsed(Model model, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }
}
