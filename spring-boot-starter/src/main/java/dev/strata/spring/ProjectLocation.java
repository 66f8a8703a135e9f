package dev.strata.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.springframework.core.io.ResourceLoader;

/**
 * {@code spring.strata.project} as a directory the plan loader can read: a filesystem path as it is; a
 * {@code classpath:} location, found by its {@code strata.toml}, as its directory when the class path holds it as
 * files (an exploded build), else copied out of the jar into a temporary directory (deleted when the JVM exits) under
 * the location's own last name, so that a project without {@code [project] name} keeps the name its directory gives.
 */
final class ProjectLocation {

    static final String CLASSPATH = "classpath:";
    private static final String PROJECT_FILE = "strata.toml";

    private ProjectLocation() {
    }

    static Path resolve(String location, ResourceLoader loader) {
        if (!location.startsWith(CLASSPATH)) {
            Path dir = Path.of(location).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw notFound(location, "no directory " + dir + " exists");
            }
            return dir;
        }
        String base = trimSlashes(location.substring(CLASSPATH.length()));
        ClassLoader classes = loader.getClassLoader() != null ? loader.getClassLoader()
                : ProjectLocation.class.getClassLoader();
        URL marker = classes.getResource(base.isEmpty() ? PROJECT_FILE : base + "/" + PROJECT_FILE);
        if (marker == null) {
            throw notFound(location, "the class path holds no " + (base.isEmpty() ? "" : base + "/") + PROJECT_FILE);
        }
        try {
            if ("file".equals(marker.getProtocol())) {
                return Path.of(marker.toURI()).getParent();
            }
            URLConnection connection = marker.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return extract(jar, base);
            }
            throw new IOException("a " + marker.getProtocol() + ": URL cannot be listed");
        } catch (IOException | URISyntaxException e) {
            throw new StrataStartupException("spring.strata.project=" + location + " could not be read from the"
                    + " class path (" + marker + "): " + e.getMessage() + ".", "Package the project's strata.toml"
                    + " and migrations directory in the application's jar, or give the project as a directory.", e);
        }
    }

    private static Path extract(JarURLConnection marker, String base) throws IOException {
        String entryPrefix = marker.getEntryName().substring(0, marker.getEntryName().length()
                - PROJECT_FILE.length());
        String name = base.isEmpty() ? "project" : base.substring(base.lastIndexOf('/') + 1);
        Path temporary = Files.createTempDirectory("strata-project-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temporary)));
        Path dir = Files.createDirectory(temporary.resolve(name));
        marker.setUseCaches(false);
        try (JarFile jar = marker.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                if (entry.isDirectory() || !entry.getName().startsWith(entryPrefix)) {
                    continue;
                }
                Path file = dir.resolve(entry.getName().substring(entryPrefix.length())).normalize();
                if (!file.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the JVM is exiting; a temporary directory left behind is all that is lost
        }
    }

    private static String trimSlashes(String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static StrataStartupException notFound(String location, String why) {
        return new StrataStartupException("spring.strata.project=" + location + " names no Strata project: " + why
                + ".", "Give the directory that holds strata.toml and migrations/ (a path, or classpath:LOCATION"
                + " for a project packaged with the application, strata.toml included).");
    }
}
