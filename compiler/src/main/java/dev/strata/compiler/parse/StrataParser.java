package dev.strata.compiler.parse;

import dev.strata.compiler.model.SourceComment;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.grammar.StrataLexer;
import dev.strata.grammar.StrataParser.FileContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses one {@code .strata} file into a {@link SourceUnit}. Parsing stops at the first syntax error and reports
 * it; translation problems in a file that parsed are all reported. Thread-safe: keep one and share it.
 */
public final class StrataParser {

    /**
     * Parses {@code text}. {@code fileName} is only used in spans and messages, as given (for example
     * {@code schema/shop.strata}).
     */
    public ParseResult parse(String fileName, String text) {
        var source = new Source(fileName, text);
        var lexer = new StrataLexer(source.chars());
        lexer.removeErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        var comments = comments(tokens.getTokens(), source);
        var tooDeep = Nesting.tooDeep(tokens.getTokens());
        if (tooDeep != null) {
            return new ParseResult(new SourceUnit(fileName, List.of(), comments),
                    List.of(Nesting.diagnostic(source, tooDeep)));
        }
        var parser = new dev.strata.grammar.StrataParser(tokens);
        parser.removeErrorListeners();
        parser.setTrimParseTree(true);
        FileContext tree;
        try {
            tree = parseFile(parser, tokens);
        } catch (SyntaxStop stop) {
            var visible = VisibleTokens.of(tokens.getTokens());
            var error = new SyntaxErrors(source, parser.getATN(), visible, stop).describe();
            return new ParseResult(new SourceUnit(fileName, List.of(), comments), List.of(error));
        } catch (StackOverflowError e) {
            return new ParseResult(new SourceUnit(fileName, List.of(), comments),
                    List.of(Nesting.diagnostic(source, parser.getCurrentToken())));
        }
        var translation = Translation.of(source);
        var unit = new AstBuilder(translation).build(tree, comments);
        return new ParseResult(unit, translation.issues().all());
    }

    /**
     * The fast SLL mode first; it is exact for correct input, but may fail on input that full LL parsing accepts,
     * so a failure is confirmed (and located precisely) by a second, full-LL parse.
     */
    private static FileContext parseFile(dev.strata.grammar.StrataParser parser, CommonTokenStream tokens) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new StopAtFirstError());
        try {
            return parser.file();
        } catch (SyntaxStop firstTry) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new StopAtFirstError());
            return parser.file();
        }
    }

    private static List<SourceComment> comments(List<Token> tokens, Source source) {
        var comments = new ArrayList<SourceComment>();
        for (var token : tokens) {
            if (token.getType() == StrataLexer.LINE_COMMENT || token.getType() == StrataLexer.BLOCK_COMMENT) {
                comments.add(new SourceComment(token.getText(), source.span(token)));
            }
        }
        return comments;
    }
}
