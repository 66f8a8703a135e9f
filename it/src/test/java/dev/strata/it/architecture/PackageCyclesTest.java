package dev.strata.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Packages point one way, like modules: no two packages of Strata's main code depend on each other, directly or
 * through others. A dependency is an import of, or a qualified reference to, a class of another Strata package.
 */
class PackageCyclesTest {

    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.strata(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = graph();
        assertThat(graph).containsKeys("dev.strata.engine", "dev.strata.engine.apply", "dev.strata.plan");

        List<Set<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();

        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));

        assertThat(stronglyConnected(graph)).contains(new TreeSet<>(Set.of("a", "b", "c")));
    }

    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (var file : SourceTree.mainSources()) {
            Set<String> uses = graph.computeIfAbsent(file.packageName(), k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(file.text());
            while (reference.find()) {
                String target = reference.group(1);
                if (!target.equals(file.packageName())) {
                    uses.add(target);
                }
            }
        }
        return graph;
    }

    /** Tarjan's algorithm: the strongly connected components of {@code graph}. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        var state = new Object() {
            int counter;
            final Map<String, Integer> index = new HashMap<>();
            final Map<String, Integer> low = new HashMap<>();
            final List<String> stack = new ArrayList<>();
            final Set<String> onStack = new java.util.HashSet<>();
            final List<Set<String>> components = new ArrayList<>();

            void visit(String node) {
                index.put(node, counter);
                low.put(node, counter++);
                stack.add(node);
                onStack.add(node);
                for (String next : graph.getOrDefault(node, Set.of())) {
                    if (!index.containsKey(next)) {
                        visit(next);
                        low.put(node, Math.min(low.get(node), low.get(next)));
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.remove(stack.size() - 1);
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        };
        for (String node : graph.keySet()) {
            if (!state.index.containsKey(node)) {
                state.visit(node);
            }
        }
        return state.components;
    }
}
