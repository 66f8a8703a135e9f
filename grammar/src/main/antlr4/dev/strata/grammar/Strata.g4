// The Strata schema language.
//
// A project is a directory of .strata files. Each file holds any number of `core { ... }` blocks (tables and
// everything that holds data) and `facade NAME version N { ... }` blocks (versioned views, functions and
// procedures that applications use). Key words are case-insensitive. SQL expressions and bodies are kept
// verbatim: defaults are a single term or a parenthesised expression, checks and predicates are parenthesised,
// view queries and routine bodies are $$-quoted.
grammar Strata;

options { caseInsensitive = true; }

@parser::members {
    /**
     * After a column, `unique index …` starting a line starts an index; it is not a unique column followed by an
     * index. A `unique` that ends a column's line stays the column's, whatever the next line holds.
     */
    private boolean uniqueIndexAhead() {
        return _input.LA(1) == UNIQUE && _input.LA(2) == INDEX && startsLine(_input.LT(1));
    }

    private boolean startsLine(Token token) {
        var previous = _input.LT(-1);
        return previous == null || previous.getLine() < token.getLine();
    }
}

file        : block* EOF ;

block       : coreBlock | facadeBlock ;

// ---------------------------------------------------------------------------------------------------- core

coreBlock   : CORE '{' coreItem* '}' ;

coreItem
    : extensionDecl
    | collationDecl
    | enumDecl
    | domainDecl
    | sequenceDecl
    | tableDecl
    | partitionDecl
    | viewDecl
    | functionDecl
    | procedureDecl
    ;

extensionDecl : EXTENSION identifier ;

// `collation german (provider = icu, locale = 'de-u-co-phonebk', deterministic = false)`, or a copy of an
// existing collation: `collation c_copy from "C"`. Option names and values are checked by the translator.
collationDecl : COLLATION identifier (FROM collationName | '(' collationOption (',' collationOption)* ')') ;

collationOption : key=identifier EQUALS (STRING | identifier | TRUE | FALSE) ;

enumDecl    : ENUM identifier '(' STRING (',' STRING)* ')' commentClause? ;

domainDecl  : DOMAIN identifier typeRef domainOption* ;

domainOption
    : NOT NULL                                   # domainNotNull
    | NULL                                       # domainNull
    | DEFAULT term                               # domainDefault
    | constraintName? CHECK parenExpr            # domainCheck
    | commentClause                              # domainComment
    ;

sequenceDecl : SEQUENCE identifier sequenceOption* ;

sequenceOption
    : AS typeRef                                 # seqType
    | sequenceNumbers                            # seqNumbers
    | OWNED BY owner=identifier '.' column=identifier # seqOwnedBy
    | commentClause                              # seqComment
    ;

// The options a sequence and an identity column's sequence share.
sequenceNumbers
    : START WITH? signedInteger                  # seqStart
    | INCREMENT BY? signedInteger                # seqIncrement
    | MINVALUE signedInteger                     # seqMin
    | MAXVALUE signedInteger                     # seqMax
    | CACHE signedInteger                        # seqCache
    | NO? CYCLE                                  # seqCycle
    ;

// `generated always as identity (start 1000 increment 10)`: the options of the column's sequence
identityOptions : '(' sequenceNumbers+ ')' ;

tableDecl   : TABLE identifier partitionBy? inherits? storageParameters? renamedFrom? '{' tableItem* '}' ;

// `inherits (parent, parent2)`: the table is a child of these tables and has their columns besides its own.
inherits    : INHERITS '(' identifier (',' identifier)* ')' ;

// `partition by range (logdate)`: the method (range, list or hash) and the key, kept verbatim.
partitionBy : PARTITION BY method=identifier parenExpr ;

// A partition of a partitioned table: it has the parent's columns, keys and indexes and no body of its own.
partitionDecl : PARTITION identifier OF parent=identifier partitionBound commentClause? ;

