package dev.strata.cli;

import dev.strata.plan.sql.SqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command tag psql prints for a statement ({@code INSERT 0 3}, {@code CREATE TABLE}, {@code SELECT 2}). JDBC
 * hands over the update count but not PostgreSQL's tag, so the tag is rebuilt from the statement's leading key
 * words (read with {@link SqlLexer}) and the count. It matches PostgreSQL's for the statements people type; where
 * the words do not say (the tag of {@code EXECUTE} is the prepared statement's), the leading key word stands in.
 */
final class CommandTag {

    /** Statements whose tag carries the number of rows they touched. */
    private static final Set<String> COUNTED = Set.of("update", "delete", "merge", "copy", "fetch", "move");

    /** Statements whose rows, with RETURNING, psql prints and then also prints the tag. */
    private static final Set<String> RETURNING = Set.of("insert", "update", "delete", "merge");

    /** The main verbs a WITH clause can lead to. */
    private static final Set<String> AFTER_WITH = Set.of("select", "insert", "update", "delete", "merge", "values",
            "table");

    /** Words between CREATE and the kind of object that the tag leaves out ({@code CREATE OR REPLACE VIEW}). */
    private static final Set<String> CREATE_MODIFIERS = Set.of("or", "replace", "temp", "temporary", "unlogged",
            "unique", "global", "local", "recursive", "trusted", "procedural", "default", "constraint");

    /** Kinds of object named by more than one word, and how many. */
    private static final Map<String, Map<String, Integer>> LONG_KINDS = Map.of(
            "materialized", Map.of("view", 2),
            "foreign", Map.of("table", 2, "data", 3),
            "event", Map.of("trigger", 2),
            "text", Map.of("search", 3),
            "access", Map.of("method", 2),
            "user", Map.of("mapping", 2),
            "operator", Map.of("class", 2, "family", 2),
            "default", Map.of("privileges", 2));

    /** Statements whose tag is a fixed phrase, or their first word in upper case when not listed here. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("start", "START TRANSACTION"),
            Map.entry("end", "COMMIT"),
            Map.entry("abort", "ROLLBACK"),
            Map.entry("truncate", "TRUNCATE TABLE"),
            Map.entry("lock", "LOCK TABLE"),
            Map.entry("analyse", "ANALYZE"),
            Map.entry("declare", "DECLARE CURSOR"),
            Map.entry("close", "CLOSE CURSOR"),
            Map.entry("refresh", "REFRESH MATERIALIZED VIEW"),
            Map.entry("security", "SECURITY LABEL"),
            Map.entry("import", "IMPORT FOREIGN SCHEMA"),
            Map.entry("reassign", "REASSIGN OWNED"));

    private CommandTag() {
    }

    /** The tag of {@code sql}, a statement that returned no rows, after it touched {@code count} rows. */
    static String of(String sql, long count) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        List<String> words = leadingWords(tokens);
        if (words.isEmpty()) {
            return "";
        }
        String verb = verb(tokens, words);
        if (verb.equals("insert")) {
            return upper(verb) + " 0 " + count; // the 0 is the OID PostgreSQL no longer gives inserted rows
        }
        if (COUNTED.contains(verb)) {
            return upper(verb) + " " + count;
        }
        boolean fromQuery = createsFromQuery(tokens, words);
        if (fromQuery && endsWithNoData(tokens)) {
            return kind(words, verb).equals("table") ? "CREATE TABLE AS" : "CREATE MATERIALIZED VIEW";
        }
        if (fromQuery || verb.equals("select")) {
            return "SELECT " + count;
        }
        return switch (verb) {
            case "grant", "revoke" -> tokens.stream().anyMatch(t -> t.isWord("on")) ? upper(verb)
                    : upper(verb) + " ROLE";
            case "create", "alter", "drop" -> upper(verb) + " " + upper(kind(words, verb));
            case "prepare", "commit", "rollback" -> words.size() > 1
                    && Set.of("transaction", "prepared").contains(words.get(1))
                    ? upper(verb) + " " + upper(words.get(1)) : upper(verb);
            case "set" -> words.size() > 1 && words.get(1).equals("constraints") ? "SET CONSTRAINTS" : "SET";
            case "discard" -> words.size() > 1 ? upper(verb) + " " + (words.get(1).equals("temporary") ? "TEMP"
                    : upper(words.get(1))) : upper(verb);
            case "deallocate" -> words.contains("all") ? "DEALLOCATE ALL" : "DEALLOCATE";
            default -> FIXED.getOrDefault(verb, upper(verb));
        };
    }

    /**
     * The tag psql prints after the rows of {@code sql} ({@code INSERT … RETURNING} prints its rows, then
     * {@code INSERT 0 1}); empty for statements that only read.
     */
    static Optional<String> afterRows(String sql, long rows) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(sql);
        List<String> words = leadingWords(tokens);
        if (words.isEmpty() || !RETURNING.contains(verb(tokens, words))) {
            return Optional.empty();
        }
        return Optional.of(of(sql, rows));
    }

    /** The key words the statement starts with, folded to lower case, up to its first token that is not one. */
    private static List<String> leadingWords(List<SqlLexer.Token> tokens) {
        return tokens.stream().takeWhile(t -> t.kind() == SqlLexer.Kind.WORD).map(SqlLexer.Token::value).toList();
    }

    /** The statement's verb; after WITH, the one its common table expressions lead to. */
    private static String verb(List<SqlLexer.Token> tokens, List<String> words) {
        if (!words.get(0).equals("with")) {
            return words.get(0);
        }
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            SqlLexer.Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.kind() == SqlLexer.Kind.WORD && tokens.get(i - 1).is(")")
                    && AFTER_WITH.contains(token.value())) {
                return token.value();
            }
        }
        return "with";
    }

    /** {@code CREATE TABLE … AS} and {@code CREATE MATERIALIZED VIEW}, whose tag counts the rows they hold. */
    private static boolean createsFromQuery(List<SqlLexer.Token> tokens, List<String> words) {
        if (!words.get(0).equals("create")) {
            return false;
        }
        String kind = kind(words, "create");
        if (kind.equals("materialized view")) {
            return true;
        }
        if (!kind.equals("table")) {
            return false;
        }
        int depth = 0;
        for (SqlLexer.Token token : tokens) {
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.isWord("as")) {
                return true;
            }
        }
        return false;
    }

    /** {@code … WITH NO DATA}: the table or view is created empty, and the tag says what was created. */
    private static boolean endsWithNoData(List<SqlLexer.Token> tokens) {
        int n = tokens.size();
        return n >= 3 && tokens.get(n - 3).isWord("with") && tokens.get(n - 2).isWord("no")
                && tokens.get(n - 1).isWord("data");
    }

    /** The kind of object after CREATE, ALTER or DROP: {@code table}, {@code materialized view}, {@code role}. */
    private static String kind(List<String> words, String verb) {
        int i = 1;
        while (verb.equals("create") && i < words.size() - 1 && CREATE_MODIFIERS.contains(words.get(i))
                && !(words.get(i).equals("default") && words.get(i + 1).equals("privileges"))) {
            i++;
        }
        if (i >= words.size()) {
            return "";
        }
        String first = words.get(i);
        Integer length = i + 1 < words.size() ? LONG_KINDS.getOrDefault(first, Map.of()).get(words.get(i + 1))
                : null;
        if (length != null && i + length <= words.size()) {
            return String.join(" ", words.subList(i, i + length));
        }
        return first.equals("user") || first.equals("group") ? "role" : first;
    }

    private static String upper(String words) {
        return words.toUpperCase(Locale.ROOT);
    }
}
