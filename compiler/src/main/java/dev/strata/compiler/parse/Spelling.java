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

    /** Edit distance where swapping two neighbouring letters counts as one edit. */
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