partitionBound
    : FOR VALUES FROM lower=parenExpr TO upper=parenExpr          # rangeBound
    | FOR VALUES IN parenExpr                                     # listBound
    | FOR VALUES WITH parenExpr                                   # hashBound
    | DEFAULT                                                     # defaultBound
    ;

// rowSecurity comes first: `enable row level security` could also read as a column `enable` of type `row`
// followed by a column `level` of type `security`, and the first alternative wins such a tie. indexDef comes before
// columnDef for the same reason: `index by_email (email)` could also read as a column `index` of an extension's type
// `by_email` with the word modifier `email`.
tableItem
    : rowSecurity
    | indexDef
    | columnDef
    | tableConstraint
    | triggerDef
    | policyDef
    | commentClause
    ;

columnDef   : identifier typeRef columnOption* ;

columnOption
    : NOT NULL                                                   # colNotNull
    | NULL                                                       # colNull
    | DEFAULT term                                               # colDefault
    | GENERATED ALWAYS AS IDENTITY identityOptions?              # colIdentityAlways
    | GENERATED BY DEFAULT AS IDENTITY identityOptions?          # colIdentityByDefault
    | GENERATED ALWAYS AS parenExpr STORED                       # colGenerated
    | COLLATE collationName                                      # colCollate
    | constraintName? PRIMARY KEY deferral*                      # colPrimaryKey
    | {!uniqueIndexAhead()}? constraintName? UNIQUE nullsDistinct? deferral* # colUnique
    | constraintName? CHECK parenExpr noInherit? notValid?       # colCheck
    | constraintName? REFERENCES identifier columnList? fkOption* # colReferences
    | commentClause                                              # colComment
    | renamedFrom                                                # colRenamedFrom
    | USING forward=parenExpr (REVERSE backward=parenExpr | IRREVERSIBLE)? # colConversion
    | REVERSE parenExpr                                          # colReverseOnly
    | IRREVERSIBLE                                               # colIrreversibleOnly
    | USING OFFLINE                                              # colOffline
    | EXPANDS identifier                                         # colExpands
    ;

renamedFrom : RENAMED FROM identifier ;

// A table constraint's comment is on its line, as an index's: `comment '…'` starting a line of its own is the
// table's. (A check after a column is read as the column's option and given to the table by its layout; a comment
// on that check's line is the check's, see ColumnOptions.)
tableConstraint
    : constraintName? PRIMARY KEY columnList deferral* constraintComment?         # tablePrimaryKey
    | constraintName? UNIQUE nullsDistinct? columnList deferral* constraintComment? # tableUnique
    | constraintName? CHECK parenExpr noInherit? notValid? constraintComment?     # tableCheck
    | constraintName? FOREIGN KEY columns=columnList REFERENCES identifier refColumns=columnList? fkOption*
      constraintComment?                                                          # tableForeignKey
    | constraintName? EXCLUDE (USING method=identifier)? '(' exclusionElement (',' exclusionElement)* ')'
      (INCLUDE columnList)? (WHERE parenExpr)? deferral* constraintComment?       # tableExclude
    ;

// `comment '…'` on the line of a table constraint or a trigger
constraintComment : {!startsLine(_input.LT(1))}? commentClause ;

// `during with &&`: a key of the exclusion constraint's index and the operator no two rows may satisfy together
exclusionElement : indexElement WITH exclusionOperator ;

// an operator such as && or =, written without spaces (its characters are OTHER tokens, = is EQUALS)
exclusionOperator : (OTHER | EQUALS | MINUS)+ ;

constraintName : CONSTRAINT identifier ;

// a check or foreign key PostgreSQL enforces on new rows without having checked the rows already there
notValid : NOT VALID ;

// a check that holds for this table only, not for tables that inherit from it
noInherit : NO INHERIT ;

nullsDistinct : NULLS NOT? DISTINCT ;

