package dev.strata.fleet;

/**
 * Name patterns of a fleet file: {@code *} stands for any run of characters, {@code ?} for one; nothing else is
 * special.
 */
final class Glob {

    private Glob() {
    }

    static boolean matches(String pattern, String name) {
        return matches(pattern, 0, name, 0);
    }

    private static boolean matches(String pattern, int p, String name, int n) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = n; rest <= name.length(); rest++) {
                    if (matches(pattern, p + 1, name, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= name.length() || (c != '?' && c != name.charAt(n))) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.length();
    }
}
