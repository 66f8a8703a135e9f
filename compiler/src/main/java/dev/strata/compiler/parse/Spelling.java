package dev.strata.compiler.parse;

import java.util.Collection;
import java.util.Locale;

/** Suggests the expected key word a misspelt word was probably meant to be ({@code tabel} → {@code 'table'}). */
final class Spelling {

    private Spelling() {
    }

    /**
     * The one expected key word (written {@code 'word'}) within a small edit distance of {@code written}, or null
     * when there is none or more than one.
     */
    static String closest(String written, Collection<String> expected) {
        var word = written.toLowerCase(Locale.ROOT);
        if (word.length() < 3 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '_')) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (var candidate : expected) {
            if (!candidate.startsWith("'") || candidate.length() < 5) {
                continue;
            }
            var keyword = candidate.substring(1, candidate.length() - 1);
            int distance = distance(word, keyword);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        int allowed = word.length() <= 4 ? 1 : 2;
        return best != null && !tie && bestDistance > 0 && bestDistance <= allowed ? best : null;
    }

    static int distance(String a, String b) {
        return dev.strata.plan.EditDistance.between(a, b);
    }
}
