package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.View;
import dev.strata.plan.sql.Identifiers;
import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL silently truncates identifiers to 63 bytes (UTF-8), so two long names can become one and the
 * planner's names would not match the database's. Reported for every declared name (S1401), for names PostgreSQL
 * derives (S1402: default constraint and index names, identity sequences, facade schemas), and for enum labels,
 * which PostgreSQL rejects beyond 63 bytes (S1403).
 */
public final class IdentifierLength implements SchemaRule {

    public static final String DECLARED = Code.IDENTIFIER_TOO_LONG.code();
    public static final String DERIVED = Code.DERIVED_NAME_TOO_LONG.code();
    public static final String ENUM_LABEL = Code.ENUM_LABEL_TOO_LONG.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        var names = new Names(diagnostics);
        core.extensions().forEach(e -> names.declared("extension", e.name(), e.span()));
        core.collations().forEach(c -> names.declared("collation", c.name(), c.span()));
        core.domains().forEach(d -> {
            names.declared("domain", d.name(), d.span());
            d.checks().forEach(c -> names.declared("constraint", c.name(), c.span()));
        });
        core.sequences().forEach(s -> names.declared("sequence", s.name(), s.span()));
        core.tables().forEach(names::table);
        core.views().forEach(names::view);
        core.routines().forEach(names::routine);
        for (var enumType : core.enums()) {
            names.declared("enum", enumType.name(), enumType.span());
            enumType.values().forEach(v -> names.label(enumType.name(), v.label(), v.span()));
        }
        for (var facade : model.facades()) {
            names.derived("the schema of facade " + facade.label(), facade.schemaName(), facade.span(),
                    "shorten the facade's name");
            facade.views().forEach(names::view);
            facade.routines().forEach(names::routine);
            facade.grants().forEach(g -> g.roles().forEach(r -> names.declared("role", r, g.span())));
        }
    }

    private record Names(Diagnostics diagnostics) {

        void table(Table table) {
            declared("table", table.name(), table.span());
            table.columns().forEach(c -> declared("column", c.name(), c.span()));
            table.triggers().forEach(t -> declared("trigger", t.name(), t.span()));
            table.policies().forEach(p -> declared("policy", p.name(), p.span()));
            var pk = table.primaryKey();
            if (pk != null) {
                declared("constraint", pk.name(), pk.span());
            }
            table.uniques().forEach(u -> declared("constraint", u.name(), u.span()));
            table.checks().forEach(c -> declared("constraint", c.name(), c.span()));
            table.foreignKeys().forEach(f -> declared("constraint", f.name(), f.span()));
            table.exclusions().forEach(x -> declared("constraint", x.name(), x.span()));
            table.indexes().forEach(i -> declared("index", i.name(), i.span()));
            if (Identifiers.byteLength(table.name()) > Identifiers.MAX_BYTES) {
                return; // every derived name is too long as well; the table name is the one to shorten
            }
            for (var derived : DerivedName.of(table)) {
                derived("the default name of " + derived.what(), derived.name(), derived.span(),
                        derived.howToName("shorter "));
            }
        }

        void view(View view) {
            declared(view.kind(), view.name(), view.span());
            view.columns().forEach(c -> declared("column", c.name(), c.span()));
            view.indexes().forEach(i -> declared("index", i.name(), i.span()));
            view.triggers().forEach(t -> declared("trigger", t.name(), t.span()));
        }

        void routine(Routine routine) {
            declared(routine.kind(), routine.name(), routine.span());
            routine.parameters().forEach(p -> declared("parameter", p.name(), p.span()));
            if (routine.returns() != null) {
                routine.returns().table().forEach(p -> declared("column", p.name(), p.span()));
            }
        }

        void declared(String kind, String name, Span span) {
            if (name == null || Identifiers.byteLength(name) <= Identifiers.MAX_BYTES) {
                return;
            }
            diagnostics.error(DECLARED, span, kind + " name '" + name + "' is " + Identifiers.byteLength(name)
                            + " bytes long; PostgreSQL would silently cut it to " + Identifiers.MAX_BYTES + " bytes",
                    "shorten it to at most " + Identifiers.MAX_BYTES + " bytes (it would become '"
                            + truncated(name) + "')");
        }

        void derived(String what, String name, Span span, String hint) {
            if (Identifiers.byteLength(name) <= Identifiers.MAX_BYTES) {
                return;
            }
            diagnostics.error(DERIVED, span, what + ", '" + name + "', is " + Identifiers.byteLength(name)
                    + " bytes long; PostgreSQL would shorten it in a way Strata cannot rely on", hint);
        }

        void label(String enumName, String label, Span span) {
            int bytes = label.getBytes(StandardCharsets.UTF_8).length;
            if (bytes <= Identifiers.MAX_BYTES) {
                return;
            }
            diagnostics.error(ENUM_LABEL, span, "label of enum '" + enumName + "' is " + bytes
                            + " bytes long; PostgreSQL allows at most " + Identifiers.MAX_BYTES,
                    "shorten the label");
        }
    }

    /** The name cut to 63 bytes without splitting a character, as PostgreSQL does. */
    static String truncated(String name) {
        var out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > Identifiers.MAX_BYTES) {
                break;
            }
            out.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
