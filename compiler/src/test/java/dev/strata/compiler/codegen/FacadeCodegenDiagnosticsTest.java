package dev.strata.compiler.codegen;

import static dev.strata.compiler.codegen.Models.column;
import static dev.strata.compiler.codegen.Models.domain;
import static dev.strata.compiler.codegen.Models.enumType;
import static dev.strata.compiler.codegen.Models.facade;
import static dev.strata.compiler.codegen.Models.function;
import static dev.strata.compiler.codegen.Models.in;
import static dev.strata.compiler.codegen.Models.model;
import static dev.strata.compiler.codegen.Models.parameter;
import static dev.strata.compiler.codegen.Models.procedure;
import static dev.strata.compiler.codegen.Models.returns;
import static dev.strata.compiler.codegen.Models.returnsSetOf;
import static dev.strata.compiler.codegen.Models.type;
import static dev.strata.compiler.codegen.Models.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declarations that cannot become Java fail generation with a diagnostic at the declaration, and no files. */
class FacadeCodegenDiagnosticsTest {

    private static final Span INET_SPAN = Span.of("api.strata", 7, 21);

    private static CodegenResult generate(Model model) {
        return FacadeCodegen.generate(model, new CodegenRequest("api", 1, "com.example.api"));
    }

    private static CodegenResult generate(List<View> views, List<Routine> routines) {
        return generate(model(List.of(), List.of(), facade("api", 1, views, routines)));
    }

