package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.project.ProjectLoader;
import java.nio.file.Path;

/** codegen/types: a facade with a column, an array column and an echo function per mapped type. */
final class TypesProject {

    static final Path DIR = Path.of("src/test/resources/codegen/types");

    private TypesProject() {
    }

    static CodegenResult generate() {
        var project = ProjectLoader.load(DIR);
        assertThat(project.diagnostics()).as("diagnostics of codegen/types").isEmpty();
        var result = FacadeCodegen.generate(project.model(),
                new CodegenRequest("types_api", 1, "com.example.types.api"));
        assertThat(result.diagnostics()).isEmpty();
        return result;
    }
}
