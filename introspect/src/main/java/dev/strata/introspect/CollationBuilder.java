package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Collation;
import dev.strata.engine.catalog.CollationQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The collations of the core schema as model {@link Collation}s, written with their settings (a collation once
 * made {@code from} another reads as a copy of its settings). Left out and listed: collations of other schemas,
 * those of the builtin provider (PostgreSQL 17) and those with ICU rules (16), which the language does not declare;
 * a collation's comment, which it has no words for, is listed while the collation is imported.
 */
final class CollationBuilder {

    private final CatalogIndex index;

    CollationBuilder(CatalogIndex index) {
        this.index = index;
    }

    List<Collation> build() {
        var collations = new ArrayList<Collation>();
        for (var row : index.catalog.rows().collations()) {
            String name = Findings.qualified(row.schema(), row.name());
            String problem = problem(row);
            if (problem != null) {
                index.findings.add("collation", name, problem, row.definition());
                continue;
            }
            if (row.comment() != null) {
                index.findings.add("collation comment", name,
                        "the comment is not imported: the Strata language has no comment on collations");
            }
            collations.add(new Collation(row.name(), null, row.provider(), row.locale(), row.lcCollate(),
                    row.lcCtype(), row.deterministic(), Span.NONE));
            index.collations.add(row.name());
        }
        return collations;
    }

    private String problem(CollationQuery.Row row) {
        if (!index.isCore(row.schema())) {
            return "in schema " + row.schema() + "; Strata declares collations in the core schema only";
        }
        if (!row.provider().equals(Collation.ICU) && !row.provider().equals(Collation.LIBC)) {
            return "provider " + row.provider() + "; the Strata language declares icu and libc collations";
        }
        if (row.rules() != null) {
            return "it has ICU rules, which the Strata language does not declare";
        }
        return null;
    }
}
