package dev.strata.engine.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A libpq password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} or {@code passfile=} names): lines
 * {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \} escaping {@code :} and
 * {@code \}, {@code #} starting a comment line. The first line that matches wins. Like pgjdbc (and unlike libpq),
 * a file other users can read is still used.
 */
final class PassFile {

    /** The password found, and where. */
    record Match(String password, Path file, int line) {

        String source() {
            return file + " line " + line;
        }
    }

    private PassFile() {
    }

    /** The first line of {@code file} matching one of the hosts (in order); null when none does or no file. */
    static Match lookup(Path file, List<String> hosts, List<Integer> ports, String database, String user) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        for (int h = 0; h < hosts.size(); h++) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() < 5) {
                    continue;
                }
                if (matches(fields.get(0), hosts.get(h)) && matches(fields.get(1), Integer.toString(ports.get(h)))
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return new Match(fields.get(4), file, i + 1);
                }
            }
        }
        return null;
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits on unescaped colons; the fifth field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
