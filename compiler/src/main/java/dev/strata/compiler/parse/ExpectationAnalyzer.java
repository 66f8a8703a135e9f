package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.AFTER;
import static dev.strata.grammar.StrataParser.BEFORE;
import static dev.strata.grammar.StrataParser.COMMENT;
import static dev.strata.grammar.StrataParser.EXECUTE;
import static dev.strata.grammar.StrataParser.FUNCTION;
import static dev.strata.grammar.StrataParser.INDEX;
import static dev.strata.grammar.StrataParser.INSTEAD;
import static dev.strata.grammar.StrataParser.IRREVERSIBLE;
import static dev.strata.grammar.StrataParser.PROCEDURE;
import static dev.strata.grammar.StrataParser.RENAMED;
import static dev.strata.grammar.StrataParser.REVERSE;
import static dev.strata.grammar.StrataParser.RULE_nonReserved;
import static dev.strata.grammar.StrataParser.TRIGGER;

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
 * the grammar's ATN over the tokens that follow, along every path, and keeps what was expected where the most
 * plausible path failed. Entering a rule that has a meaning of its own ({@code typeRef} in a column is
 * "a column type") records that meaning instead of the rule's first tokens.
 *
 * <p>The most plausible path is the one that got furthest, except that each key word it read as a name where
 * another path read it as the key word counts against it as two tokens: {@code trigger t before upsert} is a
 * trigger with a wrong event, not a column named {@code trigger} followed by a column named {@code before}. (A
 * first walk finds the tokens some path read as key words; the second walk scores.)
 */
final class ExpectationAnalyzer {

    /** More than enough for any real error; keeps a pathological input from taking long. */
    private static final int MAX_STEPS = 200_000;

    private static final java.util.Set<Integer> CONSTRUCT_WORDS = java.util.Set.of(INDEX, TRIGGER, COMMENT, RENAMED,
            REVERSE, IRREVERSIBLE, EXECUTE, FUNCTION, PROCEDURE, BEFORE, AFTER, INSTEAD);

    private final ATN atn;
    private final List<Token> tokens;
    private final Map<String, Expected> found = new LinkedHashMap<>();
    private final java.util.BitSet readAsKeyword = new java.util.BitSet();
    private boolean scoring;
    private boolean complete;
    private int furthest = -1;
    private int bestScore = Integer.MIN_VALUE;

    /** {@code tokens} are the tokens the parser sees (default channel), ending with EOF. */
    ExpectationAnalyzer(ATN atn, List<Token> tokens) {
        this.atn = atn;
        this.tokens = tokens;
    }

    /** {@code complete} is false when the walk was cut short (and the result may miss a better path). */
    record Result(int position, List<Expected> expected, boolean complete) {
    }

    /** {@code position} indexes {@code tokens}: the first token not consumed at {@code state}. */
    Result analyze(int state, RuleContext context, int position) {
        walk(state, context, position);
        found.clear();
        furthest = -1;
        bestScore = Integer.MIN_VALUE;
        scoring = true;
        walk(state, context, position);
        return new Result(furthest, summary(), complete);
    }

    private void walk(int state, RuleContext context, int position) {
        var entry = entryLabel(context, position);
        if (entry != null) {
            record(position, 0, entry);
        }
        var work = new ArrayDeque<Config>();
        var seen = new HashSet<Config>();
        work.push(new Config(atn.states.get(state), position, stackOf(context), entry != null, 0));
        int steps = 0;
        while (!work.isEmpty() && steps++ < MAX_STEPS) {
            var config = work.pop();
            if (seen.add(config)) {
                step(config, work);
            }
        }
        complete = work.isEmpty();
    }

    private void step(Config c, ArrayDeque<Config> work) {
        if (c.state instanceof RuleStopState) {
            if (c.stack != null) {
                work.push(new Config(c.stack.follow, c.position, c.stack.next, c.suppressed, c.keywordsAsNames));
            }
            return;
        }
        var next = new ArrayList<Config>();
        for (int i = 0; i < c.state.getNumberOfTransitions(); i++) {
            var t = c.state.transition(i);
            if (t instanceof RuleTransition call) {
                next.add(enter(c, call));
            } else if (t.isEpsilon()) {
                next.add(new Config(t.target, c.position, c.stack, c.suppressed, c.keywordsAsNames));
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
            record(c.position, c.keywordsAsNames, label);
        }
        return new Config(call.target, c.position, new Frame(call.followState, c.stack),
                c.suppressed || label != null, c.keywordsAsNames);
    }

    private void match(Config c, Transition t, List<Config> next) {
        var token = tokens.get(c.position);
        if (t.matches(token.getType(), Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType)) {
            if (token.getType() != Token.EOF) {
                next.add(new Config(t.target, c.position + 1, c.stack, false, keywordsAsNames(c)));
            }
            return;
        }
        if (c.suppressed) {
            return;
        }
        if (t instanceof AtomTransition atom) {
            recordToken(c, atom.label);
        } else if (t instanceof SetTransition set && t.getSerializationType() == Transition.SET) {
            for (int type : set.set.toArray()) {
                recordToken(c, type);
            }
        }
    }

    /**
     * Counts a key word read as a name where some path read it as the key word, or where it is a word that starts
     * a construct ({@code trigger}, {@code execute}…), which is rarely a name.
     */
    private int keywordsAsNames(Config c) {
        boolean asName = c.state.ruleIndex == RULE_nonReserved;
        if (!scoring) {
            if (!asName) {
                readAsKeyword.set(c.position);
            }
            return 0;
        }
        boolean doubtful = readAsKeyword.get(c.position) || CONSTRUCT_WORDS.contains(tokens.get(c.position).getType());
        return c.keywordsAsNames + (asName && doubtful ? 1 : 0);
    }

    private void recordToken(Config c, int type) {
        var expected = Words.token(type);
        if (expected != null) {
            record(c.position, c.keywordsAsNames, expected);
        }
    }

    private void record(int position, int keywordsAsNames, Expected expected) {
        int score = position - 2 * keywordsAsNames;
        if (score > bestScore || score == bestScore && position > furthest) {
            bestScore = score;
            furthest = position;
            found.clear();
        }
        if (score == bestScore && position == furthest) {
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

    /**
     * A rule-invocation stack as an immutable list, so configurations can be compared and remembered. Hash and
     * equality are computed without recursion: a deeply nested expression makes a deep stack.
     */
    private static final class Frame {
        final ATNState follow;
        final Frame next;
        private final int hash;
        private final int depth;

        Frame(ATNState follow, Frame next) {
            this.follow = follow;
            this.next = next;
            this.hash = 31 * (next == null ? 0 : next.hash) + follow.stateNumber;
            this.depth = next == null ? 1 : next.depth + 1;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Frame other) || other.hash != hash || other.depth != depth) {
                return false;
            }
            var a = this;
            var b = other;
            while (a != null) {
                if (a == b) {
                    return true;
                }
                if (a.follow.stateNumber != b.follow.stateNumber) {
                    return false;
                }
                a = a.next;
                b = b.next;
            }
            return true;
        }
    }

    private record Config(ATNState state, int position, Frame stack, boolean suppressed, int keywordsAsNames) {
    }
}
