package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Span;
import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * One source file as the parser sees it: the character stream the lexer reads, and the one place that turns
 * tokens and parse contexts into {@link Span}s and verbatim text.
 *
 * <p>ANTLR indexes characters by code point; spans use Java {@code char} (UTF-16) offsets and columns, so a
 * caller can {@code substring} the file text with them. The two only differ after a character outside the Basic
 * Multilingual Plane, and then this class converts.
 */
final class Source {

    private final String file;
    private final String text;
    private final CharStream chars;
    private final int[] charOffsetOfCodePoint;
    private final int[] lineStarts;

    Source(String file, String text) {
        this.file = file;
        this.text = text;
        this.chars = CharStreams.fromString(text, file);
        this.charOffsetOfCodePoint = codePointOffsets(text);
        this.lineStarts = lineStarts(text);
    }

    String file() {
        return file;
    }

    CharStream chars() {
        return chars;
    }

    /** From the first character of the context's first token to the last character of its last token. */
    Span span(ParserRuleContext ctx) {
        var stop = ctx.stop;
        if (stop == null || stop.getTokenIndex() < ctx.start.getTokenIndex()) {
            return span(ctx.start);
        }
        return span(ctx.start, stop);
    }

    Span span(Token token) {
        return span(token, token);
    }

    Span span(Token first, Token last) {
        return spanOfOffsets(charOffset(first.getStartIndex()), charOffset(Math.max(last.getStopIndex() + 1,
                first.getStartIndex())));
    }

    /** A span of UTF-16 offsets {@code [start, end)}. */
    Span spanOfOffsets(int start, int end) {
        int line = lineOf(start);
        int endLine = lineOf(end);
        return new Span(file, line, start - lineStarts[line - 1] + 1, endLine, end - lineStarts[endLine - 1] + 1,
                start, end);
    }

    /** The text of a context exactly as written, comments and white space included. */
    String text(ParserRuleContext ctx) {
        var stop = ctx.stop;
        if (stop == null || stop.getTokenIndex() < ctx.start.getTokenIndex()) {
            return "";
        }
        return chars.getText(Interval.of(ctx.start.getStartIndex(), stop.getStopIndex()));
    }

    /** The text strictly between two tokens, exactly as written. */
    String textBetween(Token open, Token close) {
        int from = open.getStopIndex() + 1;
        int to = close.getStartIndex() - 1;
        if (to < from) {
            return "";
        }
        return chars.getText(Interval.of(from, to));
    }

    private int charOffset(int codePointIndex) {
        if (charOffsetOfCodePoint == null) {
            return codePointIndex;
        }
        return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Null when every character is one code point, which is the common case and needs no table. */
    private static int[] codePointOffsets(String text) {
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) {
            return null;
        }
        int[] offsets = new int[count + 1];
        int offset = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        offsets[count] = offset;
        return offsets;
    }

    private static int[] lineStarts(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
