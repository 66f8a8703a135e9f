package dev.strata.compiler.check;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.sql.DefaultNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A name PostgreSQL gives to something of a table that the source leaves unnamed: a constraint, an index, or the
 * sequence of an identity or serial column. {@code what} describes the owner in words ("the primary key of table
 * 'customer'"); {@code span} is where the owner is written.
 */
record DerivedName(String name, Kind kind, String what, Span span) {

    enum Kind {
        PRIMARY_KEY("primary key", true),
        UNIQUE("unique constraint", true),
        EXCLUSION("exclusion constraint", true),
        INDEX("index", true),
        SEQUENCE("sequence", true),
        CHECK("check constraint", false),
        FOREIGN_KEY("foreign key", false);

        private final String words;
        private final boolean relation;

        Kind(String words, boolean relation) {
            this.words = words;
            this.relation = relation;
        }

        String words() {
            return words;
        }

        /** Whether the name lives in the schema's relation namespace (tables, indexes, sequences). */
        boolean isRelation() {
            return relation;
        }
    }

    /** How to choose the name yourself: the constraint or index can be named; a sequence only follows its column. */
    String howToName(String adjective) {
        return switch (kind) {
            case INDEX -> "give the index a " + adjective + "name";
            case SEQUENCE -> "rename the table or column, since the sequence is named after them";
            default -> "give it a " + adjective + "name with 'constraint NAME'";
        };
    }

    static List<DerivedName> of(Table table) {
        var all = new ArrayList<DerivedName>();
        var of = " of table '" + table.name() + "'";
        var pk = table.primaryKey();
        if (pk != null && pk.name() == null) {
            all.add(new DerivedName(DefaultNames.wanted(table, pk), Kind.PRIMARY_KEY, "the primary key" + of, pk.span()));
        }
        table.uniques().stream().filter(u -> u.name() == null).forEach(u -> all.add(new DerivedName(
                DefaultNames.wanted(table, u), Kind.UNIQUE, "the unique constraint" + of, u.span())));
        table.checks().stream().filter(c -> c.name() == null).forEach(c -> all.add(new DerivedName(
                DefaultNames.wanted(table, c), Kind.CHECK, "the check constraint" + of, c.span())));
        table.foreignKeys().stream().filter(f -> f.name() == null).forEach(f -> all.add(new DerivedName(
                DefaultNames.wanted(table, f), Kind.FOREIGN_KEY, "the foreign key" + of, f.span())));
        table.exclusions().stream().filter(x -> x.name() == null).forEach(x -> all.add(new DerivedName(
                DefaultNames.wanted(table, x), Kind.EXCLUSION, "the exclusion constraint" + of, x.span())));
        table.indexes().stream().filter(i -> i.name() == null).forEach(i -> all.add(new DerivedName(
                DefaultNames.wanted(table, i), Kind.INDEX, "the unnamed index" + of, i.span())));
        for (var column : table.columns()) {
            if (column.identity() != null || TypeCatalog.isSerial(column.type())) {
                all.add(new DerivedName(DefaultNames.identitySequence(table.name(), column.name()), Kind.SEQUENCE,
                        "the sequence of column '" + table.name() + "." + column.name() + "'", column.span()));
            }
        }
        return all;
    }
}
