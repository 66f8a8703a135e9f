package dev.strata.compiler.parse;

import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RoutineOptions.Parallel;
import dev.strata.compiler.model.RoutineOptions.Setting;
import dev.strata.compiler.model.Routine.Returns;
import dev.strata.compiler.model.Routine.RoutineKind;
import dev.strata.compiler.model.Routine.Security;
import dev.strata.compiler.model.Routine.Volatility;
import dev.strata.grammar.StrataBaseVisitor;
import dev.strata.grammar.StrataParser.BodyContext;
import dev.strata.grammar.StrataParser.FunctionDeclContext;
import dev.strata.grammar.StrataParser.IdentifierContext;
import dev.strata.grammar.StrataParser.OptCostContext;
import dev.strata.grammar.StrataParser.OptLeakproofContext;
import dev.strata.grammar.StrataParser.OptParallelContext;
import dev.strata.grammar.StrataParser.OptRowsContext;
import dev.strata.grammar.StrataParser.OptSetContext;
import dev.strata.grammar.StrataParser.OptSetFromCurrentContext;
import dev.strata.grammar.StrataParser.SettingNameContext;
import dev.strata.grammar.StrataParser.SettingValueContext;
import dev.strata.grammar.StrataParser.OptCommentContext;
import dev.strata.grammar.StrataParser.OptImmutableContext;
import dev.strata.grammar.StrataParser.OptLanguageContext;
import dev.strata.grammar.StrataParser.OptSecurityDefinerContext;
import dev.strata.grammar.StrataParser.OptSecurityInvokerContext;
import dev.strata.grammar.StrataParser.OptStableContext;
import dev.strata.grammar.StrataParser.OptStrictContext;
import dev.strata.grammar.StrataParser.OptVolatileContext;
import dev.strata.grammar.StrataParser.ParameterContext;
import dev.strata.grammar.StrataParser.ParameterModeContext;
import dev.strata.grammar.StrataParser.ProcedureDeclContext;
import dev.strata.grammar.StrataParser.ReturnTypeContext;
import dev.strata.grammar.StrataParser.ReturnsTableContext;
import dev.strata.grammar.StrataParser.ReturnsTypeContext;
import dev.strata.grammar.StrataParser.RoutineOptionContext;
import dev.strata.grammar.StrataParser.TableColumnContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Functions and procedures: signature, return type, options and the verbatim body. Options not written stay
 * null (language, volatility, security), meaning PostgreSQL's default.
 */
final class RoutineTranslator extends StrataBaseVisitor<Void> {

    private final Translation in;
    private final Options options;
    private String language;
    private Volatility volatility;
    private Security security;
    private boolean strict;
    private String comment;
    private Float cost;
    private Float rows;
    private Parallel parallel;
    private boolean leakproof;
    private final List<Setting> settings = new ArrayList<>();

    private RoutineTranslator(Translation in, String owner) {
        this.in = in;
        this.options = new Options(in.issues(), owner);
    }

    static Routine function(FunctionDeclContext ctx, Translation in) {
        return routine(RoutineKind.FUNCTION, ctx.identifier(), ctx.parameter(), returns(ctx.returnType(), in),
                ctx.routineOption(), ctx.body(), in, in.source().span(ctx));
    }

    static Routine procedure(ProcedureDeclContext ctx, Translation in) {
        return routine(RoutineKind.PROCEDURE, ctx.identifier(), ctx.parameter(), null, ctx.routineOption(),
                ctx.body(), in, in.source().span(ctx));
    }

    private static Routine routine(RoutineKind kind, IdentifierContext nameCtx, List<ParameterContext> parameters,
                                   Returns returns, List<RoutineOptionContext> written, BodyContext body,
                                   Translation in, dev.strata.compiler.diag.Span span) {
        var name = Names.name(nameCtx);
        var r = new RoutineTranslator(in, kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + name + "'");
        written.forEach(r::visit);
        var params = new ArrayList<Parameter>();
        for (int i = 0; i < parameters.size(); i++) {
            params.add(parameter(parameters.get(i), i + 1, in));
        }
        var options = new RoutineOptions(r.cost, r.rows, r.parallel, r.leakproof, r.settings);
        return new Routine(kind, name, params, returns, r.language, r.volatility, r.security, r.strict, options,
                in.verbatim().body(body), r.comment, span);
    }

    /** {@code position} counts from 1; an unnamed parameter ({@code $N}) must be written at its own position. */
    private static Parameter parameter(ParameterContext ctx, int position, Translation in) {
        var defaultExpr = ctx.term() == null ? null : in.verbatim().term(ctx.term());
        String name = null;
        if (ctx.identifier() != null) {
            name = Names.name(ctx.identifier());
        } else if (!ctx.POSITIONAL().getText().equals("$" + position)) {
            in.issues().error(SyntaxCode.PARAMETER_POSITION, in.source().span(ctx.POSITIONAL().getSymbol()),
                    "unnamed parameter " + ctx.POSITIONAL().getText() + " is parameter " + position + " of the list",
                    "an unnamed parameter is written as its position, which the body uses: write $" + position);
        }
        return new Parameter(name, mode(ctx.parameterMode()), in.types().typeRef(ctx.typeRef()), defaultExpr,
                in.source().span(ctx));
    }

