package dev.strata.cli;

import dev.strata.compiler.Compilation;
import dev.strata.compiler.Compiler;
import dev.strata.compiler.codegen.CodegenRequest;
import dev.strata.compiler.codegen.CodegenWriteException;
import dev.strata.compiler.codegen.CodegenWriter;
import dev.strata.compiler.codegen.FacadeCodegen;
import dev.strata.compiler.codegen.UnknownFacadeVersionException;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.diag.Diagnostics;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code strata codegen}: typed Java bindings for one facade version. */
final class CodegenCommand implements Command {

    @Override
    public String name() {
        return "codegen";
    }

    @Override
    public String summary() {
        return "Generate typed Java bindings (JDBC) for one facade version";
    }

    @Override
    public String arguments() {
        return "[PROJECT_DIR]";
    }

    @Override
    public String description() {
        return "Generates Java sources for one facade version of the project in PROJECT_DIR (default: the current"
                + " directory): a record per view, an enum per enum the facade exposes, and a class (for example"
                + " ShopApiV2) with a method per view, key, function and procedure, built from a javax.sql.DataSource."
                + " The sources need Java 17 and the PostgreSQL JDBC driver. Files whose content is unchanged are"
                + " not rewritten. See docs/codegen.md.\n"
                + "Exit codes: 0 generated; 1 the sources have errors, a declaration has no Java mapping, the facade"
                + " version does not exist, or the output directory cannot be written; 2 bad command line.";
    }

    @Override
    public Options options() {
        var options = new Options();
        options.addOption(Option.builder().longOpt("facade").hasArg().argName("NAME").required()
                .desc("The facade to generate bindings for, as the sources name it (shop_api)").get());
        options.addOption(Option.builder().longOpt("version").hasArg().argName("N").required()
                .desc("The facade version (2); each version gets its own bindings").get());
        options.addOption(Option.builder().longOpt("package").hasArg().argName("PKG").required()
                .desc("Java package of the generated sources (com.example.shop.api.v2); use one package per"
                        + " facade version").get());
        options.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
                .desc("Directory the sources are written under, in their package directories"
                        + " (build/generated-sources/strata); created when missing").get());
        return options;
    }

    @Override
    public ExitCode run(CommandLine line, Terminal terminal) throws Exception {
        var request = request(line);
        var args = line.getArgList();
        if (args.size() > 1) {
            throw new UsageException("expected at most one project directory, got " + args.size());
        }
        var project = Compiler.compile(Path.of(args.isEmpty() ? "." : args.get(0)));
        var problems = new Diagnostics();
        problems.addAll(project.sourceDiagnostics());
        if (problems.hasErrors()) {
            terminal.err().print(DiagnosticRenderer.render(problems.sorted(), project.sourcesByFile(),
                    terminal.colour()));
            throw new CommandFailure(ExitCode.VALIDATION,
                    "strata codegen: the sources have errors (see strata check); no bindings generated");
        }
        var withCore = new CodegenRequest(request.facade(), request.version(), request.javaPackage(),
                project.config().coreSchema());
        return generate(project, withCore, Path.of(line.getOptionValue("out")), terminal);
    }

    private ExitCode generate(Compilation project, CodegenRequest request, Path out, Terminal terminal)
            throws CommandFailure {
        try {
            var result = FacadeCodegen.generate(project.model(), request);
            if (!result.diagnostics().isEmpty()) {
                terminal.err().print(DiagnosticRenderer.render(result.diagnostics(), project.sourcesByFile(),
                        terminal.colour()));
            }
            if (result.hasErrors()) {
                throw new CommandFailure(ExitCode.VALIDATION, "strata codegen: " + label(request)
                        + " cannot be mapped to Java as declared; no files written");
            }
            var summary = CodegenWriter.write(out, result.files());
            terminal.out().println("strata codegen: " + label(request) + " → " + out.resolve(packagePath(request))
                    + ": " + result.files().size() + " files, " + summary.written().size() + " written, "
                    + summary.unchanged().size() + " unchanged"
                    + (summary.deleted().isEmpty() ? "" : ", " + summary.deleted().size() + " stale deleted"));
            summary.written().forEach(path -> terminal.out().println("  wrote " + path));
            summary.deleted().forEach(path -> terminal.out().println("  deleted " + path));
            return ExitCode.OK;
        } catch (UnknownFacadeVersionException e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata codegen: " + e.getMessage());
        } catch (CodegenWriteException e) {
            throw new CommandFailure(ExitCode.VALIDATION, "strata codegen: " + e.getMessage());
        }
    }

    private static CodegenRequest request(CommandLine line) {
        String version = line.getOptionValue("version");
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new UsageException("--version takes a whole number, like 2, not '" + version + "'");
        }
        try {
            return new CodegenRequest(line.getOptionValue("facade"), number, line.getOptionValue("package"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--package: " + e.getMessage());
        }
    }

    private static String label(CodegenRequest request) {
        return request.facade() + " v" + request.version();
    }

    private static String packagePath(CodegenRequest request) {
        return request.javaPackage().replace('.', '/');
    }
}
