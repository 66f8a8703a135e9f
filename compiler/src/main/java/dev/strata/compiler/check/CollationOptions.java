package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Model;

/**
 * A declared collation says what PostgreSQL (13 and later) needs to create it: a provider it has (icu or libc), a
 * locale (for libc either {@code locale} or both {@code lc_collate} and {@code lc_ctype}; ICU takes only
 * {@code locale}), and {@code deterministic = false} only with ICU, the one provider with nondeterministic
 * collations.
 */
public final class CollationOptions implements SchemaRule {

    public static final String CODE = Code.COLLATION_OPTIONS.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var collation : model.core().collations()) {
            if (!collation.copied()) {
                inspect(collation, diagnostics);
            }
        }
    }

    private static void inspect(Collation c, Diagnostics diagnostics) {
        String what = "collation '" + c.name() + "'";
        boolean icu = Collation.ICU.equals(c.provider());
        if (!icu && !Collation.LIBC.equals(c.provider())) {
            diagnostics.error(CODE, c.span(), what + " has provider '" + c.provider()
                    + "', which Strata does not declare", "write provider = icu or provider = libc");
            return;
        }
        if (icu && (c.lcCollate() != null || c.lcCtype() != null)) {
            diagnostics.error(CODE, c.span(), what + " uses ICU but sets lc_collate or lc_ctype",
                    "an ICU collation is given by its locale alone: write locale = '…'");
            return;
        }
        if (c.locale() == null && (c.lcCollate() == null || c.lcCtype() == null)) {
            diagnostics.error(CODE, c.span(), what + " has no locale",
                    icu ? "write locale = '…', for example locale = 'de-u-co-phonebk'"
                            : "write locale = '…', or both lc_collate = '…' and lc_ctype = '…'");
            return;
        }
        if (!icu && !c.deterministic()) {
            diagnostics.error(CODE, c.span(), what + " is nondeterministic but uses libc",
                    "only ICU collations can be nondeterministic: write provider = icu");
        }
    }
}
