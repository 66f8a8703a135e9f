package dev.strata.compiler.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The key words of Strata.g4, read from the grammar source so tests follow the grammar as it changes. */
final class GrammarKeywords {

    static final Path GRAMMAR = Path.of("../grammar/src/main/antlr4/dev/strata/grammar/Strata.g4");

    private static final Pattern KEYWORD_RULE = Pattern.compile("\\b([A-Z_]+)\\s*:\\s*'([a-z_]+)'\\s*;");
    private static final Pattern NON_RESERVED = Pattern.compile("\\bnonReserved\\s*:([^;]*);");

    private GrammarKeywords() {
    }

    /** Every key word the lexer knows, lower case. */
    static Set<String> all() {
        var keywords = new TreeSet<String>();
        var matcher = KEYWORD_RULE.matcher(grammar());
        while (matcher.find()) {
            keywords.add(matcher.group(2));
        }
        return keywords;
    }

    /** The key words the grammar's nonReserved rule accepts as names. */
    static Set<String> nonReserved() {
        var matcher = NON_RESERVED.matcher(grammar());
        if (!matcher.find()) {
            throw new IllegalStateException("no nonReserved rule in " + GRAMMAR.toAbsolutePath());
        }
        var words = new TreeSet<String>();
        for (var token : matcher.group(1).split("\\|")) {
            var word = token.trim();
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    static Set<String> reserved() {
        var reserved = new TreeSet<>(all());
        reserved.removeAll(nonReserved());
        return reserved;
    }

    private static String grammar() {
        try {
            return Files.readString(GRAMMAR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grammar at " + GRAMMAR.toAbsolutePath(), e);
        }
    }
}
