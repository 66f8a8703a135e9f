package dev.strata.compiler.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types and index methods that well-known extensions add. A schema may use them once it declares the extension;
 * when it does not, the hint names the extension to declare.
 */
final class ExtensionCatalog {

    private static final Map<String, List<String>> TYPES = Map.of(
            "hstore", List.of("hstore"),
            "ltree", List.of("ltree", "lquery", "ltxtquery"),
            "postgis", List.of("geometry", "geography", "box2d", "box3d"),
            "vector", List.of("vector", "halfvec", "sparsevec"),
            "cube", List.of("cube"),
            "seg", List.of("seg"),
            "isn", List.of("isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "ean13", "upc"),
            "intarray", List.of("query_int"));

    private static final Map<String, List<String>> INDEX_METHODS = Map.of(
            "bloom", List.of("bloom"),
            "vector", List.of("ivfflat", "hnsw"));

    private ExtensionCatalog() {
    }

    static List<String> typesOf(String extension) {
        return TYPES.getOrDefault(extension, List.of());
    }

    static List<String> indexMethodsOf(String extension) {
        return INDEX_METHODS.getOrDefault(extension, List.of());
    }

    static Optional<String> extensionForType(String type) {
        return find(TYPES, type);
    }

    static Optional<String> extensionForIndexMethod(String method) {
        return find(INDEX_METHODS, method);
    }

    private static Optional<String> find(Map<String, List<String>> catalog, String name) {
        return catalog.entrySet().stream()
                .filter(e -> e.getValue().contains(name))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
