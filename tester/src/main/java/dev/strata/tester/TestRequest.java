package dev.strata.tester;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Target;

/**
 * What {@code strata test} tests: the project; {@code server} a PostgreSQL server to make scratch databases on
 * (null: an embedded one started for the run); {@code generatedRows} rows to generate per core table before each
 * tested plan (0: none); {@code lastPlans} how many of the last plans to test (0: all of them).
 */
public record TestRequest(ProjectConfig project, Target server, int generatedRows, int lastPlans) {

    public TestRequest {
        if (generatedRows < 0 || lastPlans < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
