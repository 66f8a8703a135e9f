package dev.strata.compiler.codegen;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Asked for a facade version the sources do not declare; the message lists the ones they do. */
public final class UnknownFacadeVersionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownFacadeVersionException(Model model, String facade, int version) {
        super(message(model, facade, version));
    }

    private static String message(Model model, String facade, int version) {
        Map<String, List<Integer>> versions = new TreeMap<>();
        model.facades().stream()
                .sorted(Comparator.comparingInt(Facade::version))
                .forEach(f -> versions.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.version()));
        String what = versions.containsKey(facade)
                ? "facade " + facade + " has no version " + version
                : "there is no facade named " + facade;
        if (versions.isEmpty()) {
            return what + "; the sources declare no facade";
        }
        String known = versions.entrySet().stream()
                .map(e -> e.getKey() + " (version" + (e.getValue().size() > 1 ? "s " : " ")
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return what + "; the sources declare " + known;
    }
}
