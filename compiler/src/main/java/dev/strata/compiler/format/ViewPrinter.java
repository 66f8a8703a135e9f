package dev.strata.compiler.format;

import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;

/**
 * A view: its declared columns on the header line, or one per line when they do not fit or carry comments, then
 * keys, comment and the verbatim body; then, in braces, the indexes of a materialized view or the triggers of a
 * view, one per line.
 */
final class ViewPrinter {

    private final Output out;

    ViewPrinter(Output out) {
        this.out = out;
    }

    void print(View view, int depth) {
        var head = (view.materialized() ? "materialized view " : "view ") + StrataNames.name(view.name());
        var tail = new StringBuilder();
        for (var key : view.keys()) {
            tail.append(" key ").append(ConstraintText.columnList(key));
        }
        if (view.comment() != null) {
            tail.append(" comment ").append(Literals.string(view.comment()));
        }
        tail.append(" as ");
        var body = Literals.dollarBody(view.body());
        var columns = new ArrayList<String>();
        view.columns().forEach(column -> columns.add(column(column, 0)));
        var header = head + " (" + String.join(", ", columns) + ")";
        out.leadingComments(depth, view);
        boolean parts = !view.indexes().isEmpty() || !view.triggers().isEmpty();
        if (parts) {
            body += " {";
        }
        if (Layout.fits(depth, header + tail + "$$") && !hasInnerComments(view)) {
            if (!parts) {
                out.line(depth, header + tail + body, view);
                return;
            }
            out.line(depth, header + tail + body);
            printParts(view, depth);
            return;
        }
        out.line(depth, head + " (");
        int nameWidth = 0;
        for (var column : view.columns()) {
            nameWidth = Math.max(nameWidth, Layout.width(StrataNames.name(column.name())));
        }
        for (int i = 0; i < view.columns().size(); i++) {
            var column = view.columns().get(i);
            var comma = i < view.columns().size() - 1 ? "," : "";
            out.node(depth + 1, column(column, nameWidth + 2) + comma, column);
        }
        if (!parts) {
            out.endComments(depth + 1, view);
            out.line(depth, ")" + tail + body, view);
            return;
        }
        out.line(depth, ")" + tail + body);
        printParts(view, depth);
    }

    /** The indexes and triggers in braces after the body; comments after the last of them before the brace. */
    private void printParts(View view, int depth) {
        view.indexes().forEach(index -> out.node(depth + 1, TablePrinter.index(index), index));
        view.triggers().forEach(trigger -> out.node(depth + 1, TablePrinter.trigger(trigger), trigger));
        out.endComments(depth + 1, view);
        out.line(depth, "}", view);
    }

    private boolean hasInnerComments(View view) {
        if (view.indexes().isEmpty() && view.triggers().isEmpty() && out.hasEndComments(view)) {
            return true;
        }
        for (var column : view.columns()) {
            if (out.hasComments(column)) {
                return true;
            }
        }
        return false;
    }

    private static String column(ViewColumn column, int nameWidth) {
        var text = new StringBuilder(StrataNames.name(column.name()));
        Layout.pad(text, nameWidth - 1);
        text.append(' ').append(TypePrinter.print(column.type()));
        if (column.notNull()) {
            text.append(" not null");
        }
        if (column.defaultExpr() != null) {
            text.append(" default ").append(column.defaultExpr());
        }
        return text.toString();
    }
}
