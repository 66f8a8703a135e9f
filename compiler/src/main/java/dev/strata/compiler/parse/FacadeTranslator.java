package dev.strata.compiler.parse;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Grant.Privilege;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.View;
import dev.strata.grammar.StrataParser.FacadeBlockContext;
import dev.strata.grammar.StrataParser.FacadeItemContext;
import dev.strata.grammar.StrataParser.GrantDeclContext;
import dev.strata.grammar.StrataParser.PrivilegeContext;
import java.util.ArrayList;
import java.util.List;

/** {@code facade NAME version N { views, functions, procedures, grants }}, each list in source order. */
final class FacadeTranslator {

    private FacadeTranslator() {
    }

    static Facade facade(FacadeBlockContext ctx, Translation in) {
        var views = new ArrayList<View>();
        var routines = new ArrayList<Routine>();
        var grants = new ArrayList<Grant>();
        for (FacadeItemContext item : ctx.facadeItem()) {
            if (item.viewDecl() != null) {
                views.add(ViewTranslator.view(item.viewDecl(), in));
            } else if (item.functionDecl() != null) {
                routines.add(RoutineTranslator.function(item.functionDecl(), in));
            } else if (item.procedureDecl() != null) {
                routines.add(RoutineTranslator.procedure(item.procedureDecl(), in));
            } else {
                grants.add(grant(item.grantDecl(), in));
            }
        }
        return new Facade(Names.name(ctx.identifier()), version(ctx, in), views, routines, grants,
                in.source().span(ctx));
    }

    private static int version(FacadeBlockContext ctx, Translation in) {
        var digits = ctx.INTEGER().getSymbol();
        try {
            return Integer.parseInt(digits.getText());
        } catch (NumberFormatException e) {
            in.issues().error(SyntaxCode.NUMBER_OUT_OF_RANGE, in.source().span(digits),
                    "facade version " + digits.getText() + " is out of range",
                    "facade versions are whole numbers up to " + Integer.MAX_VALUE);
            return 0;
        }
    }

    private static Grant grant(GrantDeclContext ctx, Translation in) {
        var object = Names.name(ctx.object);
        var options = new Options(in.issues(), "the grant on '" + object + "'");
        var privileges = new ArrayList<Privilege>();
        for (var written : ctx.privilege()) {
            var privilege = privilege(written);
            var word = privilege.name().toLowerCase(java.util.Locale.ROOT);
            if (options.accept(word, word, in.source().span(written))) {
                privileges.add(privilege);
            }
        }
        List<String> roles = ctx.roles.stream().map(Names::name).toList();
        return new Grant(privileges, object, roles, in.source().span(ctx));
    }

    private static Privilege privilege(PrivilegeContext ctx) {
        if (ctx.SELECT() != null) {
            return Privilege.SELECT;
        }
        if (ctx.INSERT() != null) {
            return Privilege.INSERT;
        }
        if (ctx.UPDATE() != null) {
            return Privilege.UPDATE;
        }
        if (ctx.DELETE() != null) {
            return Privilege.DELETE;
        }
        return ctx.EXECUTE() != null ? Privilege.EXECUTE : Privilege.ALL;
    }
}
