package dev.strata.cli;

import dev.strata.compiler.Compiler;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.SourceSnapshot;
import dev.strata.engine.database.Database;
import dev.strata.introspect.FacadeSchema;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.ScratchDatabase;
import dev.strata.introspect.Unsupported;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One side of {@code strata diff}: a live database (read by introspection), a project or directory of sources
 * (parsed), or a plan directory (its {@code schema.strata} snapshot: the schema the plan leads to). A project's
 * {@code [unmanaged] objects} come along, so that diff leaves those objects of the other side alone, and so does its
 * {@code [scratch] url}: the server its sources are read back on (null for a plan or a database).
 */
record SchemaOperand(String description, Model model, String coreSchema, List<Unsupported> unsupported,
                     boolean live, List<String> unmanaged, String scratchUrl) {

    /** A project, source directory or plan directory; null for a URL (read it with {@link #live}). */
    static SchemaOperand files(String argument) throws CommandFailure {
        if (LiveDatabases.isUrl(argument)) {
            return null;
        }
        Path path = Path.of(argument);
        if (!Files.isDirectory(path)) {
            throw new UsageException("'" + argument + "' is neither a database URL nor a directory");
        }
        if (Files.isRegularFile(path.resolve(PlanChain.PLAN_FILE))) {
            return plan(argument, path);
        }
        var project = Compiler.compile(path);
        if (!project.loaded()) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata diff: " + argument + " does not load: "
                    + messages(project.loadDiagnostics()));
        }
        return new SchemaOperand("sources " + argument, project.model(), project.config().coreSchema(), List.of(),
                false, project.config().unmanaged(), project.config().scratchUrl());
    }

    private static SchemaOperand plan(String argument, Path dir) throws CommandFailure {
        try {
            var read = PlanChain.readDirectory(dir, argument);
            if (!read.isValid()) {
                throw new CommandFailure(ExitCode.VALIDATION, "strata diff: plan " + argument + " cannot be trusted: "
                        + String.join("; ", read.problems().stream().map(PlanProblem::line).toList()));
            }
            var plan = read.plans().get(0);
            Path snapshot = dir.resolve(SourceSnapshot.FILE_NAME);
            var parsed = SourceSnapshot.parse(argument + "/" + SourceSnapshot.FILE_NAME, Files.readString(snapshot));
            if (parsed.hasErrors()) {
                throw new CommandFailure(ExitCode.VALIDATION, "strata diff: the snapshot of plan " + argument
                        + " does not parse: " + messages(parsed.diagnostics()));
            }
            return new SchemaOperand("plan " + plan.id(), parsed.model(), plan.coreSchema(), List.of(), false,
                    List.of(), null);
        } catch (java.io.IOException e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata diff: cannot read plan " + argument + ": "
                    + e.getMessage());
        }
    }

    /** A live database, read with the given core schema and facade schemas. */
    static SchemaOperand live(String url, String coreSchema, List<FacadeSchema> facades) throws Exception {
        try (Database database = LiveDatabases.open(url)) {
            var result = LiveDatabases.read(database, new IntrospectionRequest(coreSchema, facades));
            return new SchemaOperand("database " + database.target().display(), result.model(), coreSchema,
                    result.unsupported(), true, List.of(), null);
        }
    }

    /** The same schema as PostgreSQL prints it: applied to a scratch database and read back. */
    SchemaOperand readBack(ScratchDatabase scratch) throws CommandFailure {
        try {
            return new SchemaOperand(description + " (as PostgreSQL reads it back)", scratch.readBack(model, coreSchema),
                    coreSchema, unsupported, live, unmanaged, scratchUrl);
        } catch (java.sql.SQLException e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata diff: " + description + " cannot be read back"
                    + " through a scratch database (--no-normalize compares it as written): " + e.getMessage());
        }
    }

    /** The same side with another list of what the language cannot express (those not declared unmanaged). */
    SchemaOperand withUnsupported(List<Unsupported> objects) {
        return new SchemaOperand(description, model, coreSchema, objects, live, unmanaged, scratchUrl);
    }

    /** The facade versions of a model as the schemas a live database holds them in. */
    List<FacadeSchema> facadeSchemas() {
        return model.facades().stream().map(f -> new FacadeSchema(f.schemaName(), f.name(), f.version())).toList();
    }

    private static String messages(List<Diagnostic> diagnostics) {
        return String.join("; ", diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
    }
}
