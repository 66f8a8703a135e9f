package dev.strata.compiler.planner;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.List;

/**
 * PostgreSQL makes primary key and identity columns NOT NULL whether or not the source says so. The planner
 * plans against models where that is written out, so dropping a primary key keeps or drops NOT NULL exactly as
 * the target says, and the database always matches the plan's idea of it.
 */
final class NotNullImplied {

    private NotNullImplied() {
    }

    static Model apply(Model model) {
        Core core = model.core();
        var tables = core.tables().stream().map(NotNullImplied::table).toList();
        var newCore = new Core(core.extensions(), core.enums(), core.domains(), core.sequences(), tables,
                core.views(), core.routines(), core.collations());
        return new Model(newCore, model.facades());
    }

    private static Table table(Table t) {
        List<String> key = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        var columns = t.columns().stream().map(c -> {
            boolean implied = key.contains(c.name()) || c.identity() != null;
            if (!implied || c.notNull()) {
                return c;
            }
            return new Column(c.name(), c.type(), true, c.defaultExpr(), c.identity(), c.identityOptions(),
                    c.generated(), c.collation(), c.comment(), c.renamedFrom(), c.typeChange(), c.span());
        }).toList();
        return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(),
                t.triggers(), t.rowSecurity(), t.policies(), t.comment(), t.renamedFrom(), t.span())
                .withPartitioning(t.partitionBy(), t.partitionOf()).withExclusions(t.exclusions())
                .withInherits(t.inherits()).withStorage(t.storage());
    }
}
