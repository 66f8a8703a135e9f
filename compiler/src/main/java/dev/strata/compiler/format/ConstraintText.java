package dev.strata.compiler.format;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.List;

/** The text of constraints, written inline on a column or as a table-level line. */
final class ConstraintText {

    private ConstraintText() {
    }

    static String inlinePrimaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "primary key" + deferral(key.deferrable(), key.initiallyDeferred());
    }

    static String tablePrimaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "primary key " + columnList(key.columns())
                + deferral(key.deferrable(), key.initiallyDeferred()) + comment(key.comment());
    }

    static String inlineUnique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "unique" + nullsNotDistinct(unique.nullsNotDistinct())
                + deferral(unique.deferrable(), unique.initiallyDeferred());
    }

    static String tableUnique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "unique" + nullsNotDistinct(unique.nullsNotDistinct()) + " "
                + columnList(unique.columns()) + deferral(unique.deferrable(), unique.initiallyDeferred())
                + comment(unique.comment());
    }

    static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return (deferrable ? " deferrable" : "") + (initiallyDeferred ? " initially deferred" : "");
    }

    static String inlineForeignKey(ForeignKey key) {
        return constraintName(key.name()) + references(key);
    }

    static String tableForeignKey(ForeignKey key) {
        return constraintName(key.name()) + "foreign key " + columnList(key.columns()) + " " + references(key)
                + comment(key.comment());
    }

    /** A check; its comment only when it is a line of its own (the layout gives a commented check one). */
    static String check(Check check) {
        return constraintName(check.name()) + "check " + Literals.parenthesized(check.expression())
                + (check.noInherit() ? " no inherit" : "") + notValid(check.notValid()) + comment(check.comment());
    }

    /** {@code  comment '…'} at the end of a constraint's, a trigger's or a sequence's line, or nothing. */
    static String comment(String text) {
        return text == null ? "" : " comment " + Literals.string(text);
    }

    static String columnList(List<String> columns) {
        return "(" + names(columns) + ")";
    }

    static String names(List<String> names) {
        var text = new StringBuilder();
        for (var name : names) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(StrataNames.name(name));
        }
        return text.toString();
    }

    static String nullsNotDistinct(boolean nullsNotDistinct) {
        return nullsNotDistinct ? " nulls not distinct" : "";
    }

    private static String references(ForeignKey key) {
        var text = new StringBuilder("references ").append(StrataNames.name(key.refTable()));
        if (!key.refColumns().isEmpty()) {
            text.append(' ').append(columnList(key.refColumns()));
        }
        if (key.matchFull()) {
            text.append(" match full");
        }
        if (key.onDelete() != null) {
            text.append(" on delete ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != null) {
            text.append(" on update ").append(key.onUpdate().sql());
        }
        return text.append(deferral(key.deferrable(), key.initiallyDeferred())).append(notValid(key.notValid()))
                .toString();
    }

    private static String notValid(boolean notValid) {
        return notValid ? " not valid" : "";
    }

    static String constraintName(String name) {
        return name == null ? "" : "constraint " + StrataNames.name(name) + " ";
    }
}
