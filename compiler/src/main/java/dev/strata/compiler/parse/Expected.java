package dev.strata.compiler.parse;

/**
 * One thing the parser would have accepted, in words: {@code 'version'}, {@code a column type}. {@code name} marks
 * the places where a name fits (so a reserved word found there gets its own message); {@code minor} marks items
 * that only make the message longer when something more telling is also expected (a type's {@code (} and
 * {@code [}).
 */
record Expected(String text, boolean name, boolean minor) {

    static Expected phrase(String text) {
        return new Expected(text, false, false);
    }

    static Expected name(String text) {
        return new Expected(text, true, false);
    }

    static Expected minor(String text) {
        return new Expected(text, false, true);
    }
}
