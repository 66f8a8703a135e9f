package dev.strata.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * How database names become Java names. A name is split into words at every character that is not a letter or a
 * digit ({@code order_lines}, {@code "Order Lines"} and {@code "order-lines"} are the words order, lines). A name
 * with no lower-case letter is lower-cased first, so {@code ORDER_TOTAL} reads as order total. Words keep their inner
 * capitals ({@code "CustomerID"} stays CustomerID). A Java name that would start with a digit gets a leading
 * underscore; one that is a Java key word, or a method that every record already has, gets a trailing underscore.
 */
final class JavaNames {

    /** Record components may not be named like these methods of Object (JLS 8.10.1). */
    private static final Set<String> FORBIDDEN_COMPONENTS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private JavaNames() {
    }

    /** {@code order_lines} → {@code OrderLines}; empty when the name has no letter or digit. */
    static String upperCamel(String name) {
        var text = new StringBuilder();
        for (String word : words(name)) {
            text.append(capitalize(word));
        }
        return startable(text.toString());
    }

    /** {@code order_lines} → {@code orderLines}; a key word gets a trailing underscore. */
    static String lowerCamel(String name) {
        var parts = words(name);
        if (parts.isEmpty()) {
            return "";
        }
        var text = new StringBuilder(decapitalize(parts.get(0)));
        for (String word : parts.subList(1, parts.size())) {
            text.append(capitalize(word));
        }
        return escapeKeyword(startable(text.toString()));
    }

    /** A record component name: {@link #lowerCamel} that also avoids the names of Object's methods. */
    static String component(String name) {
        String java = lowerCamel(name);
        return FORBIDDEN_COMPONENTS.contains(java) ? java + "_" : java;
    }

    /** An enum constant: {@code 'in transit'} → {@code IN_TRANSIT}. */
    static String constant(String label) {
        String joined = String.join("_", words(label)).toUpperCase(Locale.ROOT);
        return escapeKeyword(startable(joined));
    }

    private static List<String> words(String name) {
        String source = name.codePoints().anyMatch(Character::isLowerCase) ? name : name.toLowerCase(Locale.ROOT);
        var result = new ArrayList<String>();
        var word = new StringBuilder();
        source.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
                return;
            }
            if (word.length() > 0) {
                result.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            result.add(word.toString());
        }
        return result;
    }

    private static String capitalize(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }

    private static String decapitalize(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }

    private static String startable(String name) {
        if (name.isEmpty() || Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return name;
        }
        return "_" + name;
    }

    private static String escapeKeyword(String name) {
        if (name.isEmpty()) {
            return name;
        }
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }
}
