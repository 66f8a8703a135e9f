package dev.strata.compiler.codegen;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles generated bindings, plus any hand-written sources that use them, with the system Java compiler and the
 * test JVM's class path, and loads the result. Lint warnings are errors: generated code must compile cleanly.
 */
final class InProcessCompiler {

    private InProcessCompiler() {
    }

    /** Writes {@code files} and {@code extra} (path → source) below {@code work}, compiles them, loads them. */
    static ClassLoader compile(Path work, List<GeneratedFile> files, Map<String, String> extra) throws IOException {
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        var paths = new ArrayList<Path>();
        for (GeneratedFile file : files) {
            paths.add(write(sources.resolve(file.relativePath()), file.content()));
        }
        for (var entry : extra.entrySet()) {
            paths.add(write(sources.resolve(entry.getKey()), entry.getValue()));
        }
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var units = fileManager.getJavaFileObjectsFromPaths(paths);
            var options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null, units).call();
            if (!ok) {
                String report = diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName())
                                + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                throw new AssertionError("generated sources do not compile:\n" + report);
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InProcessCompiler.class.getClassLoader());
    }

    private static Path write(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
