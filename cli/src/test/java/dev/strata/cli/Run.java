package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One {@code strata} command run in this JVM, as the tests run it: its exit code and what it printed. */
record Run(ExitCode code, String out, String err) {

    /** Runs {@code strata args…} without colours and with nothing on standard input. */
    static Run strata(String... args) {
        return withInput("", args);
    }

    /** An empty project {@code work/name} (project name shop) with its {@code schema/} directory. */
    static Path project(Path work, String name) throws IOException {
        Path project = work.resolve(name);
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        return project;
    }

    /** Writes {@code sources} as the project's {@code schema/core.strata} and plans them; the plan must be made. */
    static void plan(Path project, String sources, String name) throws IOException {
        Files.writeString(project.resolve("schema/core.strata"), sources);
        var plan = strata("plan", "--name", name, "--allow-data-loss", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
    }

    /**
     * Runs {@code strata COMMAND [ARGUMENT] --url URL PROJECT} ({@code rollback}'s argument is its {@code --steps});
     * the command must succeed.
     */
    static void succeeds(String url, String command, String argument, Path project) {
        var args = new ArrayList<String>(List.of(command));
        if (command.equals("rollback")) {
            args.addAll(List.of("--steps", argument));
        } else if (argument != null) {
            args.add(argument);
        }
        args.addAll(List.of("--url", url, project.toString()));
        var result = strata(args.toArray(String[]::new));
        assertThat(result.code()).as(String.join(" ", args) + "\n" + result.out() + result.err())
                .isEqualTo(ExitCode.OK);
    }

    /** Runs {@code strata args…} with {@code input} on standard input. */
    static Run withInput(String input, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        ExitCode code = Main.run(args, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, in));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
