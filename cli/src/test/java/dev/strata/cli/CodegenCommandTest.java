package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenCommandTest {

    private static final String SHOP = Path.of("../samples/shop").toString();

    @TempDir
    Path temp;

    private Run codegen(String facade, String version, Path out, String project) {
        return strata("codegen", "--facade", facade, "--version", version, "--package", "com.example.shop.api.v2",
                "--out", out.toString(), project);
    }

    @Test
    void generatesTheBindingsOfTheSample() throws Exception {
        Path out = temp.resolve("generated");
        var run = codegen("shop_api", "2", out, SHOP);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        Path facadeClass = out.resolve("com/example/shop/api/v2/ShopApiV2.java");
        assertThat(facadeClass).exists();
        assertThat(Files.readString(facadeClass)).contains("public final class ShopApiV2");
        assertThat(run.out()).startsWith("strata codegen: shop_api v2 → " + out.resolve("com/example/shop/api/v2")
                + ": 7 files, 7 written, 0 unchanged\n");
    }

    @Test
    void runningAgainRewritesNothing() throws Exception {
        Path out = temp.resolve("generated");
        codegen("shop_api", "2", out, SHOP);
        Path facadeClass = out.resolve("com/example/shop/api/v2/ShopApiV2.java");
        var old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(facadeClass, old);

        var run = codegen("shop_api", "2", out, SHOP);

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("7 files, 0 written, 7 unchanged").doesNotContain("wrote");
        assertThat(Files.getLastModifiedTime(facadeClass)).isEqualTo(old);
    }

    @Test
    void anUnknownFacadeListsTheOnesThatExist() {
        var run = codegen("shop", "2", temp.resolve("generated"), SHOP);
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).isEqualTo("strata codegen: there is no facade named shop; the sources declare"
                + " shop_api (versions 2, 3)\n");
        assertThat(temp.resolve("generated")).doesNotExist();
    }

    @Test
    void anUnknownVersionListsTheOnesThatExist() {
        var run = codegen("shop_api", "7", temp.resolve("generated"), SHOP);
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).isEqualTo("strata codegen: facade shop_api has no version 7; the sources declare"
                + " shop_api (versions 2, 3)\n");
    }

    @Test
    void anUnwritableOutputDirectoryIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("taken"), "not a directory");
        var run = codegen("shop_api", "2", file.resolve("generated"), SHOP);
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).isEqualTo("strata codegen: cannot write generated sources to "
                + file.resolve("generated") + ": " + file + " is a file, not a directory."
                + " Choose an output directory you can write to (--out DIR).\n");
    }

    @Test
    void aDeclarationWithoutJavaMappingIsShownWhereItIsWritten() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("api.strata"), """
                facade net_api version 1 {
                  view hosts (name text not null, address inet) as $$
                    select 'a', '127.0.0.1'::inet
                  $$
                }
                """);
        var run = strata("codegen", "--facade", "net_api", "--version", "1", "--package", "com.example.net",
                "--out", temp.resolve("generated").toString(), project.toString());
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err())
                .contains("api.strata:2:43: error[S3001]: type inet of column address of view hosts has no Java"
                        + " mapping")
                .contains("strata codegen: net_api v1 cannot be mapped to Java as declared; no files written");
        assertThat(temp.resolve("generated")).doesNotExist();
    }

    @Test
    void sourcesWithErrorsAreReportedAsStrataCheckWould() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("api.strata"), """
                facade shop_api version 1 {
                  view customers (id bigint not null) key (customer_id) as $$
                    select 1::bigint
                  $$
                }
                """);
        var run = strata("codegen", "--facade", "shop_api", "--version", "1", "--package", "com.example.shop",
                "--out", temp.resolve("generated").toString(), project.toString());
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).contains("api.strata:2:").containsPattern("error\\[S1\\d{3}\\]")
                .endsWith("strata codegen: the sources have errors (see strata check); no bindings generated\n");
        assertThat(temp.resolve("generated")).doesNotExist();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        var noFacade = strata("codegen", "--version", "2", "--package", "p", "--out", "x", SHOP);
        assertThat(noFacade.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noFacade.err()).contains("missing required option(s): [facade]");

        var badVersion = strata("codegen", "--facade", "shop_api", "--version", "two", "--package", "p", "--out",
                "x", SHOP);
        assertThat(badVersion.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badVersion.err()).contains("--version takes a whole number, like 2, not 'two'");

        var badPackage = strata("codegen", "--facade", "shop_api", "--version", "2", "--package", "com.example.new",
                "--out", "x", SHOP);
        assertThat(badPackage.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badPackage.err()).contains("'com.example.new' is not a Java package name");
    }

    @Test
    void helpDescribesEveryOption() {
        var run = strata("help", "codegen");
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Usage: strata codegen [OPTIONS] [PROJECT_DIR]")
                .contains("--facade NAME").contains("--version N").contains("--package PKG").contains("--out DIR")
                .contains("docs/codegen.md");
    }
}
