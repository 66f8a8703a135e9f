package dev.strata.compiler.parse;

import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.Policy.Command;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.grammar.StrataParser.PolicyCommandContext;
import dev.strata.grammar.StrataParser.PolicyDefContext;
import dev.strata.grammar.StrataParser.RowSecurityContext;

/**
 * {@code enable|force row level security} and {@code policy NAME [as permissive|restrictive] for COMMAND
 * [to ROLE, …] [using (…)] [with check (…)]}. A policy without {@code as} is permissive and one without
 * {@code to} applies to {@code public}, as in PostgreSQL.
 */
final class PolicyTranslator {

    private PolicyTranslator() {
    }

    static RowSecurity rowSecurity(RowSecurityContext ctx, Translation in) {
        var setting = ctx.ENABLE() != null ? RowSecurity.Setting.ENABLE : RowSecurity.Setting.FORCE;
        return new RowSecurity(setting, in.source().span(ctx));
    }

    static Policy policy(PolicyDefContext ctx, Translation in) {
        var roles = ctx.roles.stream().map(Names::name).toList();
        var using = ctx.using == null ? null : in.verbatim().inside(ctx.using);
        var withCheck = ctx.withCheck == null ? null : in.verbatim().inside(ctx.withCheck);
        return new Policy(Names.name(ctx.name), ctx.RESTRICTIVE() == null, command(ctx.policyCommand()), roles,
                using, withCheck, in.source().span(ctx));
    }

    private static Command command(PolicyCommandContext ctx) {
        if (ctx.SELECT() != null) {
            return Command.SELECT;
        }
        if (ctx.INSERT() != null) {
            return Command.INSERT;
        }
        if (ctx.UPDATE() != null) {
            return Command.UPDATE;
        }
        return ctx.DELETE() != null ? Command.DELETE : Command.ALL;
    }
}
