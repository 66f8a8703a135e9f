package dev.strata.compiler.check;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the known name closest to a misspelt one, when one is close enough to be a likely typo. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        for (var candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) > allowed) {
                continue;
            }
            int distance = distance(name, candidate);
            if (distance <= allowed && (distance < bestDistance
                    || distance == bestDistance && isBetterTie(name, candidate, best))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A dropped letter is the likelier typo, so a longer candidate wins a tie; then the alphabetical first. */
    private static boolean isBetterTie(String name, String candidate, String best) {
        boolean candidateLonger = candidate.length() > name.length();
        boolean bestLonger = best.length() > name.length();
        if (candidateLonger != bestLonger) {
            return candidateLonger;
        }
        return candidate.compareTo(best) < 0;
    }

    /** "did you mean 'x'?" when a candidate is close, else the fallback hint. */
    static String didYouMean(String name, Collection<String> candidates, String fallback) {
        return closest(name, candidates).map(s -> "did you mean '" + s + "'?").orElse(fallback);
    }

    static int distance(String a, String b) {
        return dev.strata.plan.EditDistance.between(a, b);
    }
}
