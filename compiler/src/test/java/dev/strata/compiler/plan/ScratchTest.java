package dev.strata.compiler.plan;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.project.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void shop() {
        var project = ProjectLoader.load(Path.of("../samples/shop"));
        project.diagnostics().forEach(System.out::println);
        var result = Planner.plan(new PlanRequest(Model.EMPTY, project.model(), "core", "0001_init", true, false));
        result.diagnostics().forEach(System.out::println);
        var plan = new Plan(1, "0001_init", 1, "init", "shop", "core", null, null, "", "", "", false,
                List.of(), result.steps(), "");
        System.out.println(SqlScripts.up(plan));
        System.out.println(SqlScripts.down(plan));
    }
}
