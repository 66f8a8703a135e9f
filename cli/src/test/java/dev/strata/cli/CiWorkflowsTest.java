package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelines shipped in docs/ci, as far as they run here: every {@code strata} command they call exists and takes
 * the options they give it; the ones that need no production database (check, plan --check, test on a server, the
 * review) run on a copy of the sample as the pipeline runs them on {@code db/}, and pass.
 */
class CiWorkflowsTest {

    private static final Pattern COMMAND = Pattern.compile("\\$STRATA (.+)$");

    @TempDir
    Path dir;

    /** The two pipelines call the same commands: each is run once, where it first appears. */
    private final Set<List<String>> ran = new HashSet<>();

    @Test
    void gitHubActionsAndGitLabCi() throws IOException {
        Path project = Samples.copyShop(dir.resolve("db"));
        assertThat(runs("github-actions.yml", project))
                .containsExactly("check", "plan", "test", "review", "apply", "status");
        assertThat(runs("gitlab-ci.yml", project))
                .containsExactly("check", "plan", "test", "review", "apply", "status");
    }

    /** Runs or parses every command of the file; returns the commands in order. */
    private List<String> runs(String file, Path project) throws IOException {
        var seen = new ArrayList<String>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "ci", file))) {
            var m = COMMAND.matcher(line.strip());
            if (!m.find()) {
                continue;
            }
            String[] args = words(m.group(1), project).toArray(String[]::new);
            String name = args[0];
            seen.add(name);
            var command = Commands.find(name);
            assertThat(command).as("strata " + name + " in " + file).isPresent();
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            assertThatCode(() -> new DefaultParser().parse(command.get().options(), rest))
                    .as("the options of '" + line.strip() + "' in " + file).doesNotThrowAnyException();
            if (name.equals("apply") || name.equals("status") || !ran.add(List.of(args))) {
                continue; // apply and status run on production (STRATA_URL, a secret of the pipeline)
            }
            var run = Run.strata(args);
            assertThat(run.code()).as("'" + line.strip() + "' in " + file + ": " + run.err()).isEqualTo(ExitCode.OK);
            if (name.equals("review")) {
                assertThat(Files.readString(dir.resolve("target/strata/review.md")))
                        .startsWith("## Strata review: 7 plans (0001_initial, ");
            }
            if (name.equals("test")) {
                assertThat(dir.resolve("target/strata/TEST-strata.xml")).isNotEmptyFile();
            }
        }
        return seen;
    }

    /**
     * The command's words as the shell would split them, with what the pipeline provides here: {@code db} is the
     * copied sample, paths under {@code target/} are under this test's directory, the service PostgreSQL is the
     * tests' server, and no plan on the base branch ({@code ${base:-0}}).
     */
    private List<String> words(String text, Path project) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean quoted = false;
        for (char c : (text + " ").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(provided(word.toString(), project));
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return words;
    }

    private String provided(String word, Path project) {
        if (word.equals("db")) {
            return project.toString();
        }
        if (word.startsWith("target/")) {
            return dir.resolve(word).toString();
        }
        if (word.startsWith("postgresql://")) {
            return TestDatabases.server().admin().jdbcUrl();
        }
        return word.equals("${base:-0}") ? "0" : word;
    }
}
