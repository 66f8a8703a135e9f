package dev.strata.it;

import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.plan.PlanChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Strata project in a temporary directory whose sources a test rewrites, then plans with the real planner
 * ({@link PlanMaker}), like {@code strata plan} does; {@link #plans()} reads them back like {@code strata apply}.
 */
public final class TestProject {

    public static final String PROJECT = "facades";

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
        write(root.resolve("strata.toml"), "[project]\nname = \"" + PROJECT + "\"\nsource = \"schema\"\n"
                + "migrations = \"migrations\"\ncore_schema = \"core\"\n");
    }

    /** Replaces every source file with {@code files} (name to text) and plans the change as {@code name}. */
    public TestProject plan(String name, Map<String, String> files) {
        Path schema = root.resolve("schema");
        deleteTree(schema);
        files.forEach((file, text) -> write(schema.resolve(file), text));
        var outcome = PlanMaker.make(ProjectLoader.load(root), name, false, "test");
        if (outcome.status() != PlanMaker.Status.PLANNED) {
            throw new IllegalStateException("planning " + name + " gave " + outcome.status() + ": "
                    + outcome.diagnostics());
        }
        try {
            PlanMaker.write(outcome, root.resolve("migrations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public PlanChain plans() {
        return PlanChain.load(root.resolve("migrations"), "migrations", PROJECT);
    }

    public Path root() {
        return root;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
