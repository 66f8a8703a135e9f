package dev.strata.compiler.parse;

import dev.strata.grammar.StrataParser.IdentifierContext;

/** Identifiers as PostgreSQL reads them: bare words folded to lower case, quoted names exactly as spelled. */
final class Names {

    private Names() {
    }

    static String name(IdentifierContext ctx) {
        if (ctx.QUOTED_IDENTIFIER() != null) {
            return unquote(ctx.QUOTED_IDENTIFIER().getText());
        }
        return fold(ctx.getText());
    }

    /**
     * Lower-cases ASCII letters only. PostgreSQL does the same in UTF-8 databases: {@code Straße} and {@code ÄRGER}
     * keep their non-ASCII letters as written.
     */
    static String fold(String word) {
        var folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** {@code "Order ""Lines"""} becomes {@code Order "Lines"}. */
    static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }
}
