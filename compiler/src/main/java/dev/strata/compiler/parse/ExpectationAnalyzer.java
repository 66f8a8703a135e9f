package dev.strata.compiler.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.AtomTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.SetTransition;
import org.antlr.v4.runtime.atn.Transition;

/**
 * Finds what the parser expected at a syntax error, in words. Starting from where the parser stopped, it walks
 * the grammar's ATN over the tokens that follow, along every path, and keeps what was expected at the furthest
 * token any path reached. Entering a rule that has a meaning of its own ({@code typeRef} in a column is
 * "a column type") records that meaning instead of the rule's first tokens.
 */
final class ExpectationAnalyzer {

    /** More than enough for any real error; keeps a pathological input from taking long. */
    private static final int MAX_STEPS = 200_000;

    private final ATN atn;
    private final List<Token> tokens;
    private final Map<String, Expected> found = new LinkedHashMap<>();
    private int furthest = -1;

    /** {@code tokens} are the tokens the parser sees (default channel), ending with EOF. */
    ExpectationAnalyzer(ATN atn, List<Token> tokens) {
        this.atn = atn;
        this.tokens = tokens;
    }

    record Result(int position, List<Expected> expected) {
    }

    /** {@code position} indexes {@code tokens}: the first token not consumed at {@code state}. */
    Result analyze(int state, RuleContext context, int position) {
        var entry = entryLabel(context, position);
        if (entry != null) {
            record(position, entry);
        }
        var work = new ArrayDeque<Config>();
        var seen = new HashSet<Config>();
        work.push(new Config(atn.states.get(state), position, stackOf(context), entry != null));
        int steps = 0;
        while (!work.isEmpty() && steps++ < MAX_STEPS) {
            var config = work.pop();
            if (seen.add(config)) {
                step(config, work);
            }
        }
        return new Result(furthest, summary());
    }

    private void step(Config c, ArrayDeque<Config> work) {
        if (c.state instanceof RuleStopState) {
            if (c.stack != null) {
                work.push(new Config(c.stack.follow, c.position, c.stack.next, c.suppressed));
            }
            return;
        }
        var next = new ArrayList<Config>();
        for (int i = 0; i < c.state.getNumberOfTransitions(); i++) {
            var t = c.state.transition(i);
            if (t instanceof RuleTransition call) {
                next.add(enter(c, call));
            } else if (t.isEpsilon()) {
                next.add(new Config(t.target, c.position, c.stack, c.suppressed));
            } else {
                match(c, t, next);
            }
        }
        for (int i = next.size() - 1; i >= 0; i--) {
            work.push(next.get(i));
        }
    }

    private Config enter(Config c, RuleTransition call) {
        var label = Words.rule(c.state.ruleIndex, call.target.ruleIndex, previousType(c.position));
        if (label != null && !c.suppressed) {
            record(c.position, label);
        }
        return new Config(call.target, c.position, new Frame(call.followState, c.stack),
                c.suppressed || label != null);
    }

    private void match(Config c, Transition t, List<Config> next) {
        var token = tokens.get(c.position);
        if (t.matches(token.getType(), Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType)) {
            if (token.getType() != Token.EOF) {
                next.add(new Config(t.target, c.position + 1, c.stack, false));
            }
            return;
        }
        if (c.suppressed) {
            return;
        }
        if (t instanceof AtomTransition atom) {
            recordToken(c.position, atom.label);
        } else if (t instanceof SetTransition set && t.getSerializationType() == Transition.SET) {
            for (int type : set.set.toArray()) {
                recordToken(c.position, type);
            }
        }
    }

    private void recordToken(int position, int type) {
        var expected = Words.token(type);
        if (expected != null) {
            record(position, expected);
        }
    }

    private void record(int position, Expected expected) {
        if (position > furthest) {
            furthest = position;
            found.clear();
        }
        if (position == furthest) {
            found.putIfAbsent(expected.text(), expected);
        }
    }

    private List<Expected> summary() {
        var all = new ArrayList<>(found.values());
        if (all.stream().anyMatch(e -> !e.minor())) {
            all.removeIf(Expected::minor);
        }
        return all;
    }

    private int previousType(int position) {
        return position == 0 ? Token.INVALID_TYPE : tokens.get(position - 1).getType();
    }

    /**
     * When the parser stopped at the very first token of a rule with a meaning (or of several nested ones), that
     * meaning is what was expected: the outermost such rule wins.
     */
    private Expected entryLabel(RuleContext context, int position) {
        Expected label = null;
        int tokenIndex = tokens.get(position).getTokenIndex();
        for (var c = context; c != null && c.parent != null; c = c.parent) {
            if (!(c instanceof org.antlr.v4.runtime.ParserRuleContext rule)
                    || rule.start.getTokenIndex() != tokenIndex) {
                break;
            }
            var meaning = Words.rule(c.parent.getRuleIndex(), c.getRuleIndex(), previousType(position));
            if (meaning != null) {
                label = meaning;
            }
        }
        return label;
    }

    /** The follow states of the rules that called the context, innermost first. */
    private Frame stackOf(RuleContext context) {
        var callers = new ArrayList<ATNState>();
        for (var c = context; c != null && c.invokingState >= 0; c = c.parent) {
            callers.add(((RuleTransition) atn.states.get(c.invokingState).transition(0)).followState);
        }
        Frame stack = null;
        for (int i = callers.size() - 1; i >= 0; i--) {
            stack = new Frame(callers.get(i), stack);
        }
        return stack;
    }

    /** A rule-invocation stack as an immutable list, so configurations can be compared and remembered. */
    private record Frame(ATNState follow, Frame next) {
    }

    private record Config(ATNState state, int position, Frame stack, boolean suppressed) {
    }
}
