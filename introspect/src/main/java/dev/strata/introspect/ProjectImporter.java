package dev.strata.introspect;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectConfig;
import dev.strata.compiler.project.ProjectFile;
import dev.strata.compiler.project.ProjectFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes an imported model as a new Strata project: {@code strata.toml}, the formatted sources under
 * {@code schema/} ({@link ImportLayout}), and the baseline plan {@code migrations/0001_baseline/} from an empty
 * database to the model, made exactly as {@code strata plan} makes plans. Before planning it loads the written
 * project back and requires the same model: an import that would not read back is a bug, reported as such.
 */
public final class ProjectImporter {

    /** The baseline plan's name. */
    public static final String BASELINE = "baseline";

    private static final String SOURCE_DIR = "schema";
    private static final String MIGRATIONS_DIR = "migrations";

    private ProjectImporter() {
    }

    /**
     * Where to write and what to call the project, and the objects its {@code strata.toml} declares unmanaged
     * ({@code KIND NAME} entries, empty for none).
     */
    public record Request(Path directory, String projectName, String coreSchema, List<String> unmanaged) {

        public Request {
            unmanaged = List.copyOf(unmanaged);
        }

        public Request(Path directory, String projectName, String coreSchema) {
            this(directory, projectName, coreSchema, List.of());
        }
    }

    /** What was written: the source files (relative to the project), the baseline plan, and check warnings. */
    public record Written(Path directory, List<String> sourceFiles, PlanMaker.Outcome baseline,
                          List<Diagnostic> warnings) {
        public Written {
            sourceFiles = List.copyOf(sourceFiles);
            warnings = List.copyOf(warnings);
        }

        public Path planDirectory() {
            return directory.resolve(MIGRATIONS_DIR).resolve(baseline.directory());
        }
    }

    /**
     * Writes the project. The directory must not exist or be empty. Throws {@link ImportFailure} when the written
     * project does not read back as the imported model, does not pass the checks, or cannot be planned.
     */
    public static Written write(Model model, Request request) throws IOException {
        Path dir = request.directory();
        requireEmpty(dir);
        Files.createDirectories(dir.resolve(SOURCE_DIR));
        Files.writeString(dir.resolve(ProjectConfig.FILE_NAME), projectFile(request.projectName(),
                request.coreSchema()) + unmanagedSection(request.unmanaged()));
        var files = new ArrayList<String>();
        for (var file : ImportLayout.files(model).entrySet()) {
            Path path = dir.resolve(SOURCE_DIR).resolve(file.getKey());
            Files.writeString(path, SchemaPrinter.print(file.getValue()));
            files.add(SOURCE_DIR + "/" + file.getKey());
        }
        // The read-back (parse and check the written sources) and the baseline plan run at once, on two cores: the
        // plan is made from the imported model, which the read-back must find the sources mean (the plan from empty
        // depends on nothing else), and it is sealed with the sources' snapshot only once the read-back passed.
        ProjectFile projectFile = ProjectFileReader.read(dir);
        var readBack = Executors.newSingleThreadExecutor(runnable -> {
            var thread = new Thread(runnable, "strata-import-read-back");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Compilation> compiling = readBack.submit(() -> Compiler.compile(dir, projectFile));
            Model expected = ImportLayout.inFileOrder(model);
            if (projectFile.config() == null) {
                checked(compiling, expected);
                throw new ImportFailure("the written strata.toml does not read back (a bug in strata import): "
                        + projectFile.diagnostics().stream().map(Diagnostic::message).toList());
            }
            PlanMaker.Outcome outcome;
            try {
                outcome = PlanMaker.make(projectFile.config(), MigrationChain.load(projectFile.config()), expected,
                        BASELINE, false, () -> PlanMaker.snapshotSources(checked(compiling, expected).project()));
            } catch (RuntimeException e) {
                // a model the sources do not mean, or that fails the checks, is reported as such, not as whatever
                // planning it threw
                checked(compiling, expected);
                throw e;
            }
            Compilation project = checked(compiling, expected);
            if (outcome.status() != PlanMaker.Status.PLANNED && !model.equals(Model.EMPTY)) {
                throw new ImportFailure("the baseline plan could not be made: " + outcome.diagnostics().stream()
                        .map(Diagnostic::message).toList());
            }
            if (outcome.status() == PlanMaker.Status.PLANNED) {
                PlanMaker.write(outcome, project.config().migrationsDir());
            }
            var warnings = new ArrayList<Diagnostic>(project.checkDiagnostics());
            warnings.addAll(project.loadDiagnostics());
            warnings.addAll(outcome.diagnostics());
            return new Written(dir, files, outcome, warnings);
        } finally {
            readBack.shutdownNow();
        }
    }

    /**
     * The read-back: waits for the written project's compilation and requires that it loads as the imported model
     * and passes the checks.
     */
    private static Compilation checked(Future<Compilation> compiling, Model expected) {
        Compilation project;
        try {
            project = compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailure("interrupted while reading the written sources back");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("reading the written sources back failed", e.getCause());
        }
        requireReadBack(project, expected);
        var checked = project.checkDiagnostics();
        if (checked.stream().anyMatch(Diagnostic::isError)) {
            throw new ImportFailure("the imported project does not pass the checks (a bug in strata import): "
                    + checked.stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
        }
        return project;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new ImportFailure(dir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new ImportFailure(dir + " is not empty; import writes a new project into an empty directory");
            }
        }
    }

    private static void requireReadBack(Compilation project, Model expected) {
        if (!project.loaded()) {
            throw new ImportFailure("the written sources do not load (a bug in strata import): "
                    + project.loadDiagnostics().stream().map(Diagnostic::message).toList());
        }
        if (!project.model().equals(expected)) {
            throw new ImportFailure("the written sources do not read back as the imported schema (a bug in strata"
                    + " import): " + ModelDifference.first(expected, project.model()));
        }
    }

    /** The {@code strata.toml} of a new project: its name, the default directories, its core schema. */
    public static String projectFile(String projectName, String coreSchema) {
        return "[project]\n"
                + "name = " + tomlString(projectName) + "\n"
                + "source = \"" + SOURCE_DIR + "\"\n"
                + "migrations = \"" + MIGRATIONS_DIR + "\"\n"
                + "core_schema = " + tomlString(coreSchema) + "\n";
    }

    /**
     * The {@code [unmanaged]} table declaring {@code objects}, one entry a line, with a comment saying where they
     * came from; empty text for none. An entry is matched as a pattern, where {@code *} stands for any run of
     * characters: a name holding {@code *} (an operator) also matches names like it.
     */
    static String unmanagedSection(List<String> objects) {
        if (objects.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("\n# What strata import left out because the Strata language cannot express it"
                + " (warning S4001):\n# status, apply and diff leave these objects alone (docs/import.md). Remove"
                + " an entry to be warned of it again.\n[unmanaged]\nobjects = [\n");
        for (String object : objects) {
            text.append("  ").append(tomlString(object)).append(",\n");
        }
        return text.append("]\n").toString();
    }

    /** A TOML basic string: quotes, backslashes and control characters escaped. */
    static String tomlString(String value) {
        var text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }

    /** The import could not be completed; the message says why. */
    public static final class ImportFailure extends RuntimeException {
        public ImportFailure(String message) {
            super(message);
        }
    }
}
