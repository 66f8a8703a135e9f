package dev.strata.cli;

import dev.strata.compiler.project.ProjectConfig;
import dev.strata.tester.CheckResult;
import dev.strata.tester.JUnitXml;
import dev.strata.tester.PlanTester;
import dev.strata.tester.TestReport;
import dev.strata.tester.TestRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

final class TestCommand implements Command {

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String summary() {
        return "Prove every plan on a scratch database: apply, check, roll back, check, re-apply";
    }

    @Override
    public String arguments() {
        return "[DIR]";
    }

    @Override
    public String description() {
        return "Applies the plans in order on a scratch database and, for each plan tested: snapshots the catalog"
                + " and every table's data, applies the plan, checks the catalog equals the plan's model built from"
                + " empty, checks every facade's declared interface against what PostgreSQL infers, rolls back and"
                + " checks catalog and data equal the snapshot, applies again and checks the model again. Then"
                + " fixtures/*.sql named after the plan load (0003_x.sql after plan 0003; unnumbered ones after the"
                + " first plan), and after the last plan tests/*.sql run, each file in a transaction rolled back."
                + " The scratch server is an embedded PostgreSQL started for the run in a temporary directory, or the"
                + " server of --url, on which scratch databases are created and dropped (the URL's own database is"
                + " never written). See docs/testing.md.\n"
                + "Exit codes: 0 every check passed, 1 a check failed or the plans are invalid, 2 usage.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("url").hasArg().argName("URL").desc("A PostgreSQL server to make"
                + " scratch databases on (needs CREATEDB); default: [scratch] url in strata.toml, else an embedded server"
                + " started for the run").get());
        options.addOption(Option.builder().longOpt("junit-xml").hasArg().argName("FILE").desc("Also write the"
                + " results as JUnit XML: one testsuite per plan, one testcase per check").get());
        options.addOption(Option.builder().longOpt("generate-data").hasArg().argName("ROWS").desc("Before each"
                + " tested plan, insert ROWS generated rows into every core table").get());
        options.addOption(Option.builder().longOpt("last").hasArg().argName("N").desc("Test only the last N"
                + " plans (the earlier ones are applied, not tested); default: all").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws CommandFailure {
        ProjectConfig project = RuntimeProject.config(name(), RuntimeOptions.projectDirectory(line, 0), terminal);
        TestRequest request = new TestRequest(project,
                ScratchUrl.server(line.getOptionValue("url"), "--url", project),
                count(line, "generate-data"),
                count(line, "last"));
        TestReport report = PlanTester.run(request);
        report.warnings().forEach(w -> terminal.err().println(terminal.yellow("warning: ") + w));
        for (String row : report.table()) {
            terminal.out().println(colour(row, terminal));
        }
        String summary = Formats.count(report.plans().size(), "plan") + ", "
                + Formats.count(report.failures(), "failed check") + " in "
                + report.millis() + " ms";
        terminal.out().println(report.passed() ? terminal.green("passed: ") + summary : terminal.red("FAILED: ")
                + summary);
        if (line.hasOption("junit-xml")) {
            write(Path.of(line.getOptionValue("junit-xml")), JUnitXml.write(report, project.name()));
        }
        return report.passed() ? ExitCode.OK : ExitCode.VALIDATION;
    }

    private static String colour(String row, Terminal terminal) {
        if (row.contains(" " + CheckResult.Status.FAILED.name().toLowerCase() + " ")) {
            return terminal.red(row);
        }
        return row;
    }

    private static int count(CommandLine line, String option) {
        String value = line.getOptionValue(option);
        if (value == null) {
            return 0;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--" + option + " expects a whole number of 0 or more, not '" + value + "'");
    }

    private static void write(Path file, String xml) throws CommandFailure {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, xml);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata test: cannot write " + file + ": " + e.getMessage());
        }
    }
}
