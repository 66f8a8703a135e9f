package dev.strata.compiler.parse;

import static dev.strata.grammar.StrataParser.*;

import org.antlr.v4.runtime.Token;

/**
 * The words a syntax error uses for what was expected: grammar rules by what they mean in their context
 * ({@code a column type}, {@code a table name}), tokens by their spelling ({@code 'version'}) or kind
 * ({@code a string}). Never ANTLR's token names.
 */
final class Words {

    private Words() {
    }

    /** What entering {@code rule} from {@code parentRule} means here, or null to describe its tokens instead. */
    static Expected rule(int parentRule, int rule, int previousToken) {
        switch (rule) {
            case RULE_identifier:
                return Expected.name(nameIn(parentRule, previousToken));
            case RULE_columnDef:
                return Expected.name("a column name");
            case RULE_typeRef:
            case RULE_typeName:
                return Expected.phrase(typeIn(parentRule));
            case RULE_term:
                return Expected.phrase("a default value");
            case RULE_parenExpr:
                return Expected.phrase("a parenthesised SQL expression");
            case RULE_body:
                return Expected.phrase("a $$-quoted body");
            case RULE_columnOption:
                return Expected.phrase("a column option");
            case RULE_tableConstraint:
                return Expected.phrase("a constraint");
            case RULE_indexDef:
                return Expected.phrase("an index");
            case RULE_triggerDef:
                return Expected.phrase("a trigger");
            case RULE_rowSecurity:
                return Expected.phrase("row level security");
            case RULE_policyDef:
                return Expected.phrase("a policy");
            case RULE_policyCommand:
                return Expected.phrase("a command (all, select, insert, update or delete)");
            case RULE_commentClause:
                return parentRule == RULE_tableItem ? Expected.phrase("a comment") : null;
            case RULE_fkOption:
                return Expected.phrase("a foreign key option");
            case RULE_columnList:
                return Expected.phrase("a column list such as (id)");
            case RULE_collationName:
                return Expected.phrase("a collation name");
            case RULE_parameter:
                return Expected.phrase("a parameter");
            case RULE_returnType:
                return Expected.phrase("a return type");
            case RULE_settingName:
                return Expected.name("a setting name");
            case RULE_settingValue:
                return Expected.phrase("a setting value");
            case RULE_triggerArgument:
                return Expected.phrase("a trigger argument");
            case RULE_signedInteger:
                return Expected.phrase("an integer");
            case RULE_signedNumber:
                return Expected.phrase("a number");
            case RULE_typeModifier:
                return Expected.phrase("an integer");
            case RULE_typeModifiers:
                return Expected.minor("'('");
            case RULE_arraySuffix:
                return Expected.minor("'['");
            default:
                return null;
        }
    }

    /** A token the parser would have accepted; null for tokens never worth naming. */
    static Expected token(int type) {
        switch (type) {
            case Token.EOF:
                return Expected.phrase("end of file");
            case IDENTIFIER:
            case QUOTED_IDENTIFIER:
                return Expected.name("a name");
            case STRING:
                return Expected.phrase("a string");
            case INTEGER:
                return Expected.phrase("an integer");
            case DECIMAL:
                return Expected.phrase("a number");
            case DOLLAR_BODY:
                return Expected.phrase("a $$-quoted body");
            case CAST:
                return Expected.minor("'::'");
            case EQUALS:
                return Expected.minor("'='");
            default:
                var literal = VOCABULARY.getLiteralName(type);
                return literal == null ? null : Expected.phrase(literal);
        }
    }

    /** The token as the user wrote it, for "found …". */
    static String found(Token token) {
        switch (token.getType()) {
            case Token.EOF:
                return "end of file";
            case DOLLAR_BODY:
                return "a $$-quoted body";
            case STRING:
                return "the string " + shortened(token.getText());
            default:
                return "'" + shortened(token.getText()) + "'";
        }
    }

    /** Whether the token is a key word (as opposed to a name, a literal or punctuation). */
    static boolean isKeyword(int type) {
        var literal = VOCABULARY.getLiteralName(type);
        return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
    }

    private static String shortened(String text) {
        var oneLine = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "…";
    }

    private static String typeIn(int parentRule) {
        switch (parentRule) {
            case RULE_columnDef:
            case RULE_viewColumn:
            case RULE_tableColumn:
                return "a column type";
            case RULE_domainDecl:
                return "a base type";
            case RULE_parameter:
                return "a parameter type";
            case RULE_returnType:
                return "a return type";
            default:
                return "a type";
        }
    }

    private static String nameIn(int parentRule, int previousToken) {
        switch (parentRule) {
            case RULE_extensionDecl:
                return "an extension name";
            case RULE_enumDecl:
                return "an enum name";
            case RULE_collationDecl:
                return "a collation name";
            case RULE_collationOption:
                return previousToken == EQUALS ? "an option value" : "a collation option";
            case RULE_domainDecl:
                return "a domain name";
            case RULE_sequenceDecl:
                return "a sequence name";
            case RULE_sequenceOption:
                return previousToken == DOT ? "a column name" : "a table name";
            case RULE_tableDecl:
            case RULE_columnOption:
            case RULE_tableConstraint:
                return "a table name";
            case RULE_columnDef:
            case RULE_columnList:
            case RULE_triggerEvent:
            case RULE_viewColumn:
            case RULE_tableColumn:
                return "a column name";
            case RULE_renamedFrom:
                return "the previous name";
            case RULE_constraintName:
                return "a constraint name";
            case RULE_indexDef:
                return previousToken == USING ? "an index method" : "an index name";
            case RULE_indexElement:
                return previousToken == LPAREN || previousToken == COMMA ? "a column name" : "an operator class";
            case RULE_triggerDef:
                return previousToken == TRIGGER ? "a trigger name" : "a function name";
            case RULE_policyDef:
                return previousToken == POLICY ? "a policy name" : "a role name";
            case RULE_viewDecl:
                return "a view name";
            case RULE_functionDecl:
                return "a function name";
            case RULE_procedureDecl:
                return "a procedure name";
            case RULE_parameter:
                return "a parameter name";
            case RULE_routineOption:
                return "a language name";
            case RULE_facadeBlock:
                return "a facade name";
            case RULE_grantDecl:
                return previousToken == ON ? "an object name" : "a role name";
            case RULE_collationName:
                return "a collation name";
            case RULE_typeName:
                return "a type name";
            default:
                return "a name";
        }
    }
}
