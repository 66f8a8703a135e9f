package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** Policy names are unique per table. */
public final class DuplicatePolicies implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_POLICY.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            var names = new FirstDeclarations();
            for (var policy : table.policies()) {
                var first = names.claim(policy.name(), "policy", policy.span());
                if (first == null) {
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, policy.span(),
                                "policy '" + policy.name() + "' is declared twice on table '" + table.name() + "'",
                                "rename one of them, or merge them into one policy 'for all'")
                        .withNote(first.span(), "the policy '" + policy.name() + "' is first declared here"));
            }
        }
    }
}
