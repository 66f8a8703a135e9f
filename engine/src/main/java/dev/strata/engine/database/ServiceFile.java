package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libpq's connection service file, read as libpq reads it: the section {@code [NAME]} of the file named by
 * {@code PGSERVICEFILE} (else {@code ~/.pg_service.conf}), else of {@code $PGSYSCONFDIR/pg_service.conf}. Lines are
 * {@code keyword=value}; {@code #} starts a comment line. Keywords are libpq's (host, hostaddr, port, dbname, user,
 * password, passfile, and the options of {@link ConnectionOptions}).
 */
final class ServiceFile {

    /** One service: its values by libpq keyword, each with the line it came from. */
    record Section(String name, Path file, Map<String, String> values, Map<String, Integer> lines) {

        String source(String keyword) {
            return "service '" + name + "' (" + file + " line " + lines.get(keyword) + ")";
        }
    }

    private ServiceFile() {
    }

    /** The service {@code name}; {@code variable} says who asked for it (PGSERVICE, or service= in --url). */
    static Section find(String name, Map<String, String> env, String variable) {
        List<Path> files = new ArrayList<>();
        String userFile = env.get("PGSERVICEFILE");
        files.add(userFile != null && !userFile.isEmpty() ? path(userFile, "PGSERVICEFILE")
                : home(env).resolve(".pg_service.conf"));
        String sysconf = env.get("PGSYSCONFDIR");
        if (sysconf != null && !sysconf.isEmpty()) {
            files.add(path(sysconf, "PGSYSCONFDIR").resolve("pg_service.conf"));
        }
        List<String> looked = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                looked.add(file + " (no such file)");
                continue;
            }
            Section section = read(file, name);
            if (section != null) {
                return section;
            }
            looked.add(file + " (no [" + name + "] section)");
        }
        throw new StrataException(new Problem(ProblemKind.USAGE, "Service '" + name + "' (from " + variable
                + ") is not defined.", "Strata looked in " + String.join(" and ", looked) + ", as libpq does."
                + " Define it there as a section [" + name + "] with lines such as host=…, port=…, dbname=…,"
                + " user=…, or set PGSERVICEFILE to the file that defines it, or correct the name."));
    }

    static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }

    private static Path path(String value, String variable) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new StrataException(new Problem(ProblemKind.USAGE, variable + " is not a usable path.",
                    variable + "='" + value + "': " + e.getMessage() + "."));
        }
    }

    private static Section read(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "Cannot read the service file " + file + ".",
                    "Reading it failed: " + e.getMessage() + ". Check its permissions, or point PGSERVICEFILE at"
                            + " another file."), e);
        }
        boolean inSection = false;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw syntax(file, i + 1, "a section header must be [NAME]");
                }
                if (found) {
                    break;
                }
                inSection = line.substring(1, line.length() - 1).strip().equals(name);
                found = inSection;
                continue;
            }
            if (!inSection) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw syntax(file, i + 1, "expected keyword=value");
            }
            String keyword = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (keyword.equals("service")) {
                throw syntax(file, i + 1, "a service cannot name another service (libpq refuses it too)");
            }
            values.put(keyword, value);
            lineNumbers.put(keyword, i + 1);
        }
        return found ? new Section(name, file, values, lineNumbers) : null;
    }

    private static StrataException syntax(Path file, int line, String what) {
        return new StrataException(new Problem(ProblemKind.USAGE, "Syntax error in the service file " + file
                + " line " + line + ".", "The line cannot be read: " + what + "."));
    }
}
