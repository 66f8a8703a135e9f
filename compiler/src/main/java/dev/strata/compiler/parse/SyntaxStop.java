package dev.strata.compiler.parse;

import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;

/**
 * Thrown at the first syntax error to stop parsing the file. Carries where to start looking for what was
 * expected: an ATN state, the rule context around it, and the index of the first token not yet consumed there.
 */
final class SyntaxStop extends RuntimeException {

    final RecognitionException cause;
    final int state;
    final RuleContext context;
    final int tokenIndex;

    SyntaxStop(RecognitionException cause, int state, RuleContext context, int tokenIndex) {
        super(null, null, false, false);
        this.cause = cause;
        this.state = state;
        this.context = context;
        this.tokenIndex = tokenIndex;
    }
}
