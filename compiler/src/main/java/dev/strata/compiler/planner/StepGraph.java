package dev.strata.compiler.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders draft steps by their dependencies. Edges come from the keys steps declare: a step that creates or
 * changes an object runs before the steps that use its new form; a step that drops or changes an object runs
 * after the steps that drop things depending on its old form; an object is dropped before it is created again.
 * Among steps that are free to run, the lower rank goes first, then the object name, then the order the planner
 * made them in, so the order is fully deterministic. Steps that cannot run in a transaction go after those that can;
 * a transactional step that needs one of them (the switch of an online change, after its backfill) comes after it
 * and runs in a later transaction (plan.json's order is the order the runtime runs the steps in).
 */
final class StepGraph {

    private StepGraph() {
    }

    /** The steps in a valid order; throws {@link Cycle} naming the steps involved when there is none. */
    static List<Draft> order(List<Draft> drafts) {
        List<Set<Integer>> after = edges(drafts, FORWARD);
        return sort(drafts, after);
    }

    /**
     * Moves steps that may run either way ({@link Draft#inTransaction}) back into the transaction while a step of the
     * transaction depends on them, directly or through others: the transaction runs first, so it cannot wait for
     * them. Repeats until no more move (a step moved in makes the steps before it wanted inside too).
     */
    static void keepNeededInside(List<Draft> drafts) {
        boolean moved = true;
        while (moved) {
            moved = false;
            List<Set<Integer>> after = edges(drafts, FORWARD);
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.transactional || d.inTransaction == null || !transactionalFollower(drafts, after, i)) {
                    continue;
                }
                d.inTransaction.run();
                d.inTransaction = null;
                moved = true;
            }
        }
    }

    private static boolean transactionalFollower(List<Draft> drafts, List<Set<Integer>> after, int start) {
        var seen = new HashSet<Integer>();
        var todo = new ArrayList<>(after.get(start));
        while (!todo.isEmpty()) {
            int i = todo.remove(todo.size() - 1);
            if (!seen.add(i)) {
                continue;
            }
            if (drafts.get(i).transactional) {
                return true;
            }
            todo.addAll(after.get(i));
        }
        return false;
    }

    /**
     * The order of the way back, from the same graph: the reverse of a step creates what the step dropped, drops
     * what it created, and needs the old forms the step used. So the reverse of a rename comes before the reverse
     * of a routine whose old body reads the old name, and a view comes back before the functions that read it.
     * Among reverses free to run, the later step's goes first (plain reverse order when nothing depends). Returns
     * positions into {@code ordered}; null when the reverses depend on each other in a cycle (then the plain
     * reverse order is the way back).
     */
    static List<Integer> reverseOrder(List<Draft> ordered) {
        int n = ordered.size();
        List<Set<Integer>> after = edges(ordered, BACKWARD);
        int[] incoming = new int[n];
        for (Set<Integer> targets : after) {
            for (int t : targets) {
                incoming[t]++;
            }
        }
        var ready = new PriorityQueue<Integer>(Comparator.reverseOrder());
        for (int i = 0; i < n; i++) {
            if (incoming[i] == 0) {
                ready.add(i);
            }
        }
        var order = new ArrayList<Integer>();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(i);
            for (int t : after.get(i)) {
                if (--incoming[t] == 0) {
                    ready.add(t);
                }
            }
        }
        return order.size() == n ? order : null;
    }

    /**
     * What a step (or its reverse) does in the graph: the objects it makes exist, changes, removes; the objects its
     * SQL needs in their new form; the objects whose removal must wait for it.
     */
    private record Roles(Function<Draft, Set<String>> creates, Function<Draft, Set<String>> modifies,
                         Function<Draft, Set<String>> drops, Function<Draft, Set<String>> needs,
                         Function<Draft, Set<String>> holds) {
    }

    private static final Roles FORWARD = new Roles(d -> d.creates, d -> d.modifies, d -> d.drops, d -> d.newUses,
            d -> d.oldUses);

    /** The reverse of a step creates what the step dropped, drops what it created and needs its old forms. */
    private static final Roles BACKWARD = new Roles(d -> d.drops, d -> d.modifies, d -> d.creates, d -> {
        var needs = new java.util.LinkedHashSet<>(d.oldUses);
        needs.addAll(d.reverseUses);
        return needs;
    }, d -> d.replacesInPlace ? Set.of() : d.newUses);

    /** {@code after.get(i)}: the steps that must come after step {@code i}. */
    private static List<Set<Integer>> edges(List<Draft> drafts, Roles roles) {
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
            for (String key : roles.creates().apply(d)) {
                producers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                creators.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : roles.modifies().apply(d)) {
                producers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                destroyers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : roles.drops().apply(d)) {
                destroyers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            for (String key : roles.needs().apply(d)) {
                for (int p : producers.getOrDefault(key, List.of())) {
                    edge(after, p, i);
                }
            }
            for (String key : roles.holds().apply(d)) {
                for (int x : destroyers.getOrDefault(key, List.of())) {
                    edge(after, i, x);
                }
            }
            for (String key : roles.drops().apply(d)) {
                for (int c : creators.getOrDefault(key, List.of())) {
                    edge(after, i, c);
                }
            }
        }
        return after;
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
