package dev.strata.compiler.parse;

import dev.strata.compiler.model.Collation;
import dev.strata.grammar.StrataParser.CollationDeclContext;
import dev.strata.grammar.StrataParser.CollationOptionContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code collation NAME (provider = icu, locale = '…', deterministic = false)} or {@code collation NAME from
 * EXISTING}. Option names are words of their own here (not key words of the language); an unknown one, a value
 * of the wrong kind, a repeat or {@code locale} beside {@code lc_collate}/{@code lc_ctype} is reported. Whether
 * PostgreSQL accepts the combination (a locale for ICU, both categories for libc) is the check's concern.
 */
final class CollationTranslator {

    static final List<String> OPTIONS = List.of("provider", "locale", "lc_collate", "lc_ctype", "deterministic");

    private final Translation in;
    private final String name;
    private final Options options;
    private String provider;
    private String locale;
    private String lcCollate;
    private String lcCtype;
    private boolean deterministic = true;
    private CollationOptionContext localeOption;

    private CollationTranslator(Translation in, String name) {
        this.in = in;
        this.name = name;
        this.options = new Options(in.issues(), "collation '" + name + "'");
    }

    static Collation collation(CollationDeclContext ctx, Translation in) {
        var name = Names.name(ctx.identifier());
        var span = in.source().span(ctx);
        if (ctx.collationName() != null) {
            return new Collation(name, in.collation(ctx.collationName()), null, null, null, null, true, span);
        }
        var t = new CollationTranslator(in, name);
        ctx.collationOption().forEach(t::option);
        return t.build(span);
    }

    private Collation build(dev.strata.compiler.diag.Span span) {
        if (locale == null && lcCollate != null && lcCollate.equals(lcCtype)) {
            locale = lcCollate;
            lcCollate = null;
            lcCtype = null;
        }
        return new Collation(name, null, provider == null ? Collation.LIBC : provider, locale, lcCollate, lcCtype,
                deterministic, span);
    }

    private void option(CollationOptionContext ctx) {
        var key = Names.name(ctx.key);
        var span = in.source().span(ctx);
        if (!OPTIONS.contains(key)) {
            in.issues().error(SyntaxCode.UNEXPECTED_INPUT, in.source().span(ctx.key),
                    "collation '" + name + "' has an unknown option '" + key + "'",
                    "a collation takes " + String.join(", ", OPTIONS) + " (or is written 'from EXISTING')");
            return;
        }
        if (!options.accept(key, key, span)) {
            return;
        }
        switch (key) {
            case "provider" -> provider = word(ctx).toLowerCase(Locale.ROOT);
            case "locale" -> {
                locale = word(ctx);
                localeOption = ctx;
            }
            case "lc_collate" -> lcCollate = word(ctx);
            case "lc_ctype" -> lcCtype = word(ctx);
            default -> deterministic = truth(ctx);
        }
        if (localeOption != null && (lcCollate != null || lcCtype != null)) {
            in.issues().error(SyntaxCode.CONFLICTING_OPTIONS, span, "collation '" + name + "' has both 'locale' and '"
                    + (lcCollate != null ? "lc_collate" : "lc_ctype") + "'",
                    "'locale' sets lc_collate and lc_ctype at once; keep either it or the two of them");
            lcCollate = null;
            lcCtype = null;
        }
    }

    /** A string, or a bare word (a provider is written {@code icu}); true and false are words here too. */
    private static String word(CollationOptionContext ctx) {
        if (ctx.STRING() != null) {
            return Literals.string(ctx.STRING().getText());
        }
        if (ctx.identifier().size() > 1) {
            return Names.name(ctx.identifier(1));
        }
        return ctx.TRUE() != null ? "true" : "false";
    }

    private boolean truth(CollationOptionContext ctx) {
        if (ctx.TRUE() != null) {
            return true;
        }
        if (ctx.FALSE() != null) {
            return false;
        }
        in.issues().error(SyntaxCode.UNEXPECTED_INPUT, in.source().span(ctx),
                "collation '" + name + "' has 'deterministic = " + word(ctx) + "'",
                "write deterministic = true or deterministic = false");
        return true;
    }
}
