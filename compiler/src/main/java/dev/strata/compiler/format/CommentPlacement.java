package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for every comment of a file, which node it belongs to, so the printer can put it back there.
 *
 * <p>A comment belongs to the innermost container holding it (the file, a block, a table, a view). Inside it:
 * a comment on the same line just after a child trails that child; a comment within a child's text (between a
 * column's options, say) leads that child; any other comment leads the next child; a comment after the last
 * child goes at the end of the container (before its closing brace). Nodes are keyed by identity, because equal
 * nodes in different places are different anchors.
 */
final class CommentPlacement {

    private final Map<Object, List<SourceComment>> leading = new IdentityHashMap<>();
    private final Map<Object, List<SourceComment>> trailing = new IdentityHashMap<>();
    private final Map<Object, List<SourceComment>> atEnd = new IdentityHashMap<>();
    private final Map<Object, List<Anchor>> childrenCache = new IdentityHashMap<>();
    private final Map<Object, List<String>> embeddedCache = new IdentityHashMap<>();
    private int embedded;

    private CommentPlacement() {
    }

    static CommentPlacement of(SourceUnit unit) {
        var placement = new CommentPlacement();
        var comments = new ArrayList<>(unit.comments());
        comments.sort(Comparator.comparingInt(c -> c.span().start()));
        for (var comment : comments) {
            placement.place(unit, comment);
        }
        return placement;
    }

    List<SourceComment> leading(Object node) {
        return leading.getOrDefault(node, List.of());
    }

    List<SourceComment> trailing(Object node) {
        return trailing.getOrDefault(node, List.of());
    }

    /** Comments after the last child of a container: before its closing brace, or at the end of the file. */
    List<SourceComment> atEnd(Object container) {
        return atEnd.getOrDefault(container, List.of());
    }

    /** Whether no comment is placed anywhere (the common case for schemas built in code). */
    boolean isEmpty() {
        return leading.isEmpty() && trailing.isEmpty() && atEnd.isEmpty();
    }

    /** How many comments are part of verbatim SQL, and so are printed with it rather than placed. */
    int embeddedCount() {
        return embedded;
    }

    boolean hasAny(Object node) {
        return leading.containsKey(node) || trailing.containsKey(node);
    }

    private void place(SourceUnit unit, SourceComment comment) {
        Object container = unit;
        var span = comment.span();
        while (true) {
            var children = children(container);
            int next = firstStartingAtOrAfter(children, span.start());
            var previous = next > 0 ? children.get(next - 1) : null;
            if (previous != null && previous.span.end() >= span.end()) {
                if (isContainer(previous.node)) {
                    container = previous.node;
                    continue;
                }
                if (!isEmbedded(previous.node, container, comment)) {
                    add(leading, previous.node, comment);
                }
                return;
            }
            if (previous != null && previous.span.endLine() == span.line()) {
                add(trailing, previous.node, comment);
            } else if (next < children.size()) {
                add(leading, children.get(next).node, comment);
            } else {
                add(atEnd, container, comment);
            }
            return;
        }
    }

    /**
     * Whether a comment written inside a node is part of that node's verbatim SQL. Counts matching texts, so of
     * two identical comments, one in the SQL and one between options, exactly one is placed.
     */
    private boolean isEmbedded(Object node, Object container, SourceComment comment) {
        var texts = embeddedCache.computeIfAbsent(node, n -> embeddedComments(n, container));
        if (!texts.remove(comment.text())) {
            return false;
        }
        embedded++;
        return true;
    }

    private static List<String> embeddedComments(Object node, Object container) {
        var found = new ArrayList<String>();
        for (var sql : VerbatimSql.of(node, container)) {
            EmbeddedComments.collect(sql, found);
        }
        return found;
    }

    private static int firstStartingAtOrAfter(List<Anchor> children, int offset) {
        int low = 0;
        int high = children.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (children.get(middle).span.start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void add(Map<Object, List<SourceComment>> map, Object node, SourceComment comment) {
        map.computeIfAbsent(node, n -> new ArrayList<>()).add(comment);
    }

    private static boolean isContainer(Object node) {
        return node instanceof CoreBlock || node instanceof Facade || node instanceof Table || node instanceof View;
    }

    /** The container's children with known spans, in source order, leaving out those nested in another child. */
    private List<Anchor> children(Object container) {
        var cached = childrenCache.get(container);
        if (cached != null) {
            return cached;
        }
        var all = new ArrayList<Anchor>();
        collectChildren(container, all);
        all.removeIf(anchor -> !isUsable(anchor.span));
        all.sort(Comparator.comparingInt((Anchor a) -> a.span.start()).thenComparingInt(a -> -a.span.end()));
        var outermost = new ArrayList<Anchor>();
        for (var anchor : all) {
            var last = outermost.isEmpty() ? null : outermost.get(outermost.size() - 1);
            if (last == null || anchor.span.start() >= last.span.end()) {
                outermost.add(anchor);
            }
        }
        childrenCache.put(container, outermost);
        return outermost;
    }

    private static void collectChildren(Object container, List<Anchor> out) {
        if (container instanceof SourceUnit unit) {
            unit.blocks().forEach(b -> out.add(new Anchor(b, spanOf(b))));
        } else if (container instanceof CoreBlock core) {
            core.declarations().forEach(d -> out.add(new Anchor(d, d.span())));
        } else if (container instanceof Facade facade) {
            facade.views().forEach(v -> out.add(new Anchor(v, v.span())));
            facade.routines().forEach(r -> out.add(new Anchor(r, r.span())));
            facade.grants().forEach(g -> out.add(new Anchor(g, g.span())));
        } else if (container instanceof Table table) {
            Inheritance.own(table).forEach(c -> out.add(new Anchor(c, c.span())));
            if (table.primaryKey() != null) {
                out.add(new Anchor(table.primaryKey(), table.primaryKey().span()));
            }
            table.uniques().forEach(u -> out.add(new Anchor(u, u.span())));
            table.checks().forEach(c -> out.add(new Anchor(c, c.span())));
            table.foreignKeys().forEach(f -> out.add(new Anchor(f, f.span())));
            table.exclusions().forEach(x -> out.add(new Anchor(x, x.span())));
            table.indexes().forEach(i -> out.add(new Anchor(i, i.span())));
            table.triggers().forEach(t -> out.add(new Anchor(t, t.span())));
            table.rowSecurity().forEach(r -> out.add(new Anchor(r, r.span())));
            table.policies().forEach(p -> out.add(new Anchor(p, p.span())));
        } else if (container instanceof View view) {
            view.columns().forEach(c -> out.add(new Anchor(c, c.span())));
            view.indexes().forEach(i -> out.add(new Anchor(i, i.span())));
            view.triggers().forEach(t -> out.add(new Anchor(t, t.span())));
        }
    }

    private static Span spanOf(Object block) {
        return block instanceof CoreBlock core ? core.span() : ((Facade) block).span();
    }

    private static boolean isUsable(Span span) {
        return span != null && span.isKnown() && span.start() >= 0 && span.end() >= span.start();
    }

    private record Anchor(Object node, Span span) {
    }
}
