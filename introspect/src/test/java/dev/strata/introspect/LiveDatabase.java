package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.check.SemanticChecker;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.plan.SqlScripts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A fresh test database with some SQL run in it, to introspect. */
final class LiveDatabase {

    private LiveDatabase() {
    }

    static String create(String prefix, String sql) throws SQLException {
        String url = TestDatabases.newDatabase(prefix);
        try (Connection connection = TestDatabases.connect(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return url;
    }

    /** Introspects, and requires the model to pass the semantic checks: an import must be a valid project. */
    static IntrospectionResult introspect(String url, IntrospectionRequest request) throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            var result = Introspector.read(connection, request);
            var errors = SemanticChecker.check(result.model()).stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                throw new AssertionError("the imported model does not pass the checks: " + errors);
            }
            return result;
        }
    }

    /** The core of an imported model as the written files say it: each printed, parsed back and assembled. */
    static Core printedAndParsed(Model model) {
        var units = new ArrayList<SourceUnit>();
        ImportLayout.files(model).forEach((file, unit) -> {
            var parsed = new StrataParser().parse(file, SchemaPrinter.print(unit));
            assertThat(parsed.diagnostics()).as("parse " + file).isEmpty();
            units.add(parsed.unit());
        });
        return ModelAssembler.assemble(units).core();
    }

    /** The first column of every row {@code sql} returns on the database at {@code url}. */
    static List<String> rows(String url, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (Connection c = TestDatabases.connect(url); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** A new database {@code name…} holding what a first plan made from nothing to {@code model} creates. */
    static String plannedFromNothing(Model model, String name) throws SQLException {
        String fresh = TestDatabases.newDatabase(name);
        var plan = Planner.plan(new PlanRequest(Model.EMPTY, model, "core", "0001_import", true, false));
        assertThat(plan.diagnostics()).isEmpty();
        try (Connection c = TestDatabases.connect(fresh); var s = c.createStatement()) {
            s.execute(SqlScripts.searchPathSql("core"));
            for (var step : plan.steps()) {
                s.execute(step.sql());
            }
        }
        return fresh;
    }
}
