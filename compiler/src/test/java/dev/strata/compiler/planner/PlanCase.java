package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Note;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One directory under {@code src/test/resources/plans}: a schema before and after a change. */
record PlanCase(String name, Path dir, Model before, Model after) {

    static final Path ROOT = Path.of("src/test/resources/plans");
    static final String PLAN_ID = "0002_change";

    static List<PlanCase> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(PlanCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanCase load(Path dir) {
        return new PlanCase(dir.getFileName().toString(), dir, parse(dir, "before.strata"), parse(dir, "after.strata"));
    }

    /** The text of after.strata, as a project's source would hold it. */
    String afterText() {
        try {
            return Files.readString(dir.resolve("after.strata"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model parse(Path dir, String file) {
        try {
            var result = new StrataParser().parse(file, Files.readString(dir.resolve(file)));
            assertThat(result.diagnostics()).as("parsing " + dir.resolve(file)).isEmpty();
            return ModelAssembler.assemble(List.of(result.unit()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanResult plan() {
        return Planner.plan(new PlanRequest(before, after, "core", PLAN_ID, false, false));
    }

    boolean expectsErrors() {
        return name.startsWith("error-");
    }

    static Plan asPlan(PlanResult result) {
        return new Plan(Plan.FORMAT, PLAN_ID, 2, "change", "test", "core", "0001_start", "", "", "", "test",
                result.dataLossAccepted(), result.facadesAffected(), result.steps(), result.rollbackOrder(), null, "");
    }

    /** Diagnostics as the golden files show them: one per paragraph, with hint and notes. */
    static String render(List<Diagnostic> diagnostics) {
        var text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            text.append(d.severity().label()).append('[').append(d.code()).append("] ").append(d.span())
                    .append(": ").append(d.message()).append('\n');
            if (d.hint() != null) {
                text.append("  hint: ").append(d.hint()).append('\n');
            }
            for (Note note : d.notes()) {
                text.append("  note: ").append(note.span()).append(": ").append(note.message()).append('\n');
            }
        }
        return text.toString();
    }
}
