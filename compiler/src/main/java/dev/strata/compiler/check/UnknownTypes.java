package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import java.util.HashSet;

/**
 * Every type written in a column, domain, view column, parameter or return type is built in, an enum or domain
 * of the core, a type of a declared extension, or the row type of a table or view. Sequence types are checked by
 * {@link SequenceTypes}.
 */
public final class UnknownTypes implements SchemaRule {

    public static final String CODE = Code.UNKNOWN_TYPE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var catalog = TypeCatalog.of(model.core());
        var rowTypes = new HashSet<String>();
        model.core().tables().forEach(t -> rowTypes.add(t.name()));
        model.core().views().forEach(v -> rowTypes.add(v.name()));
        for (var usage : TypeUsage.of(model)) {
            var name = usage.type().name();
            if (catalog.isKnown(name) || rowTypes.contains(name) || usage.localRowTypes().contains(name)) {
                continue;
            }
            diagnostics.error(CODE, usage.span(), "unknown type '" + name + "' in " + usage.what(), hint(name, catalog));
        }
    }

    private static String hint(String name, TypeCatalog catalog) {
        var extension = ExtensionCatalog.extensionForType(name);
        if (extension.isPresent()) {
            return "'" + name + "' comes with an extension: declare 'extension " + extension.get()
                    + "' in a core block";
        }
        return Suggestions.didYouMean(name, catalog.knownNames(),
                "use a built-in type, or declare an enum or domain named '" + name + "'");
    }
}
