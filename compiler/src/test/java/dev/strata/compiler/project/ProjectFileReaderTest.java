package dev.strata.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** strata.toml read on its own, as the runtime commands read it: everything it says, and its problems. */
class ProjectFileReaderTest {

    @TempDir
    Path temp;

    private void toml(String text) throws IOException {
        Files.writeString(temp.resolve(ProjectConfig.FILE_NAME), text);
    }

    @Test
    void everythingTheFileSaysIsInOneConfig() throws IOException {
        toml("""
                [project]
                name = "shop"
                migrations = "db/plans"
                core_schema = "data"

                [database]
                url = "jdbc:postgresql://localhost/shop"

                [facades.shop_api]
                live_roles = ["shop_app", "shop_batch"]

                [facades.admin]
                """);

        var file = ProjectFileReader.read(temp);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.hasErrors()).isFalse();
        var root = temp.toAbsolutePath().normalize();
        var config = file.config();
        assertThat(config.name()).isEqualTo("shop");
        assertThat(config.migrationsDir()).isEqualTo(root.resolve("db/plans"));
        assertThat(config.coreSchema()).isEqualTo("data");
        assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://localhost/shop");
        assertThat(config.liveRoles()).isEqualTo(Map.of("shop_api", List.of("shop_app", "shop_batch")));
        assertThat(config.liveRoles("shop_api")).containsExactly("shop_app", "shop_batch");
        assertThat(config.liveRoles("admin")).isEmpty();
        assertThat(file.file().displayPath()).isEqualTo("strata.toml");
    }

    @Test
    void unmanagedObjectsAreEntriesOfAKindAndANameAndAnythingElseIsAnError() throws IOException {
        toml("""
                [unmanaged]
                objects = ["policy core.orders.tenant_isolation", "  rule core.*  "]
                """);
        var file = ProjectFileReader.read(temp);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.config().unmanaged()).containsExactly("policy core.orders.tenant_isolation", "rule core.*");

        toml("""
                [unmanaged]
                objects = ["core.orders"]
                """);
        var bad = ProjectFileReader.read(temp);
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.diagnostics()).extracting(Diagnostic::code, d -> d.span().line(), Diagnostic::message)
                .containsExactly(tuple("S0010", 2, "[unmanaged] objects must be a list of entries \"KIND NAME\""));
    }

    @Test
    void whatPublicKeepsIsTrueFalseOrUnsaid() throws IOException {
        toml("""
                [database]
                revoke_temporary = true
                revoke_large_objects = false
                """);
        var config = ProjectFileReader.read(temp).config();
        assertThat(config.revokeTemporary()).isTrue();
        assertThat(config.revokeLargeObjects()).isFalse();

        toml("[project]\nname = \"shop\"\n");
        assertThat(ProjectFileReader.read(temp).config().revokeTemporary()).isNull();

        toml("""
                [database]
                revoke_temporary = "yes"
                """);
        var file = ProjectFileReader.read(temp);
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.diagnostics()).extracting(Diagnostic::code, d -> d.span().line(), Diagnostic::message)
                .containsExactly(tuple("S0010", 2, "[database] revoke_temporary must be true or false"));
    }

    @Test
    void theSourcesAreNotRead() throws IOException {
        toml("[project]\nname = \"shop\"\n");
        Files.createDirectories(temp.resolve("schema"));
        Files.writeString(temp.resolve("schema/broken.strata"), "core { table }");

        assertThat(ProjectFileReader.read(temp).diagnostics()).isEmpty();
        assertThat(ProjectLoader.load(temp).hasErrors()).isTrue();
    }

    @Test
    void liveRolesMustBeAListOfNames() throws IOException {
        toml("""
                [facades.shop_api]
                live_roles = "shop_app"

                [facades.admin]
                live_roles = ["ops", 3]
                """);

        var file = ProjectFileReader.read(temp);

        assertThat(file.hasErrors()).isTrue();
        assertThat(file.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                tuple("S0010", "[facades.shop_api] live_roles must be a list of role names"),
                tuple("S0010", "[facades.admin] live_roles must be a list of role names"));
        assertThat(DiagnosticRenderer.render(file.diagnostics().subList(0, 1), file.sourcesByFile(), false))
                .isEqualTo("""
                        strata.toml:2:1: error[S0010]: [facades.shop_api] live_roles must be a list of role names
                            2 | live_roles = "shop_app"
                              | ^^^^^^^^^^
                        hint: write it as a list of quoted names, for example live_roles = ["shop_app"]

                        1 error
                        """);
        assertThat(file.config().liveRoles()).isEmpty();
    }

    @Test
    void malformedTomlHasNoConfig() throws IOException {
        toml("[project]\nname = shop\n");

        var file = ProjectFileReader.read(temp);

        assertThat(file.config()).isNull();
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.diagnostics()).extracting(Diagnostic::code).containsExactly("S0008");
        assertThat(file.sourcesByFile()).containsOnlyKeys("strata.toml");
    }

    @Test
    void withoutAProjectFileTheDefaultsApply() throws IOException {
        Files.createDirectories(temp.resolve("schema"));

        var file = ProjectFileReader.read(temp);

        var root = temp.toAbsolutePath().normalize();
        assertThat(file.file()).isNull();
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.config()).isEqualTo(new ProjectConfig(root, root.getFileName().toString(),
                root.resolve("schema"), root.resolve("migrations"), "core", null));
    }
}
