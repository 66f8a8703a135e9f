package dev.strata.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every statement Strata runs or writes is built with {@code dev.strata.plan.sql.Sql}: key words as constants, names
 * quoted by {@code id}/{@code name}, values by {@code lit} or bound by {@code param}. The rule, for every string
 * literal (text blocks included) of the main Java sources outside {@code dev.strata.plan.sql}:
 *
 * <ul>
 *   <li>A literal is <em>a statement</em> when, after optional white space, it starts with an upper-case statement
 *       key word ({@link #STATEMENT}) followed by a space, a new line, a semicolon or the end of the literal. SQL is
 *       written with upper-case key words here; lower-case words are the Strata language ({@code grant select on
 *       v}), step names ({@code drop table}) or prose ({@code Update …}). {@code SET} and {@code DO} count only in
 *       their statement forms ({@code SET [LOCAL] name = …}/{@code TO}, {@code SET TRANSACTION}, {@code DO $$}) or
 *       dangling before a concatenation ({@code "SET "}), since messages name clauses such as {@code SET STORAGE}.
 *       </li>
 *   <li>A statement literal is glued SQL, and fails the check, unless it is a <em>key-word phrase</em>: nothing but
 *       upper-case key words, single spaces and commas ({@code "CREATE INDEX"}, {@code "SET NOT NULL"},
 *       {@code "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA"}). A phrase holds no name, value or expression, so it
 *       becomes a statement only through the builder's {@code of}/{@code kw}; it still fails when it is handed
 *       straight to JDBC ({@code statement.execute("ANALYZE")}).</li>
 *   <li>Editing SQL text with {@code .replace("SET ", …)} (or {@code replaceAll}/{@code replaceFirst}) on a
 *       statement key word fails too: the builder has the option ({@code Sql.set(name, local)}).</li>
 * </ul>
 *
 * Constant catalog queries ({@code SELECT …} with {@code ?} parameters) are not statements in this sense.
 */
class SqlThroughTheBuilderTest {

    private static final String BUILDER_PACKAGE = "dev.strata.plan.sql";

    /** Statement key words; SET LOCAL, ALTER DEFAULT PRIVILEGES and REFRESH MATERIALIZED VIEW start with one. */
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|MERGE"
            + "|GRANT|REVOKE|COMMENT ON|TRUNCATE|SET|RESET|LOCK|COPY|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM|ANALYZE"
            + "|REINDEX|DO|REFRESH|CLUSTER|DISCARD)(?=[ \\t\\r\\n;]|$)");

    /** The statement forms of SET: a setting given a value, the special forms, or the key words dangling. */
    private static final Pattern SET_STATEMENT = Pattern.compile("^\\s*SET(?: (?:LOCAL|SESSION))?"
            + "(?:\\s*$| +(?:[a-z_][a-z0-9_.]*|\"[^\"]*\") *(?:=|TO\\b)"
            + "| +(?:TRANSACTION|ROLE|SESSION AUTHORIZATION|CONSTRAINTS|TIME ZONE)\\b)");

    /** DO with its block: a dollar quote, a string, or LANGUAGE; or the key word dangling. */
    private static final Pattern DO_STATEMENT = Pattern.compile("^\\s*DO(?:\\s*$|\\s+(?:\\$|E?'|LANGUAGE\\b))");

    private static final Pattern PHRASE = Pattern.compile("[A-Z]+(?:,? [A-Z]+)*");

    /** The code before a literal ends in a JDBC call that runs SQL: {@code execute(}, {@code execute(connection, }. */
    private static final Pattern JDBC_CALL = Pattern.compile("\\b(?:execute|executeQuery|executeUpdate"
            + "|executeLargeUpdate|addBatch|prepareStatement|prepareCall|copyIn|copyOut)"
            + "\\s*\\(\\s*(?:\\w+\\s*,\\s*)?$");

    private static final Pattern REPLACE_CALL = Pattern.compile("\\.replace(?:All|First)?\\s*\\(\\s*$");

    @Test
    void noMainSourceGluesAStatement() {
        var findings = new ArrayList<String>();
        int scanned = 0;
        for (var file : SourceTree.mainSources()) {
            if (file.packageName().equals(BUILDER_PACKAGE) || file.packageName().startsWith(BUILDER_PACKAGE + ".")) {
                continue;
            }
            scanned++;
            for (String finding : check(file.text())) {
                findings.add(file.display() + ":" + finding);
            }
        }

        assertThat(scanned).isGreaterThan(100);
        assertThat(findings).as("SQL glued outside the builder (build it with dev.strata.plan.sql.Sql)").isEmpty();
    }

    @Test
    void theCheckFlagsGluedStatementsAndNothingElse() {
        String sample = """
                package sample;

                class Sample {
                    void run(Statement s, Connection c, String name, String sql) throws SQLException {
                        s.execute("DROP TABLE IF EXISTS " + name);
                        s.execute(sql.replace("SET ", "SET LOCAL "));
                        s.execute("ANALYZE");
                        c.prepareStatement("UPDATE strata.history SET outcome = ? WHERE id = ?");
                        Session.execute(c, "SET lock_timeout = '" + 5 + "ms'");
                        String block = \"""
                                DO $$ BEGIN NULL; END $$;
                                \""";
                        String text = "  INSERT INTO t VALUES (1)";
                        String message = "SET " + String.join(", ", List.of()) + " is not imported";
                        // allowed: key-word phrases for the builder, prose, queries, comments
                        Sql.of("CREATE INDEX").id(name).kw("SET NOT NULL");
                        Sql.of(true ? "CREATE OR REPLACE" : "CREATE").kw("GRANT USAGE, SELECT ON ALL SEQUENCES");
                        report("SET STORAGE is not imported", "SET NULL/SET DEFAULT with a column list");
                        report("Update the plan", "DO NOT panic", "drop table", "grant select on v1 to r");
                        c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?");
                        char quote = '"'; /* "DROP TABLE in a comment" */ String x = "\\"DROP TABLE\\"";
                        s.execute(sql.replace("a", "b"));
                    }
                }
                """;

        assertThat(check(sample)).containsExactly(
                "5: \"DROP TABLE IF EXISTS \"",
                "6: .replace(\"SET \"",
                "6: \"SET LOCAL \"",
                "7: \"ANALYZE\"",
                "8: \"UPDATE strata.history SET outcome = ? WHERE id = ?\"",
                "9: \"SET lock_timeout = '\"",
                "10: \"DO $$ BEGIN NULL; END $$;…\"",
                "13: \"INSERT INTO t VALUES (1)\"",
                "14: \"SET \"");
    }

    /** {@code line: "literal"} (its first line) for each glued statement of a Java source. */
    static List<String> check(String source) {
        var findings = new ArrayList<String>();
        for (JavaLiteral literal : JavaLiteral.all(source)) {
            String before = source.substring(0, literal.start()).stripTrailing();
            String value = literal.value();
            if (REPLACE_CALL.matcher(before).find() && STATEMENT.matcher(value).find()) {
                findings.add(literal.line() + ": .replace(" + quoted(value));
            } else if (isStatement(value) && (!PHRASE.matcher(value).matches() || JDBC_CALL.matcher(before).find())) {
                findings.add(literal.line() + ": " + quoted(value));
            }
        }
        return findings;
    }

    private static boolean isStatement(String value) {
        var statement = STATEMENT.matcher(value);
        if (!statement.find()) {
            return false;
        }
        return switch (statement.group(1)) {
            case "SET" -> SET_STATEMENT.matcher(value).find();
            case "DO" -> DO_STATEMENT.matcher(value).find();
            default -> true;
        };
    }

    private static String quoted(String value) {
        String shown = value.stripLeading();
        int newline = shown.indexOf('\n');
        if (newline >= 0) {
            shown = shown.substring(0, newline) + "…";
        }
        return '"' + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown) + '"';
    }

    /** A string literal or text block of a Java source: where it starts (its opening quote), its line, its value. */
    record JavaLiteral(int start, int line, String value) {

        /** The literals of {@code source}, outside comments and character literals. */
        static List<JavaLiteral> all(String source) {
            var literals = new ArrayList<JavaLiteral>();
            int i = 0;
            int line = 1;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                int end;
                if (source.startsWith("//", i)) {
                    end = source.indexOf('\n', i);
                    end = end < 0 ? n : end;
                } else if (source.startsWith("/*", i)) {
                    end = source.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                } else if (c == '\'') {
                    end = closing(source, i + 1, "'");
                } else if (source.startsWith("\"\"\"", i)) {
                    int content = source.indexOf('\n', i) + 1;
                    end = closing(source, content, "\"\"\"");
                    literals.add(new JavaLiteral(i, line, unescape(source.substring(content, end - 3))));
                } else if (c == '"') {
                    end = closing(source, i + 1, "\"");
                    literals.add(new JavaLiteral(i, line, unescape(source.substring(i + 1, end - 1))));
                } else {
                    end = i + 1;
                }
                for (int k = i; k < end; k++) {
                    if (source.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end;
            }
            return literals;
        }

        /** The index after the unescaped {@code quote} at or after {@code from}. */
        private static int closing(String source, int from, String quote) {
            int i = from;
            while (i < source.length()) {
                if (source.charAt(i) == '\\') {
                    i += 2;
                } else if (source.startsWith(quote, i)) {
                    return i + quote.length();
                } else {
                    i++;
                }
            }
            return source.length();
        }

        /** Java's escapes that matter for reading SQL: quotes, backslashes, new lines, tabs. */
        private static String unescape(String raw) {
            var out = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(++i);
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> next;
                    });
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