    private static Parameter.Mode mode(ParameterModeContext ctx) {
        if (ctx == null) {
            return null;
        }
        if (ctx.IN() != null) {
            return Parameter.Mode.IN;
        }
        if (ctx.OUT() != null) {
            return Parameter.Mode.OUT;
        }
        return ctx.INOUT() != null ? Parameter.Mode.INOUT : Parameter.Mode.VARIADIC;
    }

    private static Returns returns(ReturnTypeContext ctx, Translation in) {
        if (ctx instanceof ReturnsTableContext table) {
            var columns = table.tableColumn().stream().map(c -> tableColumn(c, in)).toList();
            return new Returns(null, false, columns, in.source().span(ctx));
        }
        var type = (ReturnsTypeContext) ctx;
        return new Returns(in.types().typeRef(type.typeRef()), type.SETOF() != null, List.of(), in.source().span(ctx));
    }

    /** A column of {@code returns table (…)}: written without a mode, so its mode is null. */
    private static Parameter tableColumn(TableColumnContext ctx, Translation in) {
        return new Parameter(Names.name(ctx.identifier()), null, in.types().typeRef(ctx.typeRef()), null,
                in.source().span(ctx));
    }

    @Override
    public Void visitOptLanguage(OptLanguageContext ctx) {
        if (options.accept("language", "language", in.source().span(ctx))) {
            language = Names.fold(Names.name(ctx.identifier()));
        }
        return null;
    }

    @Override
    public Void visitOptImmutable(OptImmutableContext ctx) {
        volatility(Volatility.IMMUTABLE, ctx);
        return null;
    }

    @Override
    public Void visitOptStable(OptStableContext ctx) {
        volatility(Volatility.STABLE, ctx);
        return null;
    }

    @Override
    public Void visitOptVolatile(OptVolatileContext ctx) {
        volatility(Volatility.VOLATILE, ctx);
        return null;
    }

    @Override
    public Void visitOptSecurityDefiner(OptSecurityDefinerContext ctx) {
        security(Security.DEFINER, ctx);
        return null;
    }

    @Override
    public Void visitOptSecurityInvoker(OptSecurityInvokerContext ctx) {
        security(Security.INVOKER, ctx);
        return null;
    }

    @Override
    public Void visitOptStrict(OptStrictContext ctx) {
        strict = options.accept("strict", "strict", in.source().span(ctx)) || strict;
        return null;
    }

    @Override
    public Void visitOptComment(OptCommentContext ctx) {
        if (options.accept("comment", "comment", in.source().span(ctx))) {
            comment = in.comment(ctx.commentClause());
        }
        return null;
    }

    @Override
    public Void visitOptParallel(OptParallelContext ctx) {
        var value = Parallel.valueOf(ctx.level.getText().toUpperCase(Locale.ROOT));
        if (options.accept("parallel", "parallel " + value.name().toLowerCase(Locale.ROOT), in.source().span(ctx))) {
            parallel = value;
        }
        return null;
    }

    @Override
    public Void visitOptLeakproof(OptLeakproofContext ctx) {
        boolean value = ctx.NOT() == null;
        if (options.accept("leakproof", value ? "leakproof" : "not leakproof", in.source().span(ctx))) {
            leakproof = value;
        }
        return null;
    }

    @Override
    public Void visitOptCost(OptCostContext ctx) {
        if (options.accept("cost", "cost", in.source().span(ctx))) {
            cost = Float.parseFloat(ctx.signedNumber().getText());
        }
        return null;
    }

    @Override
    public Void visitOptRows(OptRowsContext ctx) {
        if (options.accept("rows", "rows", in.source().span(ctx))) {
            rows = Float.parseFloat(ctx.signedNumber().getText());
        }
        return null;
    }

    @Override
    public Void visitOptSet(OptSetContext ctx) {
        String name = settingName(ctx.settingName());
        if (options.accept("set " + name, "set " + name, in.source().span(ctx))) {
            settings.add(new Setting(name, ctx.settingValue().stream().map(RoutineTranslator::settingValue).toList(), false));
        }
        return null;
    }

    @Override
    public Void visitOptSetFromCurrent(OptSetFromCurrentContext ctx) {
        String name = settingName(ctx.settingName());
        if (options.accept("set " + name, "set " + name, in.source().span(ctx))) {
            settings.add(new Setting(name, List.of(), true));
        }
        return null;
    }

    /** PostgreSQL folds a parameter's name to lower case, quoted or not. */
    static String settingName(SettingNameContext ctx) {
        var parts = ctx.identifier().stream().map(i -> Names.name(i).toLowerCase(Locale.ROOT)).toList();
        return String.join(".", parts);
    }

    /** A value as PostgreSQL receives it: a string's contents, a name or a number as written. */
    static String settingValue(SettingValueContext ctx) {
        if (ctx.STRING() != null) {
            return Literals.string(ctx.STRING().getText());
        }
        if (ctx.identifier() != null) {
            return Names.name(ctx.identifier());
        }
        return ctx.getText().toLowerCase(Locale.ROOT);
    }

    private void volatility(Volatility value, RoutineOptionContext ctx) {
        if (options.accept("volatility", value.name().toLowerCase(java.util.Locale.ROOT), in.source().span(ctx))) {
            volatility = value;
        }
    }

    private void security(Security value, RoutineOptionContext ctx) {
        var option = "security " + value.name().toLowerCase(java.util.Locale.ROOT);
        if (options.accept("security", option, in.source().span(ctx))) {
            security = value;
        }
    }
}
