package dev.strata.compiler.format;

import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Sequence;
import java.util.ArrayList;

/** The one-line declarations: extensions, collations, enums, domains and sequences. */
final class DeclarationPrinter {

    private final Output out;

    DeclarationPrinter(Output out) {
        this.out = out;
    }

    void print(Extension extension, int depth) {
        out.node(depth, "extension " + StrataNames.name(extension.name()), extension);
    }

    void print(Collation collation, int depth) {
        var text = new StringBuilder("collation ").append(StrataNames.name(collation.name()));
        if (collation.copied()) {
            out.node(depth, text.append(" from ").append(StrataNames.name(collation.from())).toString(), collation);
            return;
        }
        var options = new ArrayList<String>();
        options.add("provider = " + collation.provider());
        if (collation.locale() != null) {
            options.add("locale = " + Literals.string(collation.locale()));
        }
        if (collation.lcCollate() != null) {
            options.add("lc_collate = " + Literals.string(collation.lcCollate()));
        }
        if (collation.lcCtype() != null) {
            options.add("lc_ctype = " + Literals.string(collation.lcCtype()));
        }
        if (!collation.deterministic()) {
            options.add("deterministic = false");
        }
        out.node(depth, text.append(" (").append(String.join(", ", options)).append(')').toString(), collation);
    }

    void print(EnumType enumType, int depth) {
        var name = "enum " + StrataNames.name(enumType.name());
        var labels = new ArrayList<String>();
        enumType.labels().forEach(label -> labels.add(Literals.string(label)));
        var comment = enumType.comment() == null ? "" : " comment " + Literals.string(enumType.comment());
        var oneLine = name + " (" + String.join(", ", labels) + ")" + comment;
        out.leadingComments(depth, enumType);
        if (Layout.fits(depth, oneLine) || labels.isEmpty()) {
            out.line(depth, oneLine, enumType);
            return;
        }
        out.line(depth, name + " (");
        for (int i = 0; i < labels.size(); i++) {
            out.line(depth + 1, labels.get(i) + (i < labels.size() - 1 ? "," : ""));
        }
        out.line(depth, ")" + comment, enumType);
    }

    void print(Domain domain, int depth) {
        var text = new StringBuilder("domain ").append(StrataNames.name(domain.name()))
                .append(' ').append(TypePrinter.print(domain.baseType()));
        if (domain.notNull()) {
            text.append(" not null");
        }
        if (domain.defaultExpr() != null) {
            text.append(" default ").append(domain.defaultExpr());
        }
        domain.checks().forEach(check -> text.append(' ').append(ConstraintText.check(check)));
        if (domain.comment() != null) {
            text.append(" comment ").append(Literals.string(domain.comment()));
        }
        out.node(depth, text.toString(), domain);
    }

    void print(Sequence sequence, int depth) {
        var text = new StringBuilder("sequence ").append(StrataNames.name(sequence.name()));
        if (sequence.type() != null) {
            text.append(" as ").append(TypePrinter.print(sequence.type()));
        }
        text.append(numbers(IdentityOptions.of(sequence)));
        if (sequence.ownedBy() != null) {
            text.append(" owned by ").append(ownedBy(sequence.ownedBy()));
        }
        text.append(ConstraintText.comment(sequence.comment()));
        out.node(depth, text.toString(), sequence);
    }

    /** {@code  start N increment N minvalue N maxvalue N cache N cycle}, each only when set. */
    static String numbers(IdentityOptions options) {
        var text = new StringBuilder();
        option(text, "start", options.start());
        option(text, "increment", options.increment());
        option(text, "minvalue", options.minValue());
        option(text, "maxvalue", options.maxValue());
        option(text, "cache", options.cache());
        if (options.cycle()) {
            text.append(" cycle");
        }
        return text.toString();
    }

    private static void option(StringBuilder text, String keyword, Long value) {
        if (value != null) {
            text.append(' ').append(keyword).append(' ').append(value);
        }
    }

    /** {@code table.column}, each part quoted as needed. */
    private static String ownedBy(String ownedBy) {
        int dot = ownedBy.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("sequence owner must be table.column: " + ownedBy);
        }
        return StrataNames.name(ownedBy.substring(0, dot)) + "." + StrataNames.name(ownedBy.substring(dot + 1));
    }
}
