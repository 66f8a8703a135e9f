package dev.strata.compiler.format;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.List;

/** The verbatim SQL texts written within a node's source text (bodies excepted: they are single tokens). */
final class VerbatimSql {

    private VerbatimSql() {
    }

    static List<String> of(Object node, Object container) {
        var texts = new ArrayList<String>();
        if (node instanceof Column column) {
            texts.add(column.defaultExpr());
            texts.add(column.generated());
            if (column.typeChange() != null) {
                texts.add(column.typeChange().using());
                texts.add(column.typeChange().reverse());
            }
            if (container instanceof Table table) {
                checksWrittenOn(column, table, texts);
            }
        } else if (node instanceof Check check) {
            texts.add(check.expression());
        } else if (node instanceof Index index) {
            texts.add(index.where());
            index.elements().forEach(e -> texts.add(e.expression()));
        } else if (node instanceof Trigger trigger) {
            texts.add(trigger.when());
            texts.addAll(trigger.arguments());
        } else if (node instanceof Policy policy) {
            texts.add(policy.using());
            texts.add(policy.withCheck());
        } else if (node instanceof ViewColumn column) {
            texts.add(column.defaultExpr());
        } else if (node instanceof Domain domain) {
            texts.add(domain.defaultExpr());
            domain.checks().forEach(c -> texts.add(c.expression()));
        } else if (node instanceof Routine routine) {
            routine.parameters().forEach(p -> texts.add(p.defaultExpr()));
        }
        texts.removeIf(text -> text == null);
        return texts;
    }

    /**
     * The checks written among this column's options: their source lies within the column's. That includes a
     * table check the parser gave to the table because it starts a line of its own.
     */
    private static void checksWrittenOn(Column column, Table table, List<String> texts) {
        var span = column.span();
        for (var check : table.checks()) {
            var at = check.span();
            if (at.start() >= span.start() && at.end() <= span.end()) {
                texts.add(check.expression());
            }
        }
    }
}
