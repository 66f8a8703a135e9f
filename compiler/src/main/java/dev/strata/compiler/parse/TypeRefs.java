package dev.strata.compiler.parse;

import dev.strata.compiler.model.TypeRef;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.DoublePrecisionTypeContext;
import dev.strata.grammar.StrataParser.IntervalTypeContext;
import dev.strata.grammar.StrataParser.NamedTypeContext;
import dev.strata.grammar.StrataParser.TimeTypeContext;
import dev.strata.grammar.StrataParser.TypeModifiersContext;
import dev.strata.grammar.StrataParser.TypeRefContext;
import dev.strata.grammar.StrataParser.VaryingBitTypeContext;
import dev.strata.grammar.StrataParser.VaryingCharTypeContext;
import java.util.List;

/**
 * Type references: the name in lower case with single spaces ({@code char varying} is spelled
 * {@code character varying}), modifiers as written (numbers, or names for an extension's type: a bare word folded
 * to lower case, a quoted one exactly as spelled), and the number of array dimensions.
 */
final class TypeRefs {

    private final Source source;

    TypeRefs(Source source) {
        this.source = source;
    }

    TypeRef typeRef(TypeRefContext ctx) {
        var type = new NameVisitor().visit(ctx.typeName());
        return new TypeRef(type.name, type.modifiers, ctx.arraySuffix().size(), source.span(ctx));
    }

    private record Named(String name, List<String> modifiers) {
    }

    private static List<String> modifiers(TypeModifiersContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.typeModifier().stream()
                .map(m -> m.signedInteger() != null ? m.signedInteger().getText() : Names.name(m.identifier()))
                .toList();
    }

    private static final class NameVisitor extends StrataBaseVisitor<Named> {

        @Override
        public Named visitDoublePrecisionType(DoublePrecisionTypeContext ctx) {
            return new Named("double precision", List.of());
        }

        @Override
        public Named visitVaryingCharType(VaryingCharTypeContext ctx) {
            return new Named("character varying", modifiers(ctx.typeModifiers()));
        }

        @Override
        public Named visitVaryingBitType(VaryingBitTypeContext ctx) {
            return new Named("bit varying", modifiers(ctx.typeModifiers()));
        }

        @Override
        public Named visitTimeType(TimeTypeContext ctx) {
            var name = Names.fold(ctx.kind.getText());
            if (ctx.zone != null) {
                name += " " + Names.fold(ctx.zone.getText()) + " time zone";
            }
            return new Named(name, modifiers(ctx.typeModifiers()));
        }

        @Override
        public Named visitIntervalType(IntervalTypeContext ctx) {
            return new Named("interval", modifiers(ctx.typeModifiers()));
        }

        @Override
        public Named visitNamedType(NamedTypeContext ctx) {
            return new Named(Names.name(ctx.identifier()), modifiers(ctx.typeModifiers()));
        }
    }
}
