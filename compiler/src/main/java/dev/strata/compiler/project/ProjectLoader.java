package dev.strata.compiler.project;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.parse.StrataParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a project from a directory, which is either
 * <ul>
 *   <li>a project directory with a {@code strata.toml} (its {@code source} directory holds the schema),</li>
 *   <li>a directory without {@code strata.toml} that has a {@code schema/} directory (the defaults apply), or</li>
 *   <li>a plain directory of {@code .strata} files (the directory is the source directory).</li>
 * </ul>
 * Source files are found recursively (hidden directories skipped), read as UTF-8, parsed, and assembled into one
 * model in path order. Every problem becomes a diagnostic; nothing is thrown for bad input.
 */
public final class ProjectLoader {

    /** The largest source file read, in bytes (16 MiB). */
    public static final long MAX_FILE_BYTES = SourceReader.MAX_BYTES;

    private static final String EXTENSION = ".strata";

    private final Path dir;
    private final Path root;
    private final StrataParser parser = new StrataParser();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ProjectLoader(Path dir) {
        this.dir = dir;
        this.root = dir.toAbsolutePath().normalize();
    }

    public static LoadedProject load(Path dir) {
        return new ProjectLoader(dir).load();
    }

    /** Loads the sources of the project in {@code dir}, whose project file {@link ProjectFileReader} already read. */
    public static LoadedProject load(Path dir, ProjectFile projectFile) {
        return new ProjectLoader(dir).load(projectFile);
    }

    private LoadedProject load() {
        var shown = dir.toString().isEmpty() ? "." : dir.toString();
        if (!Files.exists(dir)) {
            return failed(LoadCode.DIRECTORY_NOT_FOUND, shown, "directory '" + shown + "' does not exist",
                    "give the project directory (the one with strata.toml) or a directory of .strata files");
        }
        if (!Files.isDirectory(dir)) {
            return failed(LoadCode.NOT_A_DIRECTORY, shown, "'" + shown + "' is not a directory",
                    "give the project directory (the one with strata.toml) or a directory of .strata files");
        }
        return load(ProjectFileReader.read(dir));
    }

    private LoadedProject load(ProjectFile projectFile) {
        diagnostics.addAll(projectFile.diagnostics());
        if (projectFile.config() == null) {
            return result(ProjectFileReader.defaults(root, root), projectFile.file(), List.of(), List.of());
        }
        return loadSources(projectFile.config(), projectFile.file());
    }

    private LoadedProject loadSources(ProjectConfig config, SourceFile projectFile) {
        var sourceDir = config.sourceDir().normalize();
        var shownDir = display(sourceDir);
        if (!Files.isDirectory(sourceDir)) {
            diagnostics.add(Diagnostic.error(LoadCode.DIRECTORY_NOT_FOUND.code(),
                    FileSpan.of(ProjectConfig.FILE_NAME),
                    "source directory '" + shownDir + "' (from strata.toml) does not exist",
                    "create it, or set [project] source in strata.toml to the directory with your .strata files"));
            return result(config, projectFile, List.of(), List.of());
        }
        var paths = sourcePaths(sourceDir);
        if (paths == null) {
            return result(config, projectFile, List.of(), List.of());
        }
        if (paths.isEmpty()) {
            diagnostics.add(Diagnostic.error(LoadCode.NO_SOURCE_FILES.code(), FileSpan.of(shownDir),
                    "no .strata files in '" + shownDir + "'",
                    "check the directory; an empty schema would plan to drop everything, so Strata refuses it"));
            return result(config, projectFile, List.of(), List.of());
        }
        // Files are read and parsed in parallel (the parser is stateless and ANTLR's caches are thread-safe);
        // results are gathered in path order, so the outcome does not depend on the scheduling.
        var outcomes = paths.parallelStream().map(this::readAndParse).toList();
        var files = new ArrayList<SourceFile>();
        var units = new ArrayList<SourceUnit>();
        for (var outcome : outcomes) {
            if (outcome.problem() != null) {
                diagnostics.add(outcome.problem());
                continue;
            }
            files.add(outcome.file());
            diagnostics.addAll(outcome.parsed().diagnostics());
            units.add(outcome.parsed().unit());
        }
        return result(config, projectFile, files, units);
    }

    private record FileOutcome(SourceFile file, dev.strata.compiler.parse.ParseResult parsed, Diagnostic problem) {
    }

    private FileOutcome readAndParse(Path path) {
        var shown = display(path);
        var read = SourceReader.read(path, shown);
        if (read.problem() != null) {
            return new FileOutcome(null, null, read.problem());
        }
        return new FileOutcome(new SourceFile(shown, read.text()), parser.parse(shown, read.text()), null);
    }

    /** The {@code .strata} files under {@code sourceDir}, sorted by display path; null when it cannot be listed. */
    private List<Path> sourcePaths(Path sourceDir) {
        try (Stream<Path> walk = Files.walk(sourceDir)) {
            return walk.filter(p -> !isHidden(sourceDir, p))
                    .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(ProjectLoader::isSourceFile)
                    .sorted(Comparator.comparing(this::display))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            var cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            diagnostics.add(Diagnostic.error(LoadCode.UNREADABLE_FILE.code(), FileSpan.of(display(sourceDir)),
                    "cannot list the directory: " + cause.getMessage(),
                    "check that the directory and its subdirectories may be read"));
            return null;
        }
    }

    /** Regular files, and broken links (so that reading them reports the problem instead of skipping them). */
    private static boolean isSourceFile(Path path) {
        return Files.isRegularFile(path) || Files.isSymbolicLink(path) && !Files.exists(path);
    }

    private static boolean isHidden(Path root, Path path) {
        for (var part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The path relative to the directory given, with '/' separators. */
    private String display(Path path) {
        var absolute = path.toAbsolutePath().normalize();
        if (absolute.equals(root)) {
            return dir.toString().isEmpty() ? "." : dir.toString();
        }
        var relative = root.relativize(absolute);
        var text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private LoadedProject failed(LoadCode code, String shown, String message, String hint) {
        diagnostics.add(Diagnostic.error(code.code(), FileSpan.of(shown), message, hint));
        return result(ProjectFileReader.defaults(root, root), null, List.of(), List.of());
    }

    private LoadedProject result(ProjectConfig config, SourceFile projectFile, List<SourceFile> files,
                                 List<SourceUnit> units) {
        Model model = ModelAssembler.assemble(units);
        return new LoadedProject(config, projectFile, files, units, model, diagnostics);
    }
}
