package dev.strata.engine.facade;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Explains a core step PostgreSQL refused because a facade version deployed in the database uses what it changes:
 * dropping a column or table a facade view or routine depends on (SQLSTATE 2BP01), or changing the type of a column
 * a facade view reads (0A000). The server names the dependent objects in its detail lines; those in a facade
 * version's schema are named by facade and version, so the plan is refused even when sources or plans were edited
 * by hand past the compile-time check.
 */
public final class FacadeBreakage {

    /** {@code view shop_api_v1.orders depends on column note of table purchase}, and the other forms PostgreSQL uses. */
    private static final Pattern DEPENDENT = Pattern.compile(
            "^(?:rule _RETURN on )?(view|materialized view|function|procedure) (.+?) depends on (.+)$");

    private FacadeBreakage() {
    }

    public static String explain(SQLException failure) {
        if (!(failure instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        ServerErrorMessage server = psql.getServerErrorMessage();
        String state = server.getSQLState();
        if (server.getDetail() == null || !("2BP01".equals(state) || "0A000".equals(state))) {
            return null;
        }
        List<String> broken = new ArrayList<>();
        String label = null;
        for (String line : server.getDetail().split("\n")) {
            Matcher matcher = DEPENDENT.matcher(line.strip());
            if (!matcher.matches()) {
                continue;
            }
            String[] name = splitQualified(matcher.group(2));
            var version = name == null ? null : FacadeSchemas.parse(name[0]).orElse(null);
            if (version == null) {
                continue;
            }
            String what = version.facade() + " v" + version.version();
            label = label == null ? what : label;
            broken.add(what + ": " + matcher.group(1) + " " + name[1] + " (schema " + name[0] + ") depends on "
                    + matcher.group(3).replaceFirst("^column \"(.*)\"$", "column $1"));
        }
        if (broken.isEmpty()) {
            return null;
        }
        return "This core change would break facade versions deployed in this database:\n  "
                + String.join("\n  ", broken) + "\nA released facade version keeps working until it is retired: keep"
                + " what it uses, or first make its body stop using it (a plan that rebuilds the view or routine),"
                + " or retire the version (delete its source, plan, apply; promote another version first if it is"
                + " live). PostgreSQL refused the step, so nothing of this plan was applied.";
    }

    /** {@code schema.name} with either part possibly double-quoted; null when it is not qualified. */
    static String[] splitQualified(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts.size() == 2 ? parts.toArray(String[]::new) : null;
    }
}
