package dev.strata.bench;

import dev.strata.compiler.check.SemanticChecker;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.project.LoadedProject;
import dev.strata.compiler.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's target: reading (parse) plus semantic checks of a generated project of 2,000 tables with 10 columns,
 * foreign keys and indexes, and 2,000 facade views, in a warm JVM, under one second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseCheckBenchmark {

    @Param("2000")
    public int tables;

    private Path project;

    @Setup(Level.Trial)
    public void writeProject() throws IOException {
        project = Files.createTempDirectory("strata-bench-");
        GeneratedSchema.write(project, tables, 42);
        LoadedProject loaded = ProjectLoader.load(project);
        List<Diagnostic> findings = SemanticChecker.check(loaded.model());
        if (loaded.hasErrors() || findings.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalStateException("the generated project does not check clean: " + findings);
        }
    }

    @Benchmark
    public int loadAndCheck() {
        LoadedProject loaded = ProjectLoader.load(project);
        return SemanticChecker.check(loaded.model()).size() + loaded.model().core().tables().size();
    }
}
