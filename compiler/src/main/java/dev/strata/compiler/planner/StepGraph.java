package dev.strata.compiler.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders draft steps by their dependencies. Edges come from the keys steps declare: a step that creates or
 * changes an object runs before the steps that use its new form; a step that drops or changes an object runs
 * after the steps that drop things depending on its old form; an object is dropped before it is created again.
 * Among steps that are free to run, the lower rank goes first, then the object name, then the order the planner
 * made them in, so the order is fully deterministic. Steps that cannot run in a transaction go last.
 */
final class StepGraph {

    private StepGraph() {
    }

    /** The steps in a valid order; throws {@link Cycle} naming the steps involved when there is none. */
    static List<Draft> order(List<Draft> drafts) {
        int n = drafts.size();
        List<Set<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            after.add(new HashSet<>());
        }
        var producers = new HashMap<String, List<Integer>>();
        var destroyers = new HashMap<String, List<Integer>>();
        var creators = new HashMap<String, List<Integer>>();
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            for (String key : d.creates) {
                producers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                creators.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : d.modifies) {
                producers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                destroyers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : d.drops) {
                destroyers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            for (String key : d.newUses) {
                for (int p : producers.getOrDefault(key, List.of())) {
                    edge(after, p, i);
                }
            }
            for (String key : d.oldUses) {
                for (int x : destroyers.getOrDefault(key, List.of())) {
                    edge(after, i, x);
                }
            }
            for (String key : d.drops) {
                for (int c : creators.getOrDefault(key, List.of())) {
                    edge(after, i, c);
                }
            }
        }
        var order = sort(drafts, after);
        boolean outside = false;
        for (Draft d : order) {
            if (!d.transactional) {
                outside = true;
            } else if (outside) {
                throw new IllegalStateException("step " + d.change + " " + d.object
                        + " needs a step that runs outside the transaction");
            }
        }
        return order;
    }

    private static void edge(List<Set<Integer>> after, int first, int second) {
        if (first != second) {
            after.get(first).add(second);
        }
    }

    private static List<Draft> sort(List<Draft> drafts, List<Set<Integer>> after) {
        int n = drafts.size();
        int[] incoming = new int[n];
        for (Set<Integer> targets : after) {
            for (int t : targets) {
                incoming[t]++;
            }
        }
        Comparator<Integer> priority = Comparator
                .comparing((Integer i) -> drafts.get(i).transactional ? 0 : 1)
                .thenComparingInt(i -> drafts.get(i).rank)
                .thenComparing(i -> drafts.get(i).object)
                .thenComparingInt(i -> i);
        var ready = new PriorityQueue<>(priority);
        for (int i = 0; i < n; i++) {
            if (incoming[i] == 0) {
                ready.add(i);
            }
        }
        var order = new ArrayList<Draft>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(drafts.get(i));
            for (int t : after.get(i)) {
                if (--incoming[t] == 0) {
                    ready.add(t);
                }
            }
        }
        if (order.size() < n) {
            var stuck = new ArrayList<String>();
            for (int i = 0; i < n; i++) {
                if (incoming[i] > 0) {
                    stuck.add(drafts.get(i).change + " " + drafts.get(i).object);
                }
            }
            throw new Cycle(stuck);
        }
        return order;
    }

    /** No order satisfies the dependencies. */
    static final class Cycle extends RuntimeException {
        final List<String> steps;

        Cycle(List<String> steps) {
            super("dependency cycle among: " + String.join(", ", steps));
            this.steps = steps;
        }
    }
}
