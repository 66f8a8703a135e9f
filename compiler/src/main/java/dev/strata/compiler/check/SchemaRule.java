package dev.strata.compiler.check;

import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/**
 * One semantic check. A rule inspects the whole model and reports every finding it has; it never stops at the
 * first one, and it stays quiet about things another rule already reports (an unknown table is not also a type
 * mismatch).
 */
public interface SchemaRule {

    void inspect(Model model, Diagnostics diagnostics);
}
