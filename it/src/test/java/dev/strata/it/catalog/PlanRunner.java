package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.PlanResult;
import dev.strata.compiler.planner.Planner;
import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs plans on a test database the way the runtime does: one transaction, then the steps that cannot be in one (and
 * any transaction after them).
 */
final class PlanRunner {

    static final String CORE = "core";

    private PlanRunner() {
    }

    static Model parse(String file, String text) {
        var result = new StrataParser().parse(file, text);
        assertThat(result.diagnostics()).as("parse " + file).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }

    static PlanResult plan(Model from, Model to, String id, boolean first) {
        var result = Planner.plan(new PlanRequest(from, to, CORE, id, first, false));
        assertThat(result.diagnostics()).as("diagnostics planning " + id).isEmpty();
        return result;
    }

    static void apply(Connection connection, List<Step> steps) throws SQLException {
        searchPath(connection);
        connection.setAutoCommit(false);
        for (Step step : steps) {
            if (deferred(steps, step)) {
                continue;
            }
            if (step.backup() != null) {
                execute(connection, step.backup().captureSql(), step, "capture");
            }
            execute(connection, step.sql(), step, "forward");
        }
        connection.commit();
        connection.setAutoCommit(true);
        for (List<Step> run : Plan.runs(steps.stream().filter(step -> deferred(steps, step)).toList())) {
            connection.setAutoCommit(!run.get(0).transactional());
            for (Step step : run) {
                if (step.backup() != null) {
                    execute(connection, step.backup().captureSql(), step, "capture");
                }
                execute(connection, step.sql(), step, "forward");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(true);
        }
    }

    /**
     * As {@link Plan#deferred}: the step runs after the plan's transaction (outside one, or in a later one after a
     * step outside).
     */
    private static boolean deferred(List<Step> steps, Step step) {
        return !step.transactional() || steps.stream().anyMatch(s -> !s.transactional() && s.number() < step.number());
    }

    /** The way back as the runtime runs it: in {@code rollbackOrder} (empty: reverse order), keeping what it removes. */
    static void revert(Connection connection, List<Step> steps, List<Integer> rollbackOrder) throws SQLException {
        searchPath(connection);
        var reversed = new ArrayList<>(steps);
        Collections.reverse(reversed);
        if (!rollbackOrder.isEmpty()) {
            reversed = new ArrayList<>(rollbackOrder.stream().map(number -> steps.get(number - 1)).toList());
        }
        connection.setAutoCommit(true);
        for (List<Step> run : Plan.runs(reversed.stream().filter(step -> deferred(steps, step)).toList())) {
            connection.setAutoCommit(!run.get(0).transactional());
            for (Step step : run) {
                if (step.reverseBackup() != null) {
                    execute(connection, step.reverseBackup().captureSql(), step, "capture before reverse");
                }
                execute(connection, step.reverseSql(), step, "reverse");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(true);
        }
        connection.setAutoCommit(false);
        for (Step step : reversed) {
            if (!deferred(steps, step)) {
                if (step.reverseBackup() != null) {
                    execute(connection, step.reverseBackup().captureSql(), step, "capture before reverse");
                }
                execute(connection, step.reverseSql(), step, "reverse");
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void searchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + CORE + "\", public");
        }
    }

    static void execute(Connection connection, String sql, Step step, String what) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            throw new SQLException(what + " of step " + step.number() + " (" + step.change() + " " + step.object()
                    + ") failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** The core schema and every facade schema either model knows. */
    static List<String> schemas(Model... models) {
        var schemas = new TreeSet<String>();
        schemas.add(CORE);
        for (Model model : models) {
            for (Facade facade : model.facades()) {
                schemas.add(facade.schemaName());
            }
        }
        return List.copyOf(schemas);
    }

    /** Every row of every core table, as JSON (so physical column order does not matter), for checking data came back. */
    static List<String> data(Connection connection, Model model) throws SQLException {
        var rows = new ArrayList<String>();
        for (var table : model.core().tables()) {
            // a parent's own rows only: its children's are listed under each child
            String only = Inheritance.children(model.core(), table.name()).isEmpty() ? "" : "ONLY ";
            String sql = "SELECT coalesce(string_agg(to_jsonb(t)::text, ' | ' ORDER BY to_jsonb(t)::text), '') FROM "
                    + only + "\"" + CORE + "\".\"" + table.name() + "\" t";
            try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                rows.add(table.name() + ": " + rs.getString(1));
            }
        }
        return rows;
    }
}