fkOption
    : MATCH (FULL | SIMPLE)                      # fkMatch
    | ON DELETE fkAction                         # fkOnDelete
    | ON UPDATE fkAction                         # fkOnUpdate
    | deferral                                   # fkDeferral
    | notValid                                   # fkNotValid
    ;

// when a primary key, unique constraint or foreign key is checked: at each statement's end, or at commit
deferral
    : NOT? DEFERRABLE                            # deferrable
    | INITIALLY (DEFERRED | IMMEDIATE)           # initially
    ;

fkAction : NO ACTION | RESTRICT | CASCADE | SET NULL | SET DEFAULT ;

// The index's comment is on its line: `comment '…'` starting a line of its own is the table's.
indexDef
    : UNIQUE? INDEX name=identifier? (USING method=identifier)? '(' indexElement (',' indexElement)* ')'
      (INCLUDE columnList)? nullsDistinct? storageParameters? (WHERE parenExpr)?
      ({!startsLine(_input.LT(1))}? commentClause)?
    ;

// `with (fillfactor = 70, autovacuum_enabled = false)`: a table's or an index's storage parameters
storageParameters : WITH '(' storageParameter (',' storageParameter)* ')' ;

storageParameter : settingName EQUALS settingValue ;

indexElement
    : (column=identifier | parenExpr) (COLLATE collationName)? opclass=identifier? (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

triggerDef
    : TRIGGER name=identifier triggerTiming triggerEvent (OR triggerEvent)*
      (FOR EACH? (ROW | STATEMENT))? (WHEN parenExpr)?
      EXECUTE (FUNCTION | PROCEDURE)? function=identifier '(' (triggerArgument (',' triggerArgument)*)? ')'
      constraintComment?
    ;

triggerTiming : BEFORE | AFTER | INSTEAD OF ;

triggerEvent : INSERT | UPDATE (OF identifier (',' identifier)*)? | DELETE | TRUNCATE ;

triggerArgument : STRING | signedNumber | identifier ;

rowSecurity : (ENABLE | FORCE) ROW LEVEL SECURITY ;

// `for` is required: it keeps `policy p using (…)` from reading as a column `policy` of type `p`.
policyDef
    : POLICY name=identifier (AS (PERMISSIVE | RESTRICTIVE))? FOR policyCommand
      (TO roles+=identifier (',' roles+=identifier)*)? (USING using=parenExpr)? (WITH CHECK withCheck=parenExpr)?
    ;

policyCommand : ALL | SELECT | INSERT | UPDATE | DELETE ;

// ----------------------------------------------------------------------------------------- views, routines

viewDecl
    : MATERIALIZED? VIEW identifier '(' viewColumn (',' viewColumn)* ')' viewKey* commentClause? AS body viewParts?
    ;

// After the body, in braces: the indexes of a materialized view, the INSTEAD OF triggers of a view.
viewParts   : '{' (indexDef | triggerDef)* '}' ;

viewColumn  : identifier typeRef (NOT NULL)? (DEFAULT term)? ;

viewKey     : KEY columnList ;

functionDecl
    : FUNCTION identifier '(' (parameter (',' parameter)*)? ')' RETURNS returnType routineOption* AS body
    ;

procedureDecl
    : PROCEDURE identifier '(' (parameter (',' parameter)*)? ')' routineOption* AS body
    ;

// An unnamed parameter is written by its position, as bodies refer to it: $1, $2…
parameter   : parameterMode? (identifier | POSITIONAL) typeRef (DEFAULT term)? ;

parameterMode : IN | OUT | INOUT | VARIADIC ;

returnType
    : SETOF? typeRef                                            # returnsType
    | TABLE '(' tableColumn (',' tableColumn)* ')'              # returnsTable
    ;

tableColumn : identifier typeRef ;

routineOption
    : LANGUAGE identifier                        # optLanguage
    | IMMUTABLE                                  # optImmutable
    | STABLE                                     # optStable
    | VOLATILE                                   # optVolatile
    | SECURITY DEFINER                           # optSecurityDefiner
    | SECURITY INVOKER                           # optSecurityInvoker
    | STRICT                                     # optStrict
    | PARALLEL level=(SAFE | RESTRICTED | UNSAFE)  # optParallel
    | NOT? LEAKPROOF                             # optLeakproof
    | COST signedNumber                          # optCost
    | ROWS signedNumber                          # optRows
    | SET settingName (EQUALS | TO) settingValue (',' settingValue)*  # optSet
    | SET settingName FROM CURRENT               # optSetFromCurrent
    | commentClause                              # optComment
    ;

// A configuration parameter a routine sets while it runs: work_mem, search_path, plpgsql.extra_warnings.
settingName : identifier ('.' identifier)? ;

settingValue : STRING | signedNumber | identifier | ON | TRUE | FALSE | ALL ;

body        : DOLLAR_BODY ;

// ------------------------------------------------------------------------------------------------ facades

facadeBlock : FACADE identifier VERSION INTEGER '{' facadeItem* '}' ;

facadeItem
    : viewDecl
    | functionDecl
    | procedureDecl
    | grantDecl
    ;

grantDecl   : GRANT privilege (',' privilege)* ON object=identifier TO roles+=identifier (',' roles+=identifier)* ;

privilege   : SELECT | INSERT | UPDATE | DELETE | EXECUTE | ALL PRIVILEGES? ;

// ------------------------------------------------------------------------------------------------- shared

commentClause : COMMENT STRING ;

columnList  : '(' identifier (',' identifier)* ')' ;

collationName : identifier | STRING ;

// A type: built-in multi-word names, modifiers such as numeric(12,2), timestamp(3) with time zone or an extension
// type's geometry(point, 4326), arrays.
typeRef     : typeName arraySuffix* ;

typeName
    : DOUBLE PRECISION                                                          # doublePrecisionType
    | (CHARACTER | CHAR) VARYING typeModifiers?                                 # varyingCharType
    | BIT VARYING typeModifiers?                                                # varyingBitType
    | kind=(TIMESTAMP | TIME) typeModifiers? (zone=(WITH | WITHOUT) TIME ZONE)? # timeType
    | INTERVAL typeModifiers?                                                   # intervalType
    | identifier typeModifiers?                                                 # namedType
    ;

typeModifiers : '(' typeModifier (',' typeModifier)* ')' ;

// Built-in types take numbers; an extension's type may also take words: geometry(point, 4326).
typeModifier : signedInteger | identifier ;

arraySuffix : '[' INTEGER? ']' ;

// A default value: one term, or any expression in parentheses. Kept verbatim.
term        : termAtom ('::' typeRef)* ;

termAtom
    : STRING
    | signedNumber
    | TRUE
    | FALSE
    | NULL
    | ARRAY '[' (term (',' term)*)? ']'
    | typeName STRING
    | identifier ('.' identifier)* parenExpr?
    | parenExpr
    ;

// Verbatim SQL in balanced parentheses. (Nested parentheses are parenExprs; other tokens are kept as they are,
// without a rule per token, which keeps the parse tree of a large schema small.)
parenExpr   : '(' (parenExpr | ~('(' | ')'))* ')' ;

signedInteger : '-'? INTEGER ;

signedNumber  : '-'? (INTEGER | DECIMAL) ;

// Any word that is not reserved in Strata can be a name; quoted names keep their exact spelling.
identifier  : IDENTIFIER | QUOTED_IDENTIFIER | nonReserved ;

nonReserved
    : ACTION | AFTER | ALWAYS | BEFORE | BIT | BY | CACHE | CASCADE | CHAR | CHARACTER | COLLATION | COMMENT | CORE
    | COST | CURRENT | CYCLE | DEFERRED | DEFINER | DELETE | DOMAIN | DOUBLE | EACH | ENABLE | ENUM | EXCLUDE | EXECUTE
    | EXPANDS | EXTENSION | FACADE | FIRST | FORCE | FULL | FUNCTION | IDENTITY | IMMEDIATE | IMMUTABLE | INCLUDE | INCREMENT
    | INDEX
    | INHERIT | INHERITS | INOUT | INSERT | INSTEAD | INTERVAL | INVOKER | IRREVERSIBLE | KEY | LANGUAGE | LAST
    | LEAKPROOF
    | LEVEL | MATCH | MATERIALIZED | MAXVALUE | MINVALUE | NO | NULLS | OF | OFFLINE | OUT | OWNED | PARALLEL | PARTITION
    | PERMISSIVE | POLICY | PRECISION | PRIVILEGES | PROCEDURE | RENAMED | RESTRICT | RESTRICTED | RESTRICTIVE
    | REVERSE | ROW | ROWS | SAFE | SECURITY | SEQUENCE | SET | SETOF | SIMPLE | STABLE | START | STATEMENT | STORED
    | STRICT | TIME | TIMESTAMP | TRIGGER | TRUNCATE | UNSAFE | UPDATE | VALID | VALUES | VARYING | VERSION | VIEW
    | VOLATILE | WITHOUT | ZONE
    ;

// ------------------------------------------------------------------------------------------------- lexer

ACTION: 'action'; AFTER: 'after'; ALL: 'all'; ALWAYS: 'always'; ARRAY: 'array'; AS: 'as'; ASC: 'asc';
BEFORE: 'before'; BIT: 'bit'; BY: 'by'; CACHE: 'cache'; CASCADE: 'cascade'; CHAR: 'char';
CHARACTER: 'character'; CHECK: 'check'; COLLATE: 'collate'; COLLATION: 'collation'; COMMENT: 'comment'; CONSTRAINT: 'constraint';
CORE: 'core'; COST: 'cost'; CURRENT: 'current'; CYCLE: 'cycle'; DEFAULT: 'default'; DEFERRABLE: 'deferrable'; DEFERRED: 'deferred';
DEFINER: 'definer'; DELETE: 'delete'; DESC: 'desc'; DISTINCT: 'distinct'; DOMAIN: 'domain'; DOUBLE: 'double';
EACH: 'each'; ENABLE: 'enable'; ENUM: 'enum'; EXCLUDE: 'exclude'; EXECUTE: 'execute'; EXPANDS: 'expands'; EXTENSION: 'extension';
FACADE: 'facade'; FALSE: 'false';
FIRST: 'first'; FOR: 'for'; FORCE: 'force'; FOREIGN: 'foreign'; FULL: 'full'; FROM: 'from'; FUNCTION: 'function'; GENERATED: 'generated';
GRANT: 'grant'; IDENTITY: 'identity'; IMMEDIATE: 'immediate'; IMMUTABLE: 'immutable'; IN: 'in';
INCLUDE: 'include'; INCREMENT: 'increment'; INDEX: 'index'; INHERIT: 'inherit'; INHERITS: 'inherits'; INITIALLY: 'initially'; INOUT: 'inout';
INSERT: 'insert'; INSTEAD: 'instead'; INTERVAL: 'interval'; INVOKER: 'invoker'; IRREVERSIBLE: 'irreversible';
KEY: 'key'; LANGUAGE: 'language'; LAST: 'last'; LEAKPROOF: 'leakproof'; LEVEL: 'level'; MATCH: 'match';
MATERIALIZED: 'materialized'; MAXVALUE: 'maxvalue';
MINVALUE: 'minvalue'; NO: 'no'; NOT: 'not'; NULL: 'null'; NULLS: 'nulls'; OF: 'of'; OFFLINE: 'offline'; ON: 'on'; OR: 'or';
OUT: 'out'; OWNED: 'owned'; PARALLEL: 'parallel'; PARTITION: 'partition'; PERMISSIVE: 'permissive'; POLICY: 'policy';
PRECISION: 'precision'; PRIMARY: 'primary'; PRIVILEGES: 'privileges';
PROCEDURE: 'procedure'; REFERENCES: 'references'; RENAMED: 'renamed'; RESTRICT: 'restrict'; RESTRICTED: 'restricted';
RESTRICTIVE: 'restrictive';
RETURNS: 'returns'; REVERSE: 'reverse'; ROW: 'row'; ROWS: 'rows'; SAFE: 'safe'; SECURITY: 'security'; SELECT: 'select';
SEQUENCE: 'sequence'; SET: 'set'; SETOF: 'setof'; SIMPLE: 'simple'; STABLE: 'stable'; START: 'start'; STATEMENT: 'statement';
STORED: 'stored'; STRICT: 'strict'; TABLE: 'table'; TIME: 'time'; TIMESTAMP: 'timestamp'; TO: 'to';
TRIGGER: 'trigger'; TRUE: 'true'; TRUNCATE: 'truncate'; UNIQUE: 'unique'; UNSAFE: 'unsafe'; UPDATE: 'update'; USING: 'using';
VALID: 'valid'; VALUES: 'values'; VARIADIC: 'variadic'; VARYING: 'varying'; VERSION: 'version'; VIEW: 'view'; VOLATILE: 'volatile';
WHEN: 'when'; WHERE: 'where'; WITH: 'with'; WITHOUT: 'without'; ZONE: 'zone';

// $$ ... $$ or $tag$ ... $tag$ is handled by the $$ form only; a body may not contain $$.
DOLLAR_BODY : '$$' .*? '$$' ;

// $1, $2…: a parameter that has no name, by its position.
POSITIONAL  : '$' [0-9]+ ;

// An opening $$ that never closes; the parser reports it as an unterminated body.
UNTERMINATED_BODY : '$$' ( ~'$' | '$' ~'$' )* '$'? EOF ;

// Standard strings double an embedded quote; E'…' strings also take backslash escapes, as in PostgreSQL.
STRING      : '\'' ( ~'\'' | '\'\'' )* '\''
            | 'E\'' ( ~['\\] | '\'\'' | '\\' . )* '\''
            ;

// A string that never closes; the parser reports it as an unterminated string.
UNTERMINATED_STRING : '\'' ( ~'\'' | '\'\'' )* EOF
                    | 'E\'' ( ~['\\] | '\'\'' | '\\' . )* '\\'? EOF
                    ;

QUOTED_IDENTIFIER : '"' ( ~'"' | '""' )+ '"' ;

// "" is not a name; a quote that never closes is not one either. Both get their own diagnostics.
EMPTY_QUOTED_IDENTIFIER : '""' ;

UNTERMINATED_QUOTED_IDENTIFIER : '"' ( ~'"' | '""' )* EOF ;

// Letters, digits, _ and $ (not first), and any non-ASCII character except the no-break space and the byte
// order mark, which are white space.
IDENTIFIER  : ID_START ID_PART* ;

fragment ID_START : [a-z_] | ~[\u0000-\u007F\u00A0\uFEFF] ;

fragment ID_PART  : [a-z_0-9$] | ~[\u0000-\u007F\u00A0\uFEFF] ;

DECIMAL     : [0-9]+ '.' [0-9]* ([e] [+-]? [0-9]+)? | '.' [0-9]+ ([e] [+-]? [0-9]+)? | [0-9]+ [e] [+-]? [0-9]+ ;

INTEGER     : [0-9]+ ;

CAST        : '::' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
LBRACKET    : '[' ;
RBRACKET    : ']' ;
COMMA       : ',' ;
DOT         : '.' ;
MINUS       : '-' ;
EQUALS      : '=' ;

LINE_COMMENT  : '--' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
// A /* that never closes: it cannot contain */, so it only matches when the file ends first.
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> skip ;

// Any other character: only meaningful inside verbatim parentheses (operators such as || ~ @ >= %).
OTHER       : . ;
