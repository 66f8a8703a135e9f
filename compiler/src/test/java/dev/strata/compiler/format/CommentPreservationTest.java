package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Comments survive formatting: every one is printed exactly once, next to the code it was written at. */
class CommentPreservationTest {

    private static final Path REPRESENTATIVE = Path.of("src/test/resources/format/representative.input.strata");
    private static final Pattern MARKER = Pattern.compile("note(\\d+)x");

    @Test
    void aCommentBetweenEveryTwoTokensIsPrintedExactlyOnce() throws Exception {
        var text = withCommentsEverywhere(Files.readString(REPRESENTATIVE));
        assertThat(count(text)).isGreaterThan(400);
        assertEveryNotePrintedOnce(text);
    }

    @TestFactory
    Stream<DynamicTest> everySampleWithCommentsEverywhereKeepsThemAll() throws Exception {
        try (var walk = Files.walk(Path.of("../samples"))) {
            var files = walk.filter(p -> p.toString().endsWith(".strata") && !p.toString().contains("errors")
                            && Files.isRegularFile(p) && !SampleRoundTripTest.isHidden(p))
                    .sorted().toList();
            return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(),
                    () -> assertEveryNotePrintedOnce(withCommentsEverywhere(Files.readString(file)))));
        }
    }

    private static void assertEveryNotePrintedOnce(String text) {
        int inserted = count(text);
        var printed = RoundTrip.assertRoundTrip("commented.strata", text);

        var seen = new int[inserted];
        var matcher = MARKER.matcher(printed);
        while (matcher.find()) {
            seen[Integer.parseInt(matcher.group(1))]++;
        }
        for (int i = 0; i < inserted; i++) {
            assertThat(seen[i]).as("times note%dx is printed", i).isEqualTo(1);
        }
    }

    @Test
    void aTrailingCommentStaysOnItsColumnsLine() {
        var printed = RoundTrip.assertRoundTrip("t.strata", """
                core {
                  table t {
                    id bigint primary key -- the key
                    -- about the name
                    name text not null /* trailing block */
                    note text
                  } -- after the table
                }
                """);
        assertThat(printed).isEqualTo("""
                core {
                  table t {
                    id    bigint  primary key -- the key
                    -- about the name
                    name  text    not null /* trailing block */
                    note  text
                  } -- after the table
                }
                """);
    }

    @Test
    void commentsOnTableLinesAfterAColumnStayWithThoseLines() {
        var printed = RoundTrip.assertRoundTrip("t.strata", """
                core {
                  table t {
                    a int -- about a
                    check (a > 0) -- about the check
                    comment 'x' /* after the comment clause */
                  }
                }
                """);
        assertThat(printed).isEqualTo("""
                core {
                  table t {
                    a  int -- about a
                    check (a > 0) -- about the check
                    comment 'x'
                    /* after the comment clause */
                  }
                }
                """);
    }

    @Test
    void commentsInsideVerbatimSqlStayInsideIt() {
        var printed = RoundTrip.assertRoundTrip("t.strata", """
                core {
                  table t {
                    -- the amount
                    amount numeric check (amount > 0 -- positive
                      and amount < 100 /* small */)
                  }
                }
                """);
        assertThat(printed).isEqualTo("""
                core {
                  table t {
                    -- the amount
                    amount  numeric  check (amount > 0 -- positive
                      and amount < 100 /* small */)
                  }
                }
                """);
    }

    @Test
    void commentsAfterTheLastNodeStayBeforeTheClosingBraceOrAtTheEnd() {
        var printed = RoundTrip.assertRoundTrip("t.strata", """
                core {
                  extension pgcrypto
                  -- last in core
                }
                facade api version 1 {
                  view v (a int) as $$ select 1 $$
                  /* last in the facade */
                }
                -- last in the file
                """);
        assertThat(printed).isEqualTo("""
                core {
                  extension pgcrypto
                  -- last in core
                }

                facade api version 1 {
                  view v (a int) as $$ select 1 $$
                  /* last in the facade */
                }

                -- last in the file
                """);
    }

    /**
     * Puts a numbered comment in every gap between tokens outside strings, quoted names, bodies and comments: a
     * line comment where the gap ends a line, a block comment elsewhere (a new line break could change what the
     * next line belongs to).
     */
    static String withCommentsEverywhere(String text) {
        var out = new StringBuilder();
        int number = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = skipQuoted(text, i);
            if (end > i) {
                out.append(text, i, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                int gapEnd = i;
                while (gapEnd < text.length() && Character.isWhitespace(text.charAt(gapEnd))) {
                    gapEnd++;
                }
                var gap = text.substring(i, gapEnd);
                int newline = gap.indexOf('\n');
                if (newline >= 0) {
                    out.append(" /* note").append(number++).append("x */ -- note").append(number++).append('x');
                    out.append(gap.substring(newline));
                } else {
                    out.append(" /* note").append(number++).append("x */ ").append(gap);
                }
                i = gapEnd;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of a string, quoted name, body or comment starting at {@code i}, or {@code i}. */
    private static int skipQuoted(String text, int i) {
        if (text.startsWith("$$", i)) {
            return text.indexOf("$$", i + 2) + 2;
        }
        if (text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            return text.indexOf("*/", i + 2) + 2;
        }
        char c = text.charAt(i);
        if (c != '\'' && c != '"') {
            return i;
        }
        int j = i + 1;
        while (j < text.length()) {
            if (text.charAt(j) == c && j + 1 < text.length() && text.charAt(j + 1) == c) {
                j += 2;
            } else if (text.charAt(j) == c) {
                return j + 1;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static int count(String text) {
        int count = 0;
        var matcher = MARKER.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
