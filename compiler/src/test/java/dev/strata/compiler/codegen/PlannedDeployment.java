package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.Step;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Deploys a project's sources the way its first plan would: the planner plans from the empty model to the
 * sources, and each step's forward SQL runs over JDBC with the search path the steps expect (the core schema,
 * then public). The compiler does not depend on the runtime, so this stands in for {@code strata apply}.
 */
final class PlannedDeployment {

    private PlannedDeployment() {
    }

    static void deploy(String jdbcUrl, Path projectDir) throws SQLException {
        var project = ProjectLoader.load(projectDir);
        assertThat(project.diagnostics()).as("diagnostics of %s", projectDir).isEmpty();
        String coreSchema = project.config().coreSchema();
        var result = Planner.plan(new PlanRequest(Model.EMPTY, project.model(), coreSchema, "0001_codegen", true,
                false));
        assertThat(result.diagnostics()).as("diagnostics of the plan of %s", projectDir).isEmpty();
        try (var connection = TestDatabases.connect(jdbcUrl); var statement = connection.createStatement()) {
            statement.execute(SqlScripts.searchPathSql(coreSchema));
            for (Step step : result.steps()) {
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new SQLException("step " + step.number() + " (" + step.change() + " " + step.object()
                            + ") failed: " + e.getMessage() + "\n" + step.sql(), e.getSQLState(), e);
                }
            }
        }
    }

    static void sql(String jdbcUrl, String sql) throws SQLException {
        try (var connection = TestDatabases.connect(jdbcUrl); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PlannedDeployment.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
