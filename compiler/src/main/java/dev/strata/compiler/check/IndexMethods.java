package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An index uses a method PostgreSQL (or a declared extension) provides, and only the features that method has:
 * only btree builds unique indexes and orders keys ({@code desc}, {@code nulls last}); hash and spgist take a
 * single key; {@code include} works with btree, gist and spgist. An exclusion constraint's index follows the same
 * rules, and gin and brin cannot enforce one (they cannot fetch the conflicting row).
 */
public final class IndexMethods implements SchemaRule {

    public static final String UNKNOWN_METHOD = Code.UNKNOWN_INDEX_METHOD.code();
    public static final String UNSUPPORTED_FEATURE = Code.UNSUPPORTED_INDEX_FEATURE.code();

    /** What each built-in method can do: unique, several keys, include, ordered keys. */
    private record Capabilities(boolean unique, boolean multiColumn, boolean include, boolean ordered,
                                boolean exclusion) {
    }

    private static final Map<String, Capabilities> BUILT_IN = Map.of(
            "btree", new Capabilities(true, true, true, true, true),
            "hash", new Capabilities(false, false, false, false, true),
            "gist", new Capabilities(false, true, true, false, true),
            "spgist", new Capabilities(false, false, true, false, true),
            "gin", new Capabilities(false, true, false, false, false),
            "brin", new Capabilities(false, true, false, false, false));

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var extensionMethods = new HashSet<String>();
        model.core().extensions().forEach(e -> extensionMethods.addAll(ExtensionCatalog.indexMethodsOf(e.name())));
        for (var table : model.core().tables()) {
            for (var index : table.indexes()) {
                inspect(table, index, extensionMethods, diagnostics);
            }
            for (var exclusion : table.exclusions()) {
                inspect(table, exclusion, extensionMethods, diagnostics);
            }
        }
        for (var view : model.core().views()) {
            for (var index : view.indexes()) {
                inspect("materialized view '" + view.name() + "'", index, extensionMethods, diagnostics);
            }
        }
    }

    private static void inspect(Table table, Index index, Set<String> extensionMethods, Diagnostics diagnostics) {
        inspect("table '" + table.name() + "'", index, extensionMethods, diagnostics);
    }

    private static void inspect(String on, Index index, Set<String> extensionMethods, Diagnostics diagnostics) {
        var method = index.method() == null ? "btree" : index.method();
        var what = "index " + (index.name() == null ? "" : "'" + index.name() + "' ") + "on " + on;
        var capabilities = BUILT_IN.get(method);
        if (capabilities == null) {
            if (!extensionMethods.contains(method)) {
                diagnostics.error(UNKNOWN_METHOD, index.span(), what + " uses unknown method '" + method + "'",
                        unknownMethodHint(method));
            }
            return;
        }
        if (index.unique() && !capabilities.unique()) {
            unsupported(diagnostics, index, what, method, "unique indexes", "use btree, or drop 'unique'");
        }
        if (index.elements().size() > 1 && !capabilities.multiColumn()) {
            unsupported(diagnostics, index, what, method, "more than one key", "index one key, or use btree");
        }
        if (!index.include().isEmpty() && !capabilities.include()) {
            unsupported(diagnostics, index, what, method, "'include'", "drop 'include', or use btree or gist");
        }
        var ordered = index.elements().stream().anyMatch(e -> e.direction() != null || e.nulls() != null);
        if (ordered && !capabilities.ordered()) {
            unsupported(diagnostics, index, what, method, "ordered keys ('asc', 'desc', 'nulls first/last')",
                    "drop the ordering, or use btree");
        }
    }

    private static void inspect(Table table, Exclusion exclusion, Set<String> extensionMethods,
                                Diagnostics diagnostics) {
        var method = exclusion.method() == null ? "btree" : exclusion.method();
        var what = "exclusion constraint " + (exclusion.name() == null ? "" : "'" + exclusion.name() + "' ")
                + "on table '" + table.name() + "'";
        var capabilities = BUILT_IN.get(method);
        if (capabilities == null) {
            if (!extensionMethods.contains(method)) {
                diagnostics.error(UNKNOWN_METHOD, exclusion.span(), what + " uses unknown method '" + method + "'",
                        unknownMethodHint(method));
            }
            return;
        }
        String feature = null;
        String hint = null;
        if (!capabilities.exclusion()) {
            feature = "exclusion constraints";
            hint = "use gist, btree, hash or spgist";
        } else if (exclusion.elements().size() > 1 && !capabilities.multiColumn()) {
            feature = "more than one key";
            hint = "exclude on one key, or use gist or btree";
        } else if (!exclusion.include().isEmpty() && !capabilities.include()) {
            feature = "'include'";
            hint = "drop 'include', or use gist or btree";
        } else if (exclusion.elements().stream().anyMatch(e -> e.key().direction() != null
                || e.key().nulls() != null) && !capabilities.ordered()) {
            feature = "ordered keys ('asc', 'desc', 'nulls first/last')";
            hint = "drop the ordering, or use btree";
        }
        if (feature != null) {
            diagnostics.error(UNSUPPORTED_FEATURE, exclusion.span(), what + ": method " + method
                    + " does not support " + feature, hint);
        }
    }

    private static void unsupported(Diagnostics diagnostics, Index index, String what, String method,
                                    String feature, String hint) {
        diagnostics.error(UNSUPPORTED_FEATURE, index.span(), what + ": method " + method + " does not support "
                + feature, hint);
    }

    private static String unknownMethodHint(String method) {
        var extension = ExtensionCatalog.extensionForIndexMethod(method);
        if (extension.isPresent()) {
            return "'" + method + "' comes with an extension: declare 'extension " + extension.get()
                    + "' in a core block";
        }
        return Suggestions.didYouMean(method, BUILT_IN.keySet(), "use btree, hash, gist, spgist, gin or brin");
    }
}
