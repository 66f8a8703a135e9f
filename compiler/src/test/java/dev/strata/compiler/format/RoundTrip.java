package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Block;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.parse.ParseResult;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;

/** The formatter's two promises, as assertions: printing keeps the meaning, and printing twice changes nothing. */
final class RoundTrip {

    private static final StrataParser PARSER = new StrataParser();

    private RoundTrip() {
    }

    static ParseResult parse(String fileName, String text) {
        return PARSER.parse(fileName, text);
    }

    /** Parses {@code text}, which must be free of errors, and checks the printed form; returns it. */
    static String assertRoundTrip(String fileName, String text) {
        var original = parse(fileName, text);
        assertThat(original.diagnostics()).as("diagnostics of %s", fileName).isEmpty();
        return assertRoundTrip(original.unit());
    }

    /**
     * {@code source} prints as {@code canonical}, which reads back to the same core model and prints as itself: the
     * canonical form of a construct, held by its syntax test.
     */
    static void assertCanonical(String source, String canonical) {
        String printed = SchemaPrinter.print(parsed(source));
        assertThat(printed).isEqualTo(canonical);
        assertThat(ModelAssembler.assemble(List.of(parsed(printed))).core())
                .isEqualTo(ModelAssembler.assemble(List.of(parsed(source))).core());
        assertThat(SchemaPrinter.print(parsed(printed))).isEqualTo(printed);
    }

    /** The unit of {@code text}, which must be free of errors. */
    static SourceUnit parsed(String text) {
        var result = parse("schema.strata", text);
        assertThat(result.diagnostics()).isEmpty();
        return result.unit();
    }

    /** Prints the unit and checks that the text parses back to the same blocks and comments, and is stable. */
    static String assertRoundTrip(SourceUnit unit) {
        var printed = SchemaPrinter.print(unit);
        var reparsed = parse(unit.file(), printed);
        assertThat(reparsed.diagnostics()).as("diagnostics of the printed text:\n%s", printed).isEmpty();
        assertSameBlocks(reparsed.unit().blocks(), unit.blocks(), printed);
        assertThat(texts(reparsed.unit().comments())).as("comments of the printed text:\n%s", printed)
                .containsExactlyInAnyOrderElementsOf(texts(unit.comments()));
        var printedAgain = SchemaPrinter.print(reparsed.unit());
        assertThat(printedAgain).as("printing the printed text again").isEqualTo(printed);
        return printed;
    }

    /** Compares block by block and declaration by declaration, so a failure names the node that differs. */
    private static void assertSameBlocks(List<Block> actual, List<Block> expected, String printed) {
        assertThat(actual).as("number of blocks read back from:\n%s", printed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            var want = expected.get(i);
            var got = actual.get(i);
            if (want instanceof CoreBlock core && got instanceof CoreBlock gotCore) {
                assertThat(gotCore.declarations()).as("declarations of block %d", i)
                        .hasSameSizeAs(core.declarations());
                for (int d = 0; d < core.declarations().size(); d++) {
                    assertThat(gotCore.declarations().get(d)).as("declaration %d of block %d, printed as:\n%s", d, i,
                            printed).isEqualTo(core.declarations().get(d));
                }
            } else if (want instanceof Facade facade && got instanceof Facade gotFacade) {
                assertThat(gotFacade.views()).as("views of facade block %d", i).isEqualTo(facade.views());
                assertThat(gotFacade.routines()).as("routines of facade block %d", i).isEqualTo(facade.routines());
                assertThat(gotFacade.grants()).as("grants of facade block %d", i).isEqualTo(facade.grants());
            }
            assertThat(got).as("block %d read back from:\n%s", i, printed).isEqualTo(want);
        }
    }

    /** Comment texts as the printer writes them: line comments without trailing blanks. */
    static List<String> texts(List<SourceComment> comments) {
        return comments.stream().map(c -> c.text().startsWith("--") ? c.text().stripTrailing() : c.text()).toList();
    }
}
