package dev.strata.compiler.codegen;

import java.util.regex.Pattern;

/**
 * Text from the sources made safe for Javadoc: a comment or a quoted name may hold anything, including the
 * {@code *}{@code /} that would end the comment or a backslash that Java would read as a unicode escape.
 */
final class Javadoc {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_ .,:()\\[\\]=-]*");

    private Javadoc() {
    }

    /** A name or SQL fragment shown as code. */
    static String code(String text) {
        if (PLAIN.matcher(text).matches()) {
            return "{@code " + text + "}";
        }
        return "<code>" + text(text) + "</code>";
    }

    /** Prose, HTML-escaped, with nothing that ends the comment, starts a tag or a unicode escape. */
    static String text(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("{", "&#123;")
                .replace("}", "&#125;")
                .replace("\r", "")
                .replace("\n", " ");
    }
}
