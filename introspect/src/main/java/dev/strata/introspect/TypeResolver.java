package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.TypeRef;
import dev.strata.engine.catalog.TypeQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a type oid (and {@code format_type}'s text, which carries the modifiers) into a {@link TypeRef}: built-in
 * types by their SQL name ({@code character varying} with modifiers {@code ["32"]}, {@code timestamp with time
 * zone} with {@code ["3"]}), core enums, domains and table row types by their real name, arrays with their
 * dimensions. Anything the language cannot write down comes back as a problem instead.
 */
final class TypeResolver {

    /** {@code name words(1,2) more words}: the modifiers sit after the first words, before an optional suffix. */
    private static final Pattern BUILT_IN = Pattern.compile("([a-z][a-z0-9_ ]*?)(?:\\(([0-9, ]+)\\))?((?: [a-z ]+)?)");

    /** A resolved type, or why it cannot be expressed. */
    record Resolved(TypeRef type, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final Map<Long, TypeQuery.Row> types;
    private final String coreSchema;
    private final Set<Long> excluded = new HashSet<>();
    /** Thousands of columns share a handful of types: resolve each combination once. */
    private final Map<String, Resolved> resolved = new java.util.HashMap<>();

    TypeResolver(Map<Long, TypeQuery.Row> types, String coreSchema) {
        this.types = types;
        this.coreSchema = coreSchema;
    }

    /** A core type that was left out of the model: whatever uses it cannot be imported either. */
    void exclude(long oid) {
        excluded.add(oid);
        resolved.clear();
    }

    TypeQuery.Row row(long oid) {
        return types.get(oid);
    }

    /** A routine argument or result: no modifiers in PostgreSQL. */
    Resolved resolve(long oid) {
        var row = types.get(oid);
        return row == null ? problem("type " + oid + " is unknown") : resolve(oid, row.formatted(), 0);
    }

    /**
     * A column or domain type: {@code formatted} is {@code format_type(oid, typmod)}, or null when the type has no
     * modifiers; {@code declaredDimensions} the declared array dimensions (0 when unknown, which means one for an
     * array).
     */
    Resolved resolve(long oid, String formatted, int declaredDimensions) {
        return resolved.computeIfAbsent(oid + "|" + declaredDimensions + "|" + formatted,
                k -> resolveOnce(oid, formatted, declaredDimensions));
    }

    private Resolved resolveOnce(long oid, String formatted, int declaredDimensions) {
        var row = types.get(oid);
        if (row == null) {
            return problem("type " + oid + " is unknown");
        }
        var element = row;
        int dimensions = 0;
        String text = formatted;
        if (isArray(row)) {
            element = types.get(row.element());
            dimensions = Math.max(1, declaredDimensions);
            text = text != null && text.endsWith("[]") ? text.substring(0, text.length() - 2) : text;
        }
        if (text == null) {
            text = element.formatted();
        }
        if (element.schema().equals("pg_catalog")) {
            return builtIn(element, text, dimensions);
        }
        if (!element.schema().equals(coreSchema)) {
            return problem("type " + element.schema() + "." + element.name() + " is outside the core schema");
        }
        return core(element, text, dimensions);
    }

    private boolean isArray(TypeQuery.Row row) {
        if (!"A".equals(row.category()) || row.element() == 0) {
            return false;
        }
        var element = types.get(row.element());
        return element != null && element.arrayType() == row.oid();
    }

    private Resolved builtIn(TypeQuery.Row element, String text, int dimensions) {
        if (text == null) {
            return problem("type " + element.name() + " cannot be written in Strata");
        }
        var match = BUILT_IN.matcher(text);
        if (!match.matches()) {
            return problem("type " + text + " cannot be written in Strata");
        }
        String name = match.group(1) + match.group(3);
        if (!name.equals(element.formatted())) {
            // e.g. interval year to month: fields the grammar has no place for
            return problem("type " + text + " cannot be written in Strata");
        }
        return ok(name, modifiers(match.group(2)), dimensions);
    }

    private Resolved core(TypeQuery.Row element, String text, int dimensions) {
        if (excluded.contains(element.oid())) {
            return problem("type " + element.name() + " is not imported");
        }
        String kind = element.kind();
        boolean rowType = kind.equals("c") && List.of("r", "p", "v", "m", "f").contains(element.relkind());
        boolean declared = kind.equals("e") || kind.equals("d") || rowType;
        if (!declared && !element.extensionMember()) {
            return problem(kindInWords(element) + " " + element.name() + " cannot be declared in Strata");
        }
        List<String> modifiers = List.of();
        int open = text == null ? -1 : text.indexOf('(');
        if (open >= 0 && text.endsWith(")")) {
            modifiers = modifiers(text.substring(open + 1, text.length() - 1));
            // an extension's type may print words among its modifiers (PostGIS: geometry(Point,4326)); kept as
            // printed, they are written quoted when not lower case, so the name comes back exactly
            if (modifiers.stream().anyMatch(m -> !m.matches("-?[0-9]+") && (!element.extensionMember()
                    || !m.matches("[A-Za-z_][A-Za-z0-9_]*")))) {
                return problem("type " + text + " has modifiers Strata cannot write");
            }
        }
        return ok(element.name(), modifiers, dimensions);
    }

    static String kindInWords(TypeQuery.Row type) {
        switch (type.kind()) {
            case "c":
                return "composite type";
            case "r":
                return "range type";
            case "m":
                return "multirange type";
            case "p":
                return "pseudo-type";
            case "b":
                return "base type";
            default:
                return "type";
        }
    }

    private static List<String> modifiers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var values = new ArrayList<String>();
        for (String part : text.split(",")) {
            values.add(part.strip());
        }
        return values;
    }

    private static Resolved ok(String name, List<String> modifiers, int dimensions) {
        return new Resolved(new TypeRef(name, modifiers, dimensions, Span.NONE), null);
    }

    private static Resolved problem(String problem) {
        return new Resolved(null, problem);
    }
}
