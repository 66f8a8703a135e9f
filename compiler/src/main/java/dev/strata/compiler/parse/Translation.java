package dev.strata.compiler.parse;

import dev.strata.grammar.StrataParser.CollationNameContext;
import dev.strata.grammar.StrataParser.ColumnListContext;
import dev.strata.grammar.StrataParser.CommentClauseContext;
import dev.strata.grammar.StrataParser.ConstraintNameContext;
import dev.strata.grammar.StrataParser.NullsDistinctContext;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** What every translator needs: the source (spans, verbatim text), type references, and the issue list. */
record Translation(Source source, Issues issues, TypeRefs types, Verbatim verbatim) {

    static Translation of(Source source) {
        return new Translation(source, new Issues(), new TypeRefs(source), new Verbatim(source));
    }

    /** The name given by {@code constraint NAME}, or null. */
    String constraintName(ConstraintNameContext ctx) {
        return ctx == null ? null : Names.name(ctx.identifier());
    }

    /** The names of {@code (a, b)}, or an empty list when the list was not written. */
    List<String> columnNames(ColumnListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.identifier().stream().map(Names::name).toList();
    }

    /** {@code collate "de-DE"}, {@code collate 'C'} or a bare (folded) name. */
    String collation(CollationNameContext ctx) {
        if (ctx.STRING() != null) {
            return Literals.string(ctx.STRING().getText());
        }
        return Names.name(ctx.identifier());
    }

    String comment(CommentClauseContext ctx) {
        return ctx == null ? null : Literals.string(ctx.STRING().getText());
    }

    /** The text of a {@code comment '…'} on a table constraint's or a trigger's line, null when there is none. */
    static String comment(Translation in, dev.strata.grammar.StrataParser.ConstraintCommentContext ctx) {
        return ctx == null ? null : in.comment(ctx.commentClause());
    }

    static boolean nullsNotDistinct(NullsDistinctContext ctx) {
        return ctx != null && ctx.NOT() != null;
    }

    /** A whole number that must fit in a long; reports and returns null when it does not. */
    Long number(Token sign, Token digits, String what) {
        var text = (sign == null ? "" : "-") + digits.getText();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            issues.error(SyntaxCode.NUMBER_OUT_OF_RANGE, source.span(sign == null ? digits : sign, digits),
                    what + " " + text + " is out of range",
                    "use a value between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            return null;
        }
    }
}
