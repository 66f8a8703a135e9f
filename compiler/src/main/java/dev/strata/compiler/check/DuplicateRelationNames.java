package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
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

    public static final String CODE = Code.DUPLICATE_RELATION_NAME.code();

    private record Relation(String name, String kind, Span span) {
    }

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var relation : declared(model)) {
            var first = names.claim(relation.name(), relation.kind(), relation.span());
            if (first != null) {
                diagnostics.report(declaredTwice(relation, first));
            }
        }
        for (var derived : derived(model)) {
            var first = names.claim(derived.name(), derived.kind().words(), derived.span());
            if (first != null) {
                diagnostics.report(derivedClash(derived, first));
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
            table.exclusions().stream().filter(x -> x.name() != null)
                    .forEach(x -> all.add(new Relation(x.name(), "exclusion constraint", x.span())));
            table.indexes().stream().filter(i -> i.name() != null)
                    .forEach(i -> all.add(new Relation(i.name(), "index", i.span())));
        }
        for (var view : core.views()) {
            view.indexes().stream().filter(i -> i.name() != null)
                    .forEach(i -> all.add(new Relation(i.name(), "index", i.span())));
        }
        all.sort(Comparator.comparing((Relation r) -> r.span().file())
                .thenComparingInt(r -> r.span().line())
                .thenComparingInt(r -> r.span().column()));
        return all;
    }

    /** The derived relation names of each table; a second table of one name is skipped, being reported itself. */
    private static List<DerivedName> derived(Model model) {
        var all = new ArrayList<DerivedName>();
        var tables = new HashSet<String>();
        for (var table : model.core().tables()) {
            if (tables.add(table.name())) {
                DerivedName.of(table).stream().filter(d -> d.kind().isRelation()).forEach(all::add);
            }
        }
        return all;
    }

    private static Diagnostic declaredTwice(Relation relation, FirstDeclarations.Holder first) {
        var message = relation.kind().equals(first.kind())
                ? relation.kind() + " '" + relation.name() + "' is declared twice"
                : relation.kind() + " '" + relation.name() + "' has the same name as " + Words.a(first.kind());
        return Diagnostic.error(CODE, relation.span(), message,
                        "tables, views, sequences and indexes share one namespace in the core schema; rename one")
                .withNote(first.span(), "the " + first.kind() + " '" + relation.name() + "' is declared here");
    }

    private static Diagnostic derivedClash(DerivedName derived, FirstDeclarations.Holder first) {
        var message = derived.what() + " would be named '" + derived.name() + "', which is already the name of "
                + Words.a(first.kind());
        var hint = derived.howToName("") + "; PostgreSQL would silently pick another one";
        return Diagnostic.error(CODE, derived.span(), message, hint)
                .withNote(first.span(), "the " + first.kind() + " '" + derived.name() + "' is declared here");
    }
}
