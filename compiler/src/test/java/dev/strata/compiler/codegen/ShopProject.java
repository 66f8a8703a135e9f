package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.project.ProjectLoader;
import java.nio.file.Path;

/** The sample store, {@code samples/shop}, loaded with the real project loader. */
final class ShopProject {

    static final Path DIR = Path.of("../samples/shop");

    private ShopProject() {
    }

    static Model model() {
        var project = ProjectLoader.load(DIR);
        assertThat(project.diagnostics()).as("diagnostics of samples/shop").isEmpty();
        return project.model();
    }

    static CodegenResult generate(int version) {
        var result = FacadeCodegen.generate(model(),
                new CodegenRequest("shop_api", version, "com.example.shop.api.v" + version));
        assertThat(result.diagnostics()).isEmpty();
        return result;
    }
}
