package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintingPerformanceTest {

    private static final String[] TYPES = {"text", "integer", "bigint", "numeric", "boolean", "timestamptz"};

    /** 2,000 tables of ten columns with a foreign key, a check and two indexes, and 2,000 facade views. */
    static SourceUnit largeSchema() {
        var tables = new ArrayList<Declaration>();
        var views = new ArrayList<View>();
        for (int t = 0; t < 2000; t++) {
            var columns = new ArrayList<Column>();
            columns.add(new Column("id", TypeRef.of("bigint"), false, null, Identity.ALWAYS, null, null, null, null,
                    null, Span.NONE));
            columns.add(new Column("parent_id", TypeRef.of("bigint"), false, null, null, null, null, null, null, null,
                    Span.NONE));
            var viewColumns = new ArrayList<ViewColumn>();
            for (int c = 0; c < 8; c++) {
                var type = TYPES[(t + c) % TYPES.length];
                var modifiers = type.equals("numeric") ? List.of("12", "2") : List.<String>of();
                columns.add(new Column("column_" + c, new TypeRef(type, modifiers, 0, Span.NONE), c % 3 == 0,
                        type.equals("integer") ? "0" : null, null, null, null, null, null, null, Span.NONE));
                viewColumns.add(new ViewColumn("column_" + c, new TypeRef(type, modifiers, 0, Span.NONE), false,
                        null, Span.NONE));
            }
            var foreignKeys = t == 0 ? List.<ForeignKey>of() : List.of(new ForeignKey(null, List.of("parent_id"),
                    "table_" + (t / 2), List.of("id"), ForeignKey.Action.CASCADE, null, false, false, Span.NONE));
            var indexes = List.of(
                    new Index("table_" + t + "_parent", false, null, List.of(new Index.IndexElement("parent_id", null,
                            null, null, null, null, Span.NONE)), List.of(), false, null, Span.NONE),
                    new Index("table_" + t + "_c0", false, null, List.of(
                            new Index.IndexElement("column_0", null, null, null, null, null, Span.NONE),
                            new Index.IndexElement("column_1", null, null, null, Index.Direction.DESC, null,
                                    Span.NONE)), List.of(), false, null, Span.NONE));
            tables.add(new Table("table_" + t, columns, new PrimaryKey(null, List.of("id"), Span.NONE), List.of(),
                    List.of(new Check(null, "column_1", "column_1 is not null", Span.NONE)), foreignKeys, indexes,
                    List.of(), List.of(), List.of(), "table number " + t, null, Span.NONE));
            views.add(new View("view_" + t, false, viewColumns, List.of(),
                    "\n    select * from core.table_" + t + "\n  ", null, Span.NONE));
        }
        return new SourceUnit("large.strata", List.of(new CoreBlock(tables, Span.NONE),
                new Facade("api", 1, views, List.of(), List.of(), Span.NONE)), List.of());
    }

    @Test
    void printsTwoThousandTablesTheSameEveryTime() {
        var schema = largeSchema();
        String text = SchemaPrinter.print(schema);
        assertThat(text).contains("table table_1999 {");
        assertThat(SchemaPrinter.print(schema)).isEqualTo(text);
    }

    @Test
    void formatsTheLargeSchemaFileEndToEnd() {
        var text = SchemaPrinter.print(largeSchema());
        var formatter = new Formatter();
        FormatResult result = formatter.format("large.strata", text);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.changed()).isFalse();
    }
}