    private static Diagnostic single(CodegenResult result) {
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void unsupportedTypeIsReportedAtTheTypeWithAHint() {
        var inet = new TypeRef("inet", List.of(), 0, INET_SPAN);
        var result = generate(List.of(view("hosts", List.of(), column("address", inet, true))), List.of());
        var diagnostic = single(result);
        assertThat(diagnostic.code()).isEqualTo("S3001");
        assertThat(diagnostic.span()).hasToString("api.strata:7:21");
        assertThat(diagnostic.message()).isEqualTo("type inet of column address of view hosts has no Java mapping");
        assertThat(diagnostic.hint()).contains("docs/codegen.md");
    }

    @Test
    void everyProblemOfOneRunIsReported() {
        var result = generate(List.of(
                view("hosts", List.of(), column("address", "inet", true), column("mask", "cidr", false)),
                view("shapes", List.of(), column("outline", "polygon", false))), List.of());
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("S3001", "S3001", "S3001");
    }

    @Test
    void multiDimensionalArraysAreNotMapped() {
        var result = generate(List.of(view("grid", List.of(), column("cells", type("integer", 2), true))), List.of());
        assertThat(single(result).message()).contains("integer[][]").contains("more than one dimension");
    }

    @Test
    void unknownTypeIsReported() {
        var result = generate(List.of(view("v", List.of(), column("c", "mystery", true))), List.of());
        var diagnostic = single(result);
        assertThat(diagnostic.code()).isEqualTo("S3002");
        assertThat(diagnostic.message()).contains("mystery").contains("column c of view v");
    }

    @Test
    void domainsMapByTheirBaseTypeAndSelfReferenceIsReported() {
        var ok = model(List.of(), List.of(domain("amount", type("numeric")), domain("price", type("amount"))),
                facade("api", 1, List.of(view("v", List.of(), column("p", "price", true))), List.of()));
        assertThat(generate(ok).files()).isNotEmpty();
        var looping = model(List.of(), List.of(domain("a", type("b")), domain("b", type("a"))),
                facade("api", 1, List.of(view("v", List.of(), column("x", "a", true))), List.of()));
        assertThat(single(generate(looping)).message()).contains("defined in terms of itself");
    }

    @Test
    void clashingJavaNamesAreReportedWithANoteAtTheOtherDeclaration() {
        var result = generate(List.of(
                view("order_lines", List.of(), column("id", "bigint", true)),
                view("Order Lines", List.of(), column("id", "bigint", true))), List.of());
        assertThat(result.files()).isEmpty();
        var clashes = result.diagnostics().stream().filter(d -> d.code().equals("S3004")).toList();
        assertThat(clashes).isNotEmpty();
        assertThat(clashes.get(0).message()).contains("OrderLinesRow").contains("view order_lines");
        assertThat(clashes.get(0).notes()).hasSize(1);
    }

    @Test
    void clashingComponentsAreReported() {
        var result = generate(List.of(view("v", List.of(), column("full_name", "text", true),
                column("fullName", "text", true))), List.of());
        assertThat(single(result).message()).contains("fullName");
    }

    @Test
    void aFunctionNamedLikeAViewListMethodClashes() {
        var result = generate(List.of(view("customers", List.of(), column("id", "bigint", true))),
                List.of(function("customers", returns("bigint"))));
        var diagnostic = single(result);
        assertThat(diagnostic.code()).isEqualTo("S3004");
        assertThat(diagnostic.message()).contains("function customers").contains("customers");
    }

    @Test
    void functionsWithoutADeclaredResultShapeAreRefused() {
        var result = generate(List.of(), List.of(function("anything", returnsSetOf("record"))));
        var diagnostic = single(result);
        assertThat(diagnostic.code()).isEqualTo("S3005");
        assertThat(diagnostic.hint()).contains("returns table");
    }

    @Test
    void proceduresWithOutputParametersAreRefused() {
        var result = generate(List.of(), List.of(procedure("p", in("a", "bigint"),
                parameter("b", Parameter.Mode.INOUT, type("bigint")))));
        assertThat(single(result).code()).isEqualTo("S3005");
    }

    @Test
    void variadicParametersMustBeArrays() {
        var result = generate(List.of(), List.of(function("f", returns("bigint"),
                parameter("xs", Parameter.Mode.VARIADIC, type("bigint")))));
        assertThat(single(result).message()).contains("variadic parameter xs is not an array");
    }

    @Test
    void namesWithoutLettersAreReported() {
        var result = generate(List.of(view("!!!", List.of(), column("id", "bigint", true))), List.of());
        assertThat(single(result).code()).isEqualTo("S3003");
    }

    @Test
    void enumLabelsThatCollideAsConstantsAreReported() {
        var model = model(List.of(enumType("mood", "in transit", "in_transit")), List.of(),
                facade("api", 1, List.of(view("v", List.of(), column("m", "mood", true))), List.of()));
        var diagnostic = single(generate(model));
        assertThat(diagnostic.code()).isEqualTo("S3004");
        assertThat(diagnostic.message()).contains("IN_TRANSIT");
    }

    @Test
    void keyColumnsMustBeDeclared() {
        var result = generate(List.of(view("v", List.of(List.of("nope")), column("id", "bigint", true))), List.of());
        assertThat(single(result).code()).isEqualTo("S3006");
    }

    @Test
    void unknownFacadeOrVersionListsWhatExists() {
        var model = model(List.of(), List.of(),
                facade("shop_api", 1, List.of(), List.of()), facade("shop_api", 2, List.of(), List.of()),
                facade("admin_api", 1, List.of(), List.of()));
        assertThatThrownBy(() -> FacadeCodegen.generate(model, new CodegenRequest("shop_api", 3, "p")))
                .isInstanceOf(UnknownFacadeVersionException.class)
                .hasMessage("facade shop_api has no version 3; the sources declare admin_api (version 1),"
                        + " shop_api (versions 1, 2)");
        assertThatThrownBy(() -> FacadeCodegen.generate(model, new CodegenRequest("shop", 1, "p")))
                .hasMessageStartingWith("there is no facade named shop;");
        assertThatThrownBy(() -> FacadeCodegen.generate(Model.EMPTY, new CodegenRequest("shop", 1, "p")))
                .hasMessage("there is no facade named shop; the sources declare no facade");
    }

    @Test
    void packageNamesAreValidated() {
        assertThatThrownBy(() -> new CodegenRequest("a", 1, "com.example.class"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Java package name");
        assertThatThrownBy(() -> new CodegenRequest("a", 1, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generationIsDeterministic() {
        var model = model(List.of(enumType("mood", "happy", "sad")), List.of(), facade("api", 1,
                List.of(view("v", List.of(List.of("id")), column("id", "bigint", true), column("m", "mood", false))),
                List.of(function("f", returns("mood"), in("x", "mood")))));
        var first = generate(model);
        var second = generate(copyOf(model));
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(first.files()).extracting(GeneratedFile::relativePath).containsExactly(
                "com/example/api/ApiV1.java", "com/example/api/VRow.java", "com/example/api/Mood.java");
    }

    /** The same model rebuilt, so no state can be shared between the two runs. */
    private static Model copyOf(Model model) {
        Core core = model.core();
        List<EnumType> enums = List.copyOf(core.enums());
        List<Domain> domains = List.copyOf(core.domains());
        List<Facade> facades = List.copyOf(model.facades());
        return new Model(new Core(List.of(), enums, domains, List.of(), List.of(), List.of(), List.of()), facades);
    }
}
