package dev.strata.compiler.check;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code strata check} does (see CheckCommand), for tests: read and parse, then, when that found no error,
 * run the semantic checks. {@code diagnostics} are sorted as the command prints them.
 */
record SourceCheck(List<Diagnostic> diagnostics, Map<String, String> sources) {

    /** One file's text, parsed and checked on its own. */
    static SourceCheck of(String file, String text) {
        var parsed = new StrataParser().parse(file, text);
        var diagnostics = new Diagnostics();
        diagnostics.addAll(parsed.diagnostics());
        if (!parsed.hasErrors()) {
            diagnostics.addAll(SemanticChecker.check(ModelAssembler.assemble(List.of(parsed.unit()))));
        }
        return new SourceCheck(diagnostics.sorted(), Map.of(file, text));
    }

    static String render(String file, String text) {
        var check = of(file, text);
        return DiagnosticRenderer.render(check.diagnostics(), check.sources(), false);
    }

    /**
     * A sample of samples/errors, loaded the way the command line loads a project: a directory is a project; a
     * {@code .strata} file is loaded as the only file of a project; anything else is handed to the loader as is
     * (it is not a directory).
     */
    static SourceCheck ofSample(Path sample) throws IOException {
        if (Files.isDirectory(sample) || !sample.getFileName().toString().endsWith(".strata")) {
            return of(ProjectLoader.load(sample));
        }
        var dir = Files.createTempDirectory("strata-sample");
        try {
            var copy = dir.resolve(sample.getFileName());
            Files.copy(sample, copy);
            return of(ProjectLoader.load(dir));
        } finally {
            try (var files = Files.list(dir)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static SourceCheck of(LoadedProject project) {
        var diagnostics = new Diagnostics();
        diagnostics.addAll(project.diagnostics());
        if (!project.hasErrors()) {
            diagnostics.addAll(SemanticChecker.check(project.model()));
        }
        return new SourceCheck(diagnostics.sorted(), project.sourcesByFile());
    }
}
