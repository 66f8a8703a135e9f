package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.DatabaseErrors;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.sql.SqlStatements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code strata sql [-c SQL | -f FILE] [DIR]}: runs SQL on the target the runtime commands resolve, printing results
 * as psql does ({@link SqlScriptRunner}). Standard output holds only the results; the target line, notices and
 * errors go to standard error.
 */
final class SqlCommand implements Command {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String summary() {
        return "Run SQL on the target and print the results as psql does";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Runs the statements of -c SQL, of -f FILE, or else of standard input, one after another on the"
                + " target (chosen as for apply: --url, STRATA_URL, strata.toml, PG*, else the project's embedded"
                + " PostgreSQL), in autocommit unless the script says BEGIN and COMMIT itself. Rows print as psql"
                + " prints them (an aligned table, nulls empty, a (N rows) footer), other statements as their"
                + " command tag (INSERT 0 3, CREATE TABLE). The first statement PostgreSQL rejects stops the script"
                + " (psql's ON_ERROR_STOP); it is shown with the error. psql's backslash commands are not"
                + " understood. The target is printed on standard error first, so standard output is only results.\n"
                + "Exit codes: 0 every statement ran, 3 a statement failed, 2 usage error or no such file, 6 cannot"
                + " connect.";
    }

    @Override
    public Options options() {
        Options options = RuntimeOptions.target(new Options());
        options.addOption(Option.builder("c").longOpt("command").hasArg().argName("SQL").desc("The SQL to run (one"
                + " or more statements separated by semicolons)").get());
        options.addOption(Option.builder("f").longOpt("file").hasArg().argName("FILE").desc("Run the SQL in FILE"
                + " ('-' for standard input)").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure, IOException {
        Script script = script(line, terminal);
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        List<SqlStatements.Statement> statements = SqlStatements.split(script.text());
        try (Database database = RuntimeOptions.openForChanges(line, project, terminal.err())) {
            try (Connection connection = database.connection()) {
                new SqlScriptRunner(terminal).run(connection, statements, script.origin());
            } catch (SQLException e) {
                throw new StrataException(DatabaseErrors.translate(e, database.target()), e);
            }
        }
        return ExitCode.OK;
    }

    /** The SQL to run and what to call where it came from in messages. */
    private record Script(String text, String origin) {
    }

    private static Script script(CommandLine line, Terminal terminal) throws IOException {
        String[] commands = line.getOptionValues("command");
        String[] files = line.getOptionValues("file");
        int given = (commands == null ? 0 : commands.length) + (files == null ? 0 : files.length);
        if (given > 1) {
            throw new UsageException("give the SQL once: one -c SQL or one -f FILE (or neither, to read standard"
                    + " input)");
        }
        if (commands != null) {
            return new Script(commands[0], "-c");
        }
        if (files == null || files[0].equals("-")) {
            return new Script(new String(terminal.in().readAllBytes(), StandardCharsets.UTF_8), "standard input");
        }
        Path file = Path.of(files[0]);
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory, not a file of SQL");
        }
        return new Script(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), files[0]);
    }
}
