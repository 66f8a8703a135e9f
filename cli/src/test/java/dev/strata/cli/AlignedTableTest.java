package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psql's aligned format, cell by cell (each expectation is psql 15's output for the same rows). */
class AlignedTableTest {

    private static AlignedTable.Column text(String name) {
        return new AlignedTable.Column(name, false);
    }

    private static AlignedTable.Column number(String name) {
        return new AlignedTable.Column(name, true);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aNullInARightAlignedLastColumnIsPaddedAndATextOneIsNot() {
        assertThat(AlignedTable.render(List.of(text("x"), number("nnnn")), List.of(row("a", null), row("b", "5"))))
                .isEqualTo(" x | nnnn \n---+------\n a |     \n b |    5\n(2 rows)\n\n");
        assertThat(AlignedTable.render(List.of(number("id"), text("note")), List.of(row("1", null))))
                .isEqualTo(" id | note \n----+------\n  1 | \n(1 row)\n\n");
    }

    @Test
    void newLinesContinueACellOnTheNextLineMarkedWithAPlus() {
        assertThat(AlignedTable.render(List.of(text("a"), text("b"), text("c")),
                List.of(row("ab\ncdefg", "x", "q\nr\ns")))).isEqualTo("""
                   a   | b | c\s
                -------+---+---
                 ab   +| x | q+
                 cdefg |   | r+
                       |   | s
                (1 row)

                """);
        assertThat(AlignedTable.render(List.of(text("x"), text("y")), List.of(row("x", "a\nbbb")))).isEqualTo("""
                 x |  y \s
                ---+-----
                 x | a  +
                   | bbb
                (1 row)

                """);
        assertThat(AlignedTable.render(List.of(text("x\ny")), List.of(row("abc"))))
                .isEqualTo("  x +\n  y  \n-----\n abc\n(1 row)\n\n");
    }

    @Test
    void tabsControlCharactersAndWideCharactersTakeTheColumnsATerminalGivesThem() {
        assertThat(AlignedTable.render(List.of(text("x"), text("y")), List.of(row("\u001f\u007f", "ab\tc"))))
                .isEqualTo("    x     |     y     \n----------+-----------\n \\x1F\\x7F | ab      c\n(1 row)\n\n");
        assertThat(AlignedTable.render(List.of(number("é"), text("日本")), List.of(row("1", "ü"))))
                .isEqualTo(" é | 日本 \n---+------\n 1 | ü\n(1 row)\n\n");
        assertThat(AlignedTable.lines("a\r\nb")).containsExactly("a\\r", "b");
    }

    @Test
    void noColumnsAndNoRows() {
        assertThat(AlignedTable.render(List.of(), List.of(row()))).isEqualTo("--\n(1 row)\n\n");
        assertThat(AlignedTable.render(List.of(number("?column?")), List.of()))
                .isEqualTo(" ?column? \n----------\n(0 rows)\n\n");
    }
}
