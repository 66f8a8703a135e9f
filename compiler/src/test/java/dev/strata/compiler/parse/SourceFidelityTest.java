package dev.strata.compiler.parse;

import static dev.strata.compiler.parse.Fixtures.facade;
import static dev.strata.compiler.parse.Fixtures.parse;
import static dev.strata.compiler.parse.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.Table;
import org.junit.jupiter.api.Test;

/** What the parser keeps exactly as written: comments, verbatim SQL, bodies, and where everything was. */
class SourceFidelityTest {

    @Test
    void collectsEveryCommentWithItsSpan() {
        var text = """
                -- the store
                core { /* block
                comment */ table t { a int -- trailing
                } }
                """;
        var comments = parse(text).comments();
        assertThat(comments).extracting(SourceComment::text)
                .containsExactly("-- the store", "/* block\ncomment */", "-- trailing");
        assertThat(comments.get(0).span()).usingRecursiveComparison()
                .isEqualTo(new Span("test.strata", 1, 1, 1, 13, 0, 12));
        assertThat(comments.get(1).span()).usingRecursiveComparison()
                .isEqualTo(new Span("test.strata", 2, 8, 3, 11, 20, 39));
        assertThat(comments.get(2).span().line()).isEqualTo(3);
        assertThat(comments.get(2).span().column()).isEqualTo(28);
    }

    @Test
    void commentsAreKeptWhenTheFileHasASyntaxError() {
        var result = new StrataParser().parse("x.strata", "-- kept\ncore { table }");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.unit().blocks()).isEmpty();
        assertThat(result.unit().comments()).extracting(SourceComment::text).containsExactly("-- kept");
    }

    @Test
    void defaultIsTheTermAsWritten() {
        var table = table("""
                a text default 'it''s'::text
                b timestamptz default now()
                c int[] default ARRAY[1, 2,3]
                d interval default interval '1 day'
                e numeric default (1 +   2) -- sum
                f text default core.make_code ( 'x' )
                g int default -1
                """);
        assertThat(table.columns()).extracting(c -> c.defaultExpr()).containsExactly("'it''s'::text", "now()",
                "ARRAY[1, 2,3]", "interval '1 day'", "(1 +   2)", "core.make_code ( 'x' )", "-1");
    }

    @Test
    void expressionsAreTheTextInsideTheParenthesesWithInnerLayoutAndComments() {
        var table = table("""
                total numeric check ( total >= 0
                    and total < 1000 -- a cap ) that does not close anything
                    and note <> ')' )
                note text
                """);
        assertThat(table.checks().get(0).expression()).isEqualTo(
                "total >= 0\n    and total < 1000 -- a cap ) that does not close anything\n"
                        + "    and note <> ')'");
    }

    @Test
    void bodiesAreEveryCharacterBetweenTheMarkers() {
        var body = "\n  select id,\t\"Name\"\n    from core.customer -- $ and ' and \" inside\n\n  ";
        var facade = facade("view v (id bigint) as $$" + body + "$$");
        assertThat(facade.views().get(0).body()).isEqualTo(body);
    }

    @Test
    void generatedWhereAndWhenExpressionsAreVerbatim() {
        var table = table("""
                a int generated always as ((a_base  * 2)) stored
                index (a) where (a > 0 AND a < 10)
                trigger t before update when (old.a IS DISTINCT FROM new.a) execute function f()
                """);
        assertThat(table.columns().get(0).generated()).isEqualTo("(a_base  * 2)");
        assertThat(table.indexes().get(0).where()).isEqualTo("a > 0 AND a < 10");
        assertThat(table.triggers().get(0).when()).isEqualTo("old.a IS DISTINCT FROM new.a");
    }

    @Test
    void spansCoverTheWholeNodeWithOneBasedLinesAndColumns() {
        var unit = parse("core {\n  table customer {\n    id bigint\n  }\n}\n");
        var table = (Table) ((CoreBlock) unit.blocks().get(0)).declarations().get(0);
        assertThat(table.span()).usingRecursiveComparison()
                .isEqualTo(new Span("test.strata", 2, 3, 4, 4, 9, 43));
        assertThat(table.columns().get(0).span()).usingRecursiveComparison()
                .isEqualTo(new Span("test.strata", 3, 5, 3, 14, 30, 39));
        assertThat(table.columns().get(0).type().span()).usingRecursiveComparison()
                .isEqualTo(new Span("test.strata", 3, 8, 3, 14, 33, 39));
    }

    @Test
    void spanOffsetsAreJavaCharIndexesAfterCharactersOutsideTheBmp() {
        var text = "-- 🙂🙂\ncore { table t { a int } }";
        var unit = new StrataParser().parse("e.strata", text).unit();
        var table = (Table) ((CoreBlock) unit.blocks().get(0)).declarations().get(0);
        var span = table.span();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("table t { a int }");
        assertThat(span.line()).isEqualTo(2);
        assertThat(span.column()).isEqualTo(8);
        assertThat(unit.comments().get(0).span().end()).isEqualTo(7);
    }

    @Test
    void byteOrderMarkAndNoBreakSpaceAreWhiteSpace() {
        var unit = parse("\uFEFFcore {\u00A0table t { a int } }");
        assertThat(((CoreBlock) unit.blocks().get(0)).declarations()).hasSize(1);
    }

    @Test
    void spansCarryTheFileNameAsGiven() {
        var unit = new StrataParser().parse("schema/sub/shop.strata", "core { extension x }").unit();
        var extension = ((CoreBlock) unit.blocks().get(0)).declarations().get(0);
        assertThat(extension.span().file()).isEqualTo("schema/sub/shop.strata");
        assertThat(unit.file()).isEqualTo("schema/sub/shop.strata");
    }
}
