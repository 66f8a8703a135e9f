package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeRef;
import java.util.List;

/** Short ways to write expected model nodes in tests; spans do not take part in equality. */
final class Expected {

    private Expected() {
    }

    static TypeRef type(String name, String... modifiers) {
        return new TypeRef(name, List.of(modifiers), 0, Span.NONE);
    }

    static TypeRef array(String name, int dimensions) {
        return new TypeRef(name, List.of(), dimensions, Span.NONE);
    }

    static Column column(String name, TypeRef type, boolean notNull) {
        return new Column(name, type, notNull, null, null, null, null, null, null, null, Span.NONE);
    }

    static Column withDefault(Column c, String defaultExpr) {
        return new Column(c.name(), c.type(), c.notNull(), defaultExpr, c.identity(), c.generated(), c.collation(),
                c.comment(), null, null, Span.NONE);
    }

    static Column withIdentity(Column c, Identity identity) {
        return new Column(c.name(), c.type(), c.notNull(), c.defaultExpr(), identity, c.generated(), c.collation(),
                c.comment(), null, null, Span.NONE);
    }

    static Column generated(Column c, String expression) {
        return new Column(c.name(), c.type(), c.notNull(), c.defaultExpr(), c.identity(), expression, c.collation(),
                c.comment(), null, null, Span.NONE);
    }

    static Column collated(Column c, String collation) {
        return new Column(c.name(), c.type(), c.notNull(), c.defaultExpr(), c.identity(), c.generated(), collation,
                c.comment(), null, null, Span.NONE);
    }

    static Column commented(Column c, String comment) {
        return new Column(c.name(), c.type(), c.notNull(), c.defaultExpr(), c.identity(), c.generated(),
                c.collation(), comment, null, null, Span.NONE);
    }

    static Check check(String name, String column, String expression) {
        return new Check(name, column, expression, Span.NONE);
    }

    static Index.IndexElement key(String column) {
        return new Index.IndexElement(column, null, null, null, null, null, Span.NONE);
    }

    static Table table(Model model, String name) {
        return model.core().table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    static Routine routine(List<Routine> routines, String name) {
        return routines.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no routine " + name));
    }
}
