package dev.strata.it.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The main Java sources of every module of the build, read as text (the tests run in {@code it/}). */
final class SourceTree {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    /** One source file: its module, package, path and text. */
    record SourceFile(String module, String packageName, Path path, String text) {

        /** The path from the repository root, for messages. */
        String display() {
            return root().relativize(path).toString();
        }
    }

    private SourceTree() {
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("it")) ? here : here.getParent();
    }

    static List<SourceFile> mainSources() {
        var files = new ArrayList<SourceFile>();
        try (Stream<Path> modules = Files.list(root())) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList()) {
                try (Stream<Path> paths = Files.walk(module.resolve("src/main/java"))) {
                    for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        String text = Files.readString(path);
                        Matcher pkg = PACKAGE.matcher(text);
                        files.add(new SourceFile(module.getFileName().toString(), pkg.find() ? pkg.group(1) : "",
                                path, text));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.size() < 100) {
            throw new IllegalStateException("found only " + files.size() + " main sources under " + root());
        }
        return files;
    }
}
