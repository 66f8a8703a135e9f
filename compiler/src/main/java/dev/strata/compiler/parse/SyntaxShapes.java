package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.RULE_columnDef;
import static dev.strata.grammar.StrataParser.RULE_coreBlock;
import static dev.strata.grammar.StrataParser.RULE_deferral;
import static dev.strata.grammar.StrataParser.RULE_domainDecl;
import static dev.strata.grammar.StrataParser.RULE_collationDecl;
import static dev.strata.grammar.StrataParser.RULE_enumDecl;
import static dev.strata.grammar.StrataParser.RULE_extensionDecl;
import static dev.strata.grammar.StrataParser.RULE_facadeBlock;
import static dev.strata.grammar.StrataParser.RULE_fkOption;
import static dev.strata.grammar.StrataParser.RULE_functionDecl;
import static dev.strata.grammar.StrataParser.RULE_grantDecl;
import static dev.strata.grammar.StrataParser.RULE_indexDef;
import static dev.strata.grammar.StrataParser.RULE_policyDef;
import static dev.strata.grammar.StrataParser.RULE_procedureDecl;
import static dev.strata.grammar.StrataParser.RULE_rowSecurity;
import static dev.strata.grammar.StrataParser.RULE_sequenceDecl;
import static dev.strata.grammar.StrataParser.RULE_tableConstraint;
import static dev.strata.grammar.StrataParser.RULE_triggerDef;
import static dev.strata.grammar.StrataParser.RULE_typeName;
import static dev.strata.grammar.StrataParser.RULE_viewDecl;

import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;

/**
 * How each construct is written, for the hint of a syntax error that has no more specific one: the construct the
 * parser was in when it met the unexpected token.
 */
final class SyntaxShapes {

    private static final Map<Integer, String> SHAPES = Map.ofEntries(
            Map.entry(RULE_columnDef, "a column is written NAME TYPE [option …], for example "
                    + "email text not null unique"),
            Map.entry(RULE_indexDef, "an index is written [unique] index [NAME] [using METHOD] (COLUMN | (EXPR), …) "
                    + "[include (…)] [nulls [not] distinct] [where (EXPR)]"),
            Map.entry(RULE_triggerDef, "a trigger is written trigger NAME before|after|instead of EVENT [or EVENT …] "
                    + "[for each row|statement] [when (EXPR)] execute function NAME(ARGUMENTS)"),
            Map.entry(RULE_rowSecurity, "row-level security is switched on with enable row level security, and "
                    + "applied to the table's owner too with force row level security"),
            Map.entry(RULE_policyDef, "a policy is written policy NAME [as permissive|restrictive] "
                    + "for all|select|insert|update|delete [to ROLE, …] [using (EXPR)] [with check (EXPR)]"),
            Map.entry(RULE_tableConstraint, "a table constraint is [constraint NAME] followed by primary key (…), "
                    + "unique (…), check (EXPR) or foreign key (…) references TABLE [(…)] [on delete ACTION]"),
            Map.entry(RULE_fkOption, "foreign key options are match full|simple; on delete|on update followed by no "
                    + "action, restrict, cascade, set null or set default; [not] deferrable; initially "
                    + "deferred|immediate; not valid"),
            Map.entry(RULE_deferral, "a primary key, unique constraint or foreign key is [not] deferrable, and "
                    + "initially deferred|immediate"),
            Map.entry(RULE_typeName, "types are written as in PostgreSQL, for example numeric(12,2), "
                    + "timestamp(3) with time zone, double precision, character varying(20), text[]"),
            Map.entry(RULE_extensionDecl, "an extension is written extension NAME"),
            Map.entry(RULE_collationDecl, "a collation is written collation NAME (provider = icu|libc, locale = '…'"
                    + " [, deterministic = false]) or collation NAME from EXISTING"),
            Map.entry(RULE_enumDecl, "an enum is written enum NAME ('label', …) [comment '…']"),
            Map.entry(RULE_domainDecl, "a domain is written domain NAME TYPE [not null] [default VALUE] "
                    + "[[constraint NAME] check (EXPR) …] [comment '…']"),
            Map.entry(RULE_sequenceDecl, "a sequence is written sequence NAME [as TYPE] [start N] [increment N] "
                    + "[minvalue N] [maxvalue N] [cache N] [[no] cycle] [owned by TABLE.COLUMN]"),
            Map.entry(RULE_viewDecl, "a view is written [materialized] view NAME (COLUMN TYPE [not null] "
                    + "[default VALUE], …) [key (…) …] [comment '…'] as $$ QUERY $$ [{ its indexes or instead of"
                    + " triggers, one per line }]"),
            Map.entry(RULE_functionDecl, "a function is written function NAME([MODE] NAME TYPE [default VALUE], …) "
                    + "returns [setof] TYPE | table (NAME TYPE, …) [language L] [immutable|stable|volatile] "
                    + "[security definer|invoker] [strict] [parallel safe|restricted|unsafe] [leakproof] [cost N] "
                    + "[rows N] [set NAME = VALUE, … | set NAME from current] [comment '…'] as $$ BODY $$"),
            Map.entry(RULE_procedureDecl, "a procedure is written procedure NAME([MODE] NAME TYPE, …) [language L] "
                    + "[security definer|invoker] [set NAME = VALUE, … | set NAME from current] [comment '…'] "
                    + "as $$ BODY $$"),
            Map.entry(RULE_grantDecl, "a grant is written grant PRIVILEGE[, …] on OBJECT to ROLE[, …]"),
            Map.entry(RULE_facadeBlock, "a facade is written facade NAME version N { views, functions, procedures, "
                    + "grants }"),
            Map.entry(RULE_coreBlock, "a core block holds extensions, collations, enums, domains, sequences, tables, "
                    + "partitions, views, functions and procedures"));

    private SyntaxShapes() {
    }

    /**
     * The shape of the innermost construct the parser was inside (had read at least one token of) when it met the
     * unexpected token, or null.
     */
    static String around(RuleContext context, Token at) {
        for (var c = context; c != null; c = c.parent) {
            var shape = SHAPES.get(c.getRuleIndex());
            if (shape != null && ((ParserRuleContext) c).start.getTokenIndex() < at.getTokenIndex()) {
                return shape;
            }
        }
        return null;
    }
}
