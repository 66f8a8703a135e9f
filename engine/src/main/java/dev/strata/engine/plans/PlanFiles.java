package dev.strata.engine.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Loads {@code migrations/NNNN_slug/plan.json} files, ordered by sequence. */
public final class PlanFiles {

    public static final String PLAN_FILE = "plan.json";

    private PlanFiles() {
    }

    public static PlanSet load(Path migrationsDir, String project) {
        if (!Files.isDirectory(migrationsDir)) {
            return new PlanSet(project, List.of());
        }
        List<Plan> plans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> entries = Files.list(migrationsDir)) {
            for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
                Path file = dir.resolve(PLAN_FILE);
                if (!Files.exists(file)) {
                    problems.add(dir.getFileName() + ": no " + PLAN_FILE + " in " + dir);
                    continue;
                }
                try {
                    Plan plan = PlanJson.read(java.nio.file.Files.readString(file));
                    if (!dir.getFileName().toString().equals(plan.id())) {
                        problems.add(dir.getFileName() + ": the plan inside says its id is '" + plan.id() + "'");
                    }
                    plans.add(plan);
                } catch (JsonProcessingException e) {
                    problems.add(file + ": not a readable plan (" + e.getOriginalMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "Cannot read " + migrationsDir + ".",
                    e.toString()), e);
        }
        if (!problems.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "Some plans in " + migrationsDir
                    + " cannot be used.", "  " + String.join("\n  ", problems)));
        }
        plans.sort(Comparator.comparingInt(Plan::sequence));
        return new PlanSet(project, plans);
    }
}
