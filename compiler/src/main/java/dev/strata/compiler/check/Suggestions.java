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

    /** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
