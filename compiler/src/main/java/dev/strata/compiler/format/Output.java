package dev.strata.compiler.format;

import dev.strata.compiler.model.SourceComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text being printed, line by line, with the comments placed on each node written around it. Counts the
 * comments it writes, so a comment the layout forgot is an error rather than a silent loss.
 */
final class Output {

    private static final String INDENT = "  ";

    private final StringBuilder text;
    private final CommentPlacement comments;
    private int written;

    Output(CommentPlacement comments, int expectedSize) {
        this.comments = comments;
        this.text = new StringBuilder(expectedSize);
    }

    /** Comments leading any of the nodes, in source order, each on its own line. */
    void leadingComments(int depth, Object... nodes) {
        for (var comment : sorted(nodes, true)) {
            indent(depth);
            text.append(commentText(comment)).append('\n');
            written++;
        }
    }

    /** One line, followed by the comments trailing any of the nodes. */
    void line(int depth, String content, Object... trailingOf) {
        var trailing = sorted(trailingOf, false);
        int lastLineComment = -1;
        for (int i = 0; i < trailing.size(); i++) {
            if (isLineComment(trailing.get(i))) {
                lastLineComment = i;
            }
        }
        // Only one "--" comment fits at the end of a line, and only last; any other goes on its own line above.
        for (int i = 0; i < lastLineComment; i++) {
            if (isLineComment(trailing.get(i))) {
                indent(depth);
                text.append(commentText(trailing.get(i))).append('\n');
                written++;
            }
        }
        indent(depth);
        text.append(content);
        for (var comment : trailing) {
            if (!isLineComment(comment)) {
                text.append(' ').append(commentText(comment));
                written++;
            }
        }
        if (lastLineComment >= 0) {
            text.append(' ').append(commentText(trailing.get(lastLineComment)));
            written++;
        }
        text.append('\n');
    }

    /** A node on one line: its leading comments, then the line with its trailing comments. */
    void node(int depth, String content, Object node) {
        leadingComments(depth, node);
        line(depth, content, node);
    }

    /** The comments that come after a container's last child. */
    void endComments(int depth, Object container) {
        for (var comment : comments.atEnd(container)) {
            indent(depth);
            text.append(commentText(comment)).append('\n');
            written++;
        }
    }

    /** An empty line, unless the text is empty or already ends with one. */
    void blankLine() {
        int length = text.length();
        if (length == 0 || (length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n')) {
            return;
        }
        text.append('\n');
    }

    int commentsWritten() {
        return written;
    }

    boolean hasComments(Object node) {
        return comments.hasAny(node);
    }

    boolean hasEndComments(Object container) {
        return !comments.atEnd(container).isEmpty();
    }

    String text() {
        return text.toString();
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            text.append(INDENT);
        }
    }

    private List<SourceComment> sorted(Object[] nodes, boolean leading) {
        if (comments.isEmpty()) {
            return List.of();
        }
        if (nodes.length == 1) {
            return leading ? comments.leading(nodes[0]) : comments.trailing(nodes[0]);
        }
        var all = new ArrayList<SourceComment>();
        for (var node : nodes) {
            all.addAll(leading ? comments.leading(node) : comments.trailing(node));
        }
        all.sort(Comparator.comparingInt(c -> c.span().start()));
        return all;
    }

    private static boolean isLineComment(SourceComment comment) {
        return comment.text().startsWith("--");
    }

    /** Line comments lose trailing blanks; block comments stay byte for byte. */
    private static String commentText(SourceComment comment) {
        var value = comment.text();
        if (!isLineComment(comment)) {
            return value;
        }
        int end = value.length();
        while (end > 0 && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
