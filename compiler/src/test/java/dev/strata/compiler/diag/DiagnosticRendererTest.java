package dev.strata.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.parse.StrataParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {

    private static final String FILE = "schema/shop.strata";
    private static final String SOURCE = """
            core {
              table customer {
                email {
              }
            }
            """;

    private static Span at(int line, int column, int endColumn) {
        return new Span(FILE, line, column, line, endColumn, -1, -1);
    }

    @Test
    void rendersLocationSeverityCodeMessageLineCaretAndHint() {
        var d = Diagnostic.error("S0101", at(3, 11, 12), "expected a column type, found '{'", "write a type");
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, SOURCE), false)).isEqualTo("""
                schema/shop.strata:3:11: error[S0101]: expected a column type, found '{'
                    3 |     email {
                      |           ^
                hint: write a type

                1 error
                """);
    }

    @Test
    void rendersNotesWithTheirOwnLineAndCaretAndSeveralCaretsForAWideSpan() {
        var d = Diagnostic.warning("S1999", at(2, 3, 17), "a table without a primary key", null)
                .withNote(at(3, 5, 10), "this column could be one");
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, SOURCE), false)).isEqualTo("""
                schema/shop.strata:2:3: warning[S1999]: a table without a primary key
                    2 |   table customer {
                      |   ^^^^^^^^^^^^^^
                note: schema/shop.strata:3:5: this column could be one
                    3 |     email {
                      |     ^^^^^

                1 warning
                """);
    }

    @Test
    void aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        var d = Diagnostic.error("S0101", new Span(FILE, 2, 9, 4, 4, -1, -1), "spans lines", null);
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, SOURCE), false)).isEqualTo("""
                schema/shop.strata:2:9: error[S0101]: spans lines
                    2 |   table customer {
                      |         ^^^^^^^^^^

                1 error
                """);
    }

    @Test
    void tabsAreExpandedSoTheCaretStaysUnderItsCharacter() {
        var source = "core {\n\ttable t {\n\t\ta\tint x\n\t}\n}\n";
        var d = Diagnostic.error("S0101", at(3, 9, 10), "expected something else, found 'x'", null);
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, source), false)).isEqualTo("""
                schema/shop.strata:3:9: error[S0101]: expected something else, found 'x'
                    3 |         a   int x
                      |                 ^

                1 error
                """);
    }

    @Test
    void wideAndAstralCharactersBeforeTheCaretAreCountedByTheirWidth() {
        var source = "-- 日本 🙂 x\n";
        var d = Diagnostic.error("S0101", at(1, 10, 11), "here", null);
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, source), false)).isEqualTo("""
                schema/shop.strata:1:10: error[S0101]: here
                    1 | -- 日本 🙂 x
                      |            ^

                1 error
                """);
    }

    @Test
    void aLongLineIsShownAroundTheCaret() {
        var source = "core { table t { a int check (" + "a + ".repeat(60) + "b) x } }\n";
        int column = source.indexOf(" x ") + 2;
        var d = Diagnostic.error("S0101", at(1, column, column + 1), "here", null);
        var lines = DiagnosticRenderer.render(List.of(d), Map.of(FILE, source), false).split("\n");
        assertThat(lines[1]).startsWith("    1 | …").endsWith("b) x } }");
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf(" x ") + 1);
        assertThat(lines[1].length()).isLessThanOrEqualTo(8 + DiagnosticRenderer.MAX_LINE_WIDTH + 2);
    }

    @Test
    void withoutAPositionOrSourceOnlyTheHeaderIsShown() {
        var missing = Diagnostic.error("S0001", Span.of("nowhere", 0, 0), "directory 'nowhere' does not exist", null);
        var unread = Diagnostic.error("S0007", Span.of("schema/bad.strata", 3, 4), "file is not valid UTF-8", "fix");
        assertThat(DiagnosticRenderer.render(List.of(missing, unread), Map.of(), false)).isEqualTo("""
                nowhere: error[S0001]: directory 'nowhere' does not exist

                schema/bad.strata:3:4: error[S0007]: file is not valid UTF-8
                hint: fix

                2 errors
                """);
    }

    @Test
    void theGutterGrowsWithLargeLineNumbers() {
        var source = "x\n".repeat(123_455) + "core }\n";
        var d = Diagnostic.error("S0101", at(123_456, 6, 7), "unexpected '}'", null);
        assertThat(DiagnosticRenderer.render(List.of(d), Map.of(FILE, source), false)).isEqualTo("""
                schema/shop.strata:123456:6: error[S0101]: unexpected '}'
                123456 | core }
                       |      ^

                1 error
                """);
    }

    @Test
    void colourOnlyWhenAskedFor() {
        var d = Diagnostic.error("S0101", at(3, 11, 12), "expected a column type", "write a type");
        var plain = DiagnosticRenderer.render(List.of(d), Map.of(FILE, SOURCE), false);
        var coloured = DiagnosticRenderer.render(List.of(d), Map.of(FILE, SOURCE), true);
        assertThat(plain).doesNotContain("\u001B[");
        assertThat(coloured).contains("\u001B[1m\u001B[31merror[S0101]\u001B[0m")
                .contains("\u001B[1m\u001B[36mhint\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void summaryCountsErrorsAndWarnings() {
        var e = Diagnostic.error("S0101", at(1, 1, 2), "e", null);
        var w = Diagnostic.warning("S0009", at(1, 1, 2), "w", null);
        assertThat(DiagnosticRenderer.summary(List.of(e, e, w))).isEqualTo("2 errors, 1 warning");
        assertThat(DiagnosticRenderer.summary(List.of(w, w))).isEqualTo("2 warnings");
        assertThat(DiagnosticRenderer.summary(List.of(e))).isEqualTo("1 error");
        assertThat(DiagnosticRenderer.summary(List.of())).isEqualTo("no problems");
        assertThat(DiagnosticRenderer.render(List.of(), Map.of(), false)).isEmpty();
    }

    @Test
    void aFileWithHundredsOfErrorsIsCappedWithACount() {
        var columns = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            columns.append("    c").append(i).append(" int not null not null\n");
        }
        var source = "core {\n  table t {\n" + columns + "  }\n}\n";
        var diagnostics = new StrataParser().parse(FILE, source).diagnostics();
        assertThat(diagnostics).hasSize(300);

        var rendered = DiagnosticRenderer.render(diagnostics, Map.of(FILE, source), false);

        assertThat(rendered.lines().filter(l -> l.contains(": error[S0202]")).count()).isEqualTo(50);
        assertThat(rendered).endsWith("… and 250 more errors\n\n300 errors\n");
        assertThat(rendered).contains("schema/shop.strata:52:22: error[S0202]: column 'c49' has 'not null' twice")
                .doesNotContain("column 'c50'");
    }

    @Test
    void theCountOfTheRestNamesBothSeveritiesWhenMixed() {
        var list = new ArrayList<Diagnostic>();
        list.add(Diagnostic.error("S0101", at(1, 1, 2), "shown", null));
        list.add(Diagnostic.error("S0101", at(1, 1, 2), "hidden", null));
        list.add(Diagnostic.warning("S0009", at(1, 1, 2), "hidden", null));
        var rendered = DiagnosticRenderer.render(list, Map.of(), false, 1);
        assertThat(rendered).endsWith("… and 2 more (1 error, 1 warning)\n\n2 errors, 1 warning\n");
        assertThat(DiagnosticRenderer.render(list.subList(0, 2), Map.of(), false, 1))
                .contains("… and 1 more error\n");
    }
}
