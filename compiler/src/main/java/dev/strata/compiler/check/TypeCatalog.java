package dev.strata.compiler.check;

import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The types a schema may use: built-in ones, its enums and domains, and those of its declared extensions. */
final class TypeCatalog {

    /** Types that only functions may mention; a column or domain cannot hold them. */
    static final Set<String> PSEUDO_TYPES =
            Set.of("trigger", "event_trigger", "void", "record", "anyelement", "anyarray");

    /** Column shorthands (integer plus a sequence and default), not types: they cannot be arrays or domains. */
    static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial");

    static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    private final Map<String, EnumType> enums = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();
    private final Set<String> extensionTypes = new HashSet<>();

    private TypeCatalog() {
    }

    static TypeCatalog of(Core core) {
        var catalog = new TypeCatalog();
        core.enums().forEach(e -> catalog.enums.putIfAbsent(e.name(), e));
        core.domains().forEach(d -> catalog.domains.putIfAbsent(d.name(), d));
        core.extensions().forEach(e -> catalog.extensionTypes.addAll(ExtensionCatalog.typesOf(e.name())));
        return catalog;
    }

    boolean isKnown(String name) {
        return TypeNames.isBuiltIn(name) || enums.containsKey(name) || domains.containsKey(name)
                || extensionTypes.contains(name);
    }

    SortedSet<String> knownNames() {
        var names = new TreeSet<>(TypeNames.builtInNames());
        names.addAll(enums.keySet());
        names.addAll(domains.keySet());
        names.addAll(extensionTypes);
        return names;
    }

    Domain domain(String name) {
        return domains.get(name);
    }

    static boolean isPseudo(TypeRef type) {
        return PSEUDO_TYPES.contains(TypeNames.canonicalName(type.name()));
    }

    static boolean isSerial(TypeRef type) {
        return SERIAL_TYPES.contains(TypeNames.canonicalName(type.name()));
    }

    /**
     * The type as compared by foreign keys: aliases resolved, domains replaced by their base type, serial types by
     * the integer they stand for, modifiers dropped (a varchar(10) may reference a varchar(20)), array
     * dimensions kept.
     */
    String comparable(TypeRef type) {
        var name = TypeNames.canonicalName(type.name());
        int dimensions = type.arrayDimensions();
        var seen = new HashSet<String>();
        while (domains.containsKey(name) && seen.add(name)) {
            var base = domains.get(name).baseType();
            dimensions += base.arrayDimensions();
            name = TypeNames.canonicalName(base.name());
        }
        name = switch (name) {
            case "serial" -> "integer";
            case "bigserial" -> "bigint";
            case "smallserial" -> "smallint";
            default -> name;
        };
        return name + "[]".repeat(dimensions);
    }
}
