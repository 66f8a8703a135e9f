package dev.strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The tokens the parser sees (the default channel, ending with EOF), indexed by position; ANTLR's token indexes
 * also count the comments in between.
 */
final class VisibleTokens {

    private final List<Token> tokens;

    private VisibleTokens(List<Token> visible) {
        this.tokens = visible;
    }

    /** The visible tokens among all the lexer's tokens. */
    static VisibleTokens of(List<Token> allTokens) {
        return new VisibleTokens(allTokens.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList());
    }

    List<Token> list() {
        return tokens;
    }

    Token get(int position) {
        return tokens.get(position);
    }

    /** The position of the visible token with this ANTLR token index (or of the next visible one). */
    int position(int tokenIndex) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).getTokenIndex() < tokenIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The visible token before this one, or null at the start of the file. */
    Token before(Token token) {
        int position = position(token.getTokenIndex());
        return position == 0 ? null : tokens.get(position - 1);
    }

    /** The same tokens with one of them read as another type, to ask "what if this were a name?". */
    VisibleTokens retyped(Token token, int type) {
        var copy = new ArrayList<>(tokens);
        var retyped = new CommonToken(token);
        retyped.setType(type);
        copy.set(position(token.getTokenIndex()), retyped);
        return new VisibleTokens(List.copyOf(copy));
    }
}
