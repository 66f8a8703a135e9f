package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/**
 * Policy clauses PostgreSQL rejects for the policy's command: {@code with check} on a {@code select} or
 * {@code delete} policy (no new row to check), {@code using} on an {@code insert} policy (no existing row).
 */
public final class PolicyClauses implements SchemaRule {

    public static final String CODE = Code.POLICY_CLAUSE_NOT_APPLICABLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            for (var policy : table.policies()) {
                var what = "policy '" + policy.name() + "' on table '" + table.name() + "' is for "
                        + policy.command().sql();
                if (policy.withCheck() != null && !policy.command().takesWithCheck()) {
                    diagnostics.error(CODE, policy.span(), what + " and has 'with check', which only policies for"
                                    + " all, insert and update can have",
                            "a " + policy.command().sql() + " writes no new row: move the condition into"
                                    + " 'using (…)'");
                }
                if (policy.using() != null && !policy.command().takesUsing()) {
                    diagnostics.error(CODE, policy.span(), what + " and has 'using', which an insert policy"
                                    + " cannot have",
                            "an insert reads no existing row: move the condition into 'with check (…)'");
                }
            }
        }
    }
}
