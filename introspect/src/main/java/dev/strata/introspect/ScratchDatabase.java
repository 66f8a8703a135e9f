package dev.strata.introspect;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A throw-away PostgreSQL database (on a {@link ScratchServer}: embedded, in a temporary directory, or a configured
 * server) that reads a model back the way PostgreSQL
 * prints it: the model is planned from an empty database, applied to a fresh database, and introspected. Sources
 * written by hand say {@code default 'placed'} and {@code check (total >= 0)}; a live database says
 * {@code 'placed'::status} and {@code total >= (0)::numeric}. Comparing a live database with the sources read back
 * here shows only real differences.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final ScratchServer server;

    private ScratchDatabase(ScratchServer server) {
        this.server = server;
    }

    public static ScratchDatabase start() {
        return start(null);
    }

    /**
     * Reads back on {@code server} (a database is created and dropped there for each model; it needs CREATEDB), or
     * on an embedded server of its own when {@code server} is null: for extensions the embedded binaries lack.
     */
    public static ScratchDatabase start(Target server) {
        return new ScratchDatabase(server == null ? ScratchServer.embedded() : ScratchServer.at(server));
    }

    /**
     * The model as PostgreSQL reads it back. Fails with {@link SQLException} when the model does not apply (the
     * message names the step).
     */
    public Model readBack(Model model, String coreSchema) throws SQLException {
        var plan = Planner.plan(new PlanRequest(Model.EMPTY, model, coreSchema, "0001_scratch", true, true));
        if (plan.hasErrors()) {
            throw new SQLException("the schema cannot be planned from an empty database: " + plan.diagnostics());
        }
        Target database = server.newDatabase("strata_scratch");
        try {
            try (Connection connection = ScratchServer.connect(database)) {
                apply(connection, coreSchema, plan.steps());
                var facades = model.facades().stream()
                        .map(f -> new FacadeSchema(f.schemaName(), f.name(), f.version())).toList();
                return Introspector.read(connection, new IntrospectionRequest(coreSchema, facades)).model();
            }
        } finally {
            server.drop(database);
        }
    }

    private static void apply(Connection connection, String coreSchema, java.util.List<Step> steps)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(SqlScripts.searchPathSql(coreSchema));
            for (Step step : steps) {
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new SQLException("step " + step.number() + " (" + step.change() + " " + step.object()
                            + ") does not apply: " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
