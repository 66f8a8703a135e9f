package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Sequence;
import dev.strata.engine.catalog.SequenceQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Core sequences, except the ones identity columns own (those come with their column). Options equal to
 * PostgreSQL's defaults are left unset, as one would write them; a sequence owned by a column of a table that is
 * not imported is not imported either.
 */
final class SequenceBuilder {

    private final CatalogIndex index;
    private final List<SequenceQuery.Row> imported = new ArrayList<>();

    SequenceBuilder(CatalogIndex index) {
        this.index = index;
    }

    /** Decides which sequences are imported; call after the relations are decided. */
    void decide() {
        for (var sequence : index.catalog.sequences()) {
            if (sequence.ownerKind().equals("i")) {
                // an identity's sequence comes with its column; the language gives it no comment
                if (sequence.comment() != null) {
                    index.findings.add("sequence comment", Findings.qualified(sequence.schema(), sequence.name()),
                            "the comment on an identity column's sequence is not imported");
                }
                continue;
            }
            String name = Findings.qualified(sequence.schema(), sequence.name());
            if (!index.isCore(sequence.schema())) {
                exclude(sequence, name, "a facade schema holds views and routines only");
            } else if (sequence.ownerKind().equals("a") && index.exclusions.relationExcluded(sequence.ownerTable())) {
                exclude(sequence, name, "owned by " + sequence.ownerSchema() + "." + sequence.ownerTableName()
                        + ", which is not imported");
            } else {
                imported.add(sequence);
            }
        }
    }

    private void exclude(SequenceQuery.Row sequence, String name, String reason) {
        index.findings.add("sequence", name, reason);
        index.exclusions.excludeRelation(sequence.oid());
    }

    List<Sequence> build() {
        return imported.stream().map(this::sequence).toList();
    }

    private Sequence sequence(SequenceQuery.Row row) {
        String name = Findings.qualified(row.schema(), row.name());
        var type = index.types.resolve(row.typeOid()).type();
        var defaults = SequenceOptions.defaults(type.name(), row.increment());
        String ownedBy = null;
        if (row.ownerKind().equals("a")) {
            if (index.isCore(row.ownerSchema())) {
                ownedBy = row.ownerTableName() + "." + row.ownerColumn();
            } else {
                index.findings.add("sequence ownership", name, "owned by " + row.ownerSchema() + "."
                        + row.ownerTableName() + " outside the core schema; imported without an owner");
            }
        }
        return new Sequence(row.name(), type.name().equals("bigint") ? null : type,
                unlessDefault(row.start(), defaults.start()), unlessDefault(row.increment(), defaults.increment()),
                unlessDefault(row.min(), defaults.min()), unlessDefault(row.max(), defaults.max()),
                unlessDefault(row.cache(), defaults.cache()), row.cycle(), ownedBy, row.comment(), Span.NONE);
    }

    private static Long unlessDefault(long value, long defaultValue) {
        return value == defaultValue ? null : value;
    }
}
