package dev.strata.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows printed as psql prints them by default (aligned format, border 1): a header of column names centred over
 * their columns, a rule, one line per row with {@code  | } between cells, numbers right-aligned, a null as an empty
 * cell, and a {@code (N rows)} footer followed by an empty line. A value with new lines takes several lines, each
 * but the last marked {@code +}; a tab moves to the next multiple of eight, other control characters show as
 * {@code \r} or {@code \xNN}, and East Asian wide characters count two columns.
 */
final class AlignedTable {

    /** A column: its name and whether psql right-aligns its type. */
    record Column(String name, boolean rightAligned) {
    }

    /** The types psql right-aligns, as JDBC names them ({@code serial} is how pgjdbc names an int4 identity). */
    static final Set<String> NUMERIC_TYPES = Set.of("int2", "int4", "int8", "float4", "float8", "numeric", "oid",
            "xid", "xid8", "cid", "money", "serial", "bigserial", "smallserial");

    private AlignedTable() {
    }

    /** The table of {@code rows} (each a list of cells, a null cell for SQL null) under {@code columns}. */
    static String render(List<Column> columns, List<List<String>> rows) {
        String footer = "(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)") + "\n\n";
        if (columns.isEmpty()) {
            return "--\n" + footer;
        }
        List<List<String>> header = columns.stream().map(c -> lines(c.name())).toList();
        List<List<List<String>>> body = rows.stream().map(row -> row.stream().map(AlignedTable::lines).toList())
                .toList();
        int[] widths = new int[columns.size()];
        widen(widths, header);
        body.forEach(row -> widen(widths, row));

        StringBuilder out = new StringBuilder();
        line(out, columns, widths, header, true);
        for (int j = 0; j < widths.length; j++) {
            out.append(j == 0 ? "" : "+").append("-".repeat(widths[j] + 2));
        }
        out.append('\n');
        body.forEach(row -> line(out, columns, widths, row, false));
        return out.append(footer).toString();
    }

    private static void widen(int[] widths, List<List<String>> cells) {
        for (int j = 0; j < widths.length; j++) {
            for (String text : cells.get(j)) {
                widths[j] = Math.max(widths[j], width(text));
            }
        }
    }

    /** One row, as many lines as its tallest cell. */
    private static void line(StringBuilder out, List<Column> columns, int[] widths, List<List<String>> cells,
                             boolean header) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        int last = cells.size() - 1;
        for (int k = 0; k < height; k++) {
            out.append(' ');
            for (int j = 0; j <= last; j++) {
                List<String> cell = cells.get(j);
                boolean more = k < cell.size() - 1;
                out.append(cell(k < cell.size() ? cell.get(k) : null, widths[j], columns.get(j).rightAligned(),
                        header, j == last, more));
                if (j < last) {
                    out.append(more ? '+' : ' ').append("| ");
                } else if (more) {
                    out.append('+');
                } else if (header) {
                    out.append(' ');
                }
            }
            out.append('\n');
        }
    }

    /**
     * One line of a cell, padded as psql pads it: a header centred; a number to the right; other text to the left,
     * except in the last column, which is not padded unless a {@code +} follows. {@code text} is null below the
     * last line of a cell.
     */
    private static String cell(String text, int width, boolean right, boolean header, boolean last, boolean more) {
        if (text == null) {
            return header || !last ? " ".repeat(width) : "";
        }
        int pad = width - width(text);
        if (header) {
            return " ".repeat(pad / 2) + text + " ".repeat(pad - pad / 2);
        }
        if (right) {
            return " ".repeat(pad) + text;
        }
        return !last || more ? text + " ".repeat(pad) : text;
    }

    /** The lines a value shows as: split at new lines, tabs expanded, other control characters escaped. */
    static List<String> lines(String value) {
        List<String> lines = new ArrayList<>();
        if (value == null) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                column = 0;
            } else if (c == '\t') {
                int spaces = 8 - column % 8;
                line.append(" ".repeat(spaces));
                column += spaces;
            } else if (c == '\r') {
                line.append("\\r");
                column += 2;
            } else if (c < 0x20 || c == 0x7f) {
                line.append(String.format("\\x%02X", c));
                column += 4;
            } else {
                line.appendCodePoint(c);
                column += columns(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** How many columns {@code text} takes on a terminal. */
    static int width(String text) {
        return text.codePoints().map(AlignedTable::columns).sum();
    }

    /** Two for East Asian wide and full-width characters, none for combining marks, else one. */
    private static int columns(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == 0x200B) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
