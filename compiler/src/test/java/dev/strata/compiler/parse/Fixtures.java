package dev.strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeRef;
import java.util.List;

/** Parsing shortcuts and model values for expectations (spans are never compared, so they are all NONE). */
final class Fixtures {

    static final Span AT = Span.NONE;

    private Fixtures() {
    }

    static SourceUnit parse(String text) {
        var result = new StrataParser().parse("test.strata", text);
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        return result.unit();
    }

    static List<Declaration> core(String declarations) {
        var unit = parse("core {\n" + declarations + "\n}\n");
        return ((CoreBlock) unit.blocks().get(0)).declarations();
    }

    static Declaration declaration(String declaration) {
        var all = core(declaration);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static Table table(String body) {
        return (Table) declaration("table t {\n" + body + "\n}");
    }

    static Facade facade(String items) {
        var unit = parse("facade api version 1 {\n" + items + "\n}\n");
        return (Facade) unit.blocks().get(0);
    }

    static TypeRef type(String name, String... modifiers) {
        return new TypeRef(name, List.of(modifiers), 0, AT);
    }

    static TypeRef array(String name, int dimensions) {
        return new TypeRef(name, List.of(), dimensions, AT);
    }

    /** A column with nothing but a name and a type. */
    static Column column(String name, TypeRef type) {
        return new Column(name, type, false, null, null, null, null, null, null, null, AT);
    }

    static Column notNull(String name, TypeRef type) {
        return new Column(name, type, true, null, null, null, null, null, null, null, AT);
    }

    /** A table with only columns, for building expectations with the record's own constructor. */
    static Table plainTable(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, AT);
    }
}
