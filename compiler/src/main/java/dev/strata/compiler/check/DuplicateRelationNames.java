package dev.strata.compiler.check;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Tables, views, materialized views, sequences and indexes share one namespace per schema in PostgreSQL, and so do
 * the indexes behind primary keys and unique constraints and the sequences behind identity columns. Declared
 * names are checked first, in source order; then the names PostgreSQL would derive for unnamed ones, because it
 * would silently pick a different name for those on a clash.
 */
public final class DuplicateRelationNames implements SchemaRule {

    public static final String CODE = "S1001";

    /** {@code what} reads "the primary key of table 'customer'"; {@code hint} says how to avoid a derived clash. */
    private record Relation(String name, String kind, String what, Span span, String hint) {

        Relation(String name, String kind, Span span) {
            this(name, kind, kind, span, null);
        }
    }

    private static final String NAME_IT =
            "give it a name with 'constraint NAME'; PostgreSQL would silently pick another one";

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var relation : declared(model)) {
            var first = names.claim(relation.name(), relation.kind(), relation.span());
            if (first != null) {
                diagnostics.report(declaredTwice(relation, first));
            }
        }
        for (var relation : derived(model)) {
            var first = names.claim(relation.name(), relation.kind(), relation.span());
            if (first != null) {
                diagnostics.report(derivedClash(relation, first));
            }
        }
    }

    private static List<Relation> declared(Model model) {
        var core = model.core();
        var all = new ArrayList<Relation>();
        core.tables().forEach(t -> all.add(new Relation(t.name(), "table", t.span())));
        core.views().forEach(v -> all.add(new Relation(v.name(), v.kind(), v.span())));
        core.sequences().forEach(s -> all.add(new Relation(s.name(), "sequence", s.span())));
        for (var table : core.tables()) {
            var pk = table.primaryKey();
            if (pk != null && pk.name() != null) {
                all.add(new Relation(pk.name(), "primary key", pk.span()));
            }
            table.uniques().stream().filter(u -> u.name() != null)
                    .forEach(u -> all.add(new Relation(u.name(), "unique constraint", u.span())));
            table.indexes().stream().filter(i -> i.name() != null)
                    .forEach(i -> all.add(new Relation(i.name(), "index", i.span())));
        }
        all.sort(Comparator.comparing((Relation r) -> r.span().file())
                .thenComparingInt(r -> r.span().line())
                .thenComparingInt(r -> r.span().column()));
        return all;
    }

    private static List<Relation> derived(Model model) {
        var all = new ArrayList<Relation>();
        var tables = new HashSet<String>();
        for (var table : model.core().tables()) {
            if (!tables.add(table.name())) {
                continue; // a second table of one name is reported itself; its derived names would only echo that
            }
            var of = " of table '" + table.name() + "'";
            var pk = table.primaryKey();
            if (pk != null && pk.name() == null) {
                all.add(new Relation(DefaultNames.of(table, pk), "primary key", "the primary key" + of, pk.span(),
                        NAME_IT));
            }
            table.uniques().stream().filter(u -> u.name() == null).forEach(u -> all.add(new Relation(
                    DefaultNames.of(table, u), "unique constraint", "the unique constraint" + of, u.span(), NAME_IT)));
            table.indexes().stream().filter(i -> i.name() == null).forEach(i -> all.add(new Relation(
                    DefaultNames.of(table, i), "index", "the unnamed index" + of, i.span(),
                    "give the index a name; PostgreSQL would silently pick another one")));
            addIdentitySequences(table, all);
        }
        return all;
    }

    private static void addIdentitySequences(Table table, List<Relation> all) {
        for (var column : table.columns()) {
            if (column.identity() != null || TypeCatalog.isSerial(column.type())) {
                all.add(new Relation(DefaultNames.identitySequence(table.name(), column.name()), "sequence",
                        "the sequence of column '" + table.name() + "." + column.name() + "'", column.span(),
                        "rename the other relation; PostgreSQL would silently give the sequence another name"));
            }
        }
    }

    private static Diagnostic declaredTwice(Relation relation, FirstDeclarations.Holder first) {
        var message = relation.kind().equals(first.kind())
                ? relation.kind() + " '" + relation.name() + "' is declared twice"
                : relation.kind() + " '" + relation.name() + "' has the same name as " + Words.a(first.kind());
        return Diagnostic.error(CODE, relation.span(), message,
                        "tables, views, sequences and indexes share one namespace in the core schema; rename one")
                .withNote(first.span(), "the " + first.kind() + " '" + relation.name() + "' is declared here");
    }

    private static Diagnostic derivedClash(Relation relation, FirstDeclarations.Holder first) {
        var message = relation.what() + " would be named '" + relation.name() + "', which is already the name of "
                + Words.a(first.kind());
        return Diagnostic.error(CODE, relation.span(), message, relation.hint())
                .withNote(first.span(), "the " + first.kind() + " '" + relation.name() + "' is declared here");
    }
}
