package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.SourceUnit;
import java.util.List;

/**
 * One parsed file: its {@link SourceUnit} and what was wrong with it. After a syntax error the unit has no blocks
 * (parsing stops at the first syntax error) but still has the file's comments; after translation problems (such
 * as an option given twice) the unit is complete, with the first of the conflicting options kept.
 */
public record ParseResult(SourceUnit unit, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
