package dev.strata.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an apply did: the plans it applied (in order), the plan whose deferred steps it resumed (or null), the
 * files it exported, and for a dry run the SQL it would have run.
 */
public record ApplyResult(List<String> applied, String resumed, List<Path> exported, boolean dryRun,
                          String dryRunScript) {

    public ApplyResult {
        applied = List.copyOf(applied);
        exported = List.copyOf(exported);
    }

    public boolean nothingToDo() {
        return applied.isEmpty() && resumed == null;
    }
}
