package dev.strata.introspect;

import dev.strata.compiler.model.RoutineOptions.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of {@code pg_proc.proconfig} ({@code name=value}) as a {@link Setting}. PostgreSQL stores the values of
 * a list parameter whose elements it quotes ({@code search_path}, {@code temp_tablespaces} and the
 * {@code *_preload_libraries}) joined by {@code ", "}, each element double-quoted where it needs it; those are split
 * into their elements again. Any other value is one string, as the routine was given it.
 */
final class Settings {

    /** The parameters PostgreSQL marks as lists of quoted elements (GUC_LIST_QUOTE). */
    private static final Set<String> QUOTED_LISTS = Set.of("search_path", "temp_tablespaces",
            "local_preload_libraries", "session_preload_libraries", "shared_preload_libraries",
            "unix_socket_directories");

    private Settings() {
    }

    static Setting of(String entry) {
        int equals = entry.indexOf('=');
        String name = entry.substring(0, equals).toLowerCase(Locale.ROOT);
        String value = entry.substring(equals + 1);
        return new Setting(name, QUOTED_LISTS.contains(name) ? elements(value) : List.of(value), false);
    }

    /** {@code "$user", public} becomes {@code $user} and {@code public}. */
    static List<String> elements(String list) {
        var elements = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < list.length() && list.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                elements.add(current.toString().strip());
                current.setLength(0);
            } else if (quoted || c != ' ' || current.length() > 0) {
                current.append(c);
            }
        }
        elements.add(current.toString().strip());
        return elements;
    }
}
