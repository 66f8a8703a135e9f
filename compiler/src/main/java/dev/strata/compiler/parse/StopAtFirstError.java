package dev.strata.compiler.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Stops at the first syntax error: no token insertion or deletion, no resynchronisation (they guess, and a guess
 * makes the next message wrong).
 *
 * <p>It also remembers the first decision the parser made at the current token (ANTLR calls {@link #sync} before
 * each loop and optional part). An error found later at the same token is analysed from that point, so the
 * message lists what a loop the parser left would also have accepted ({@code expected ',' or ')'}, not just
 * {@code ')'}).
 */
final class StopAtFirstError extends DefaultErrorStrategy {

    private int exitState = -1;
    private ParserRuleContext exitContext;
    private int exitTokenIndex = -1;

    @Override
    public void sync(Parser parser) {
        int tokenIndex = parser.getCurrentToken().getTokenIndex();
        if (exitContext != null && exitTokenIndex == tokenIndex) {
            return;
        }
        exitState = parser.getState();
        exitContext = parser.getContext();
        exitTokenIndex = tokenIndex;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        // The SyntaxStop thrown by recover() carries the error; nothing is printed.
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw stop(e);
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw stop(new InputMismatchException(parser));
    }

    private SyntaxStop stop(RecognitionException e) {
        int tokenIndex = e instanceof NoViableAltException noViable
                ? noViable.getStartToken().getTokenIndex()
                : e.getOffendingToken().getTokenIndex();
        if (exitContext != null && exitTokenIndex == tokenIndex) {
            return new SyntaxStop(e, exitState, exitContext, tokenIndex);
        }
        return new SyntaxStop(e, e.getOffendingState(), e.getCtx(), tokenIndex);
    }
}
