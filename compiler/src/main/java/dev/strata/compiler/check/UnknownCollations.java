package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Index.IndexElement;
import dev.strata.compiler.model.Model;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every collation named by a column, an index or exclusion key or a {@code collation … from} is declared in the
 * core or is one PostgreSQL has in every database: {@code default}, {@code C}, {@code POSIX}, {@code ucs_basic},
 * the newer built-ins ({@code unicode}, {@code pg_c_utf8}, {@code pg_unicode_fast}, which older servers lack), one
 * of those initdb imports from ICU ({@code de-x-icu}, {@code und-x-icu}), or one named like an operating system
 * locale ({@code en_US}, {@code de_DE.utf8}), which initdb imports from the server's system. Collation names are
 * case-sensitive: {@code collate posix} names no collation.
 */
public final class UnknownCollations implements SchemaRule {

    public static final String CODE = Code.UNKNOWN_COLLATION.code();

    static final List<String> BUILT_IN = List.of("default", "C", "POSIX", "ucs_basic", "unicode", "pg_c_utf8",
            "pg_unicode_fast");

    private static final Pattern ICU_IMPORTED = Pattern.compile("[A-Za-z0-9-]+-x-icu");

    private static final Pattern SYSTEM_LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?(\\.[A-Za-z0-9-]+)?(@[a-z]+)?");

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var declared = new LinkedHashSet<String>();
        model.core().collations().forEach(c -> declared.add(c.name()));
        for (Collation c : model.core().collations()) {
            if (c.copied()) {
                inspect(c.from(), "collation '" + c.name() + "'", c.span(), declared, diagnostics);
            }
        }
        for (var table : model.core().tables()) {
            for (var column : table.columns()) {
                inspect(column.collation(), "column " + table.name() + "." + column.name(), column.span(), declared,
                        diagnostics);
            }
            for (var index : table.indexes()) {
                for (IndexElement element : index.elements()) {
                    inspect(element.collation(), "an index key of table " + table.name(), element.span(), declared,
                            diagnostics);
                }
            }
            for (var exclusion : table.exclusions()) {
                for (var element : exclusion.elements()) {
                    inspect(element.key().collation(), "an exclusion key of table " + table.name(),
                            element.key().span(), declared, diagnostics);
                }
            }
        }
    }

    private static void inspect(String name, String where, Span span, Set<String> declared, Diagnostics diagnostics) {
        if (name == null || known(name, declared)) {
            return;
        }
        diagnostics.error(CODE, span, "unknown collation '" + name + "' in " + where, hint(name, declared));
    }

    static boolean known(String name, Set<String> declared) {
        return declared.contains(name) || BUILT_IN.contains(name) || ICU_IMPORTED.matcher(name).matches()
                || SYSTEM_LOCALE.matcher(name).matches();
    }

    private static String hint(String name, Set<String> declared) {
        var candidates = new LinkedHashSet<>(declared);
        candidates.addAll(BUILT_IN);
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return "collation names are case-sensitive: write collate \"" + candidate + "\"";
            }
        }
        return Suggestions.didYouMean(name, candidates,
                "declare it in a core block: collation " + name + " (provider = icu, locale = '…')");
    }
}
