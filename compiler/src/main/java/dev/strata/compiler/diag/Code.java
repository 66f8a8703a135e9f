package dev.strata.compiler.diag;

import dev.strata.plan.PlanProblem;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every diagnostic code Strata reports, with its title: the one registry of codes. Each has a section
 * {@code ## CODE title} in {@code docs/diagnostics.md} (CodeRegistryTest holds the two to each other, both ways),
 * and a broken example in {@code samples/errors/} where a file can show it. A code never changes meaning.
 *
 * <p>S00xx loading a project, S01xx syntax, S02xx impossible declarations, S09xx {@code strata fmt}, S1xxx semantic
 * checks, S2xxx planning and the plan chain, S3xxx {@code strata codegen}, S4xxx reading live databases. The plan
 * module cannot see the compiler, so the plan chain's codes S2030–S2034 live in {@link PlanProblem.Kind}; their
 * entries here take the code from there.
 */
public enum Code {
    DIRECTORY_NOT_FOUND("S0001", "directory not found"),
    NOT_A_DIRECTORY("S0002", "not a directory"),
    NO_SOURCE_FILES("S0003", "no .strata files"),
    UNREADABLE_FILE("S0004", "file cannot be read"),
    FILE_TOO_LARGE("S0005", "file too large"),
    BINARY_FILE("S0006", "binary file"),
    NOT_UTF8("S0007", "file is not UTF-8"),
    MALFORMED_PROJECT_FILE("S0008", "malformed strata.toml"),
    UNKNOWN_PROJECT_KEY("S0009", "unknown key in strata.toml"),
    INVALID_PROJECT_VALUE("S0010", "invalid value in strata.toml"),

    UNEXPECTED_INPUT("S0101", "unexpected input"),
    UNTERMINATED_BODY("S0102", "unterminated $$ body"),
    UNTERMINATED_STRING("S0103", "unterminated string"),
    UNTERMINATED_COMMENT("S0104", "unterminated block comment"),
    UNBALANCED_PARENTHESIS("S0105", "unbalanced parenthesis"),
    RESERVED_WORD("S0106", "reserved word used as a name"),
    BODY_NOT_DOLLAR_QUOTED("S0107", "body not $$-quoted"),
    SEMICOLON("S0108", "semicolon"),
    UNTERMINATED_QUOTED_NAME("S0109", "unterminated quoted name"),
    EMPTY_QUOTED_NAME("S0110", "empty quoted name"),
    NESTING_TOO_DEEP("S0111", "nesting too deep"),

    MULTIPLE_PRIMARY_KEYS("S0201", "more than one primary key"),
    DUPLICATE_OPTION("S0202", "option given twice"),
    CONFLICTING_OPTIONS("S0203", "conflicting options"),
    NUMBER_OUT_OF_RANGE("S0204", "number out of range"),
    PARAMETER_POSITION("S0205", "unnamed parameter written at another position"),

    FORMATTED_FILE_NOT_WRITTEN("S0901", "formatted file cannot be written"),
    FORMAT_CHANGES_MEANING("S0902", "formatting would change the file's meaning"),

    DUPLICATE_RELATION_NAME("S1001", "duplicate relation name"),
    DUPLICATE_TYPE_NAME("S1002", "duplicate type name"),
    DUPLICATE_COLUMN("S1003", "duplicate column"),
    DUPLICATE_CONSTRAINT_NAME("S1004", "duplicate constraint name"),
    DUPLICATE_FACADE_OBJECT("S1005", "duplicate facade object"),
    DUPLICATE_PARAMETER("S1006", "duplicate parameter"),
    DUPLICATE_ENUM_LABEL("S1007", "duplicate enum label"),
    DUPLICATE_VIEW_COLUMN("S1008", "duplicate view column"),
    DUPLICATE_ROUTINE("S1009", "duplicate routine"),
    DUPLICATE_EXTENSION("S1010", "duplicate extension"),
    DUPLICATE_TRIGGER("S1011", "duplicate trigger"),
    REPEATED_KEY_COLUMN("S1012", "repeated key column"),
    DUPLICATE_POLICY("S1013", "duplicate policy"),
    UNKNOWN_COLUMN("S1101", "unknown column"),
    UNKNOWN_TABLE("S1102", "unknown table"),
    UNKNOWN_VIEW_KEY_COLUMN("S1103", "unknown view key column"),
    UNKNOWN_TRIGGER_FUNCTION("S1104", "unknown trigger function"),
    NOT_A_TRIGGER_FUNCTION("S1105", "not a trigger function"),
    FOREIGN_KEY_COLUMN_COUNT("S1201", "foreign key column count"),
    FOREIGN_KEY_TYPE_MISMATCH("S1202", "foreign key type mismatch"),
    FOREIGN_KEY_NOT_UNIQUE("S1203", "foreign key references non-unique columns"),
    FOREIGN_KEY_WITHOUT_PRIMARY_KEY("S1204", "foreign key to a table without primary key"),
    FOREIGN_KEY_ACTION_ON_GENERATED_COLUMN("S1205", "referential action on a generated column"),
    SET_NULL_ON_NOT_NULL_COLUMN("S1206", "set null on a not-null column"),
    UNKNOWN_TYPE("S1301", "unknown type"),
    SEQUENCE_TYPE("S1302", "invalid sequence type"),
    IDENTITY_TYPE("S1303", "identity on a non-integer column"),
    CONFLICTING_VALUE_SOURCES("S1304", "conflicting value sources"),
    PSEUDO_TYPE("S1305", "pseudo-type where a data type is needed"),
    SERIAL_OUTSIDE_COLUMN("S1306", "serial outside a table column"),
    DOMAIN_CYCLE("S1307", "domain built on itself"),
    IDENTIFIER_TOO_LONG("S1401", "identifier too long"),
    DERIVED_NAME_TOO_LONG("S1402", "derived name too long"),
    ENUM_LABEL_TOO_LONG("S1403", "enum label too long"),
    DUPLICATE_FACADE_VERSION("S1501", "duplicate facade version"),
    FACADE_VERSION_OUT_OF_RANGE("S1502", "facade version out of range"),
    GRANT_ON_UNDECLARED_OBJECT("S1503", "grant on an undeclared object"),
    PRIVILEGE_NOT_APPLICABLE("S1504", "privilege not applicable"),
    MATERIALIZED_VIEW_DEFAULT("S1505", "default on a materialized view column"),
    STALE_RENAME_HINT("S1601", "rename hint whose old name still exists"),
    REPEATED_RENAME_SOURCE("S1602", "old name renamed twice"),
    MISSING_PRIMARY_KEY("S1701", "table without primary key"),
    UNKNOWN_INDEX_METHOD("S1702", "unknown index method"),
    UNSUPPORTED_INDEX_FEATURE("S1703", "index method does not support this"),
    UNSUPPORTED_TRIGGER("S1704", "unsupported trigger"),
    SEQUENCE_RANGE("S1705", "sequence options out of range"),
    POLICY_CLAUSE_NOT_APPLICABLE("S1706", "policy clause that its command cannot have"),
    ROUTINE_OPTION_NOT_APPLICABLE("S1707", "routine option that PostgreSQL rejects for the routine"),
    UNNAMED_FACADE_PARAMETER("S1708", "unnamed parameter of a facade routine"),
    PARTITION_OF_UNPARTITIONED("S1709", "partition of a table that is not partitioned"),
    PARTITION_BOUND_MISMATCH("S1710", "partition bound that does not fit the partitioning method"),
    SECOND_DEFAULT_PARTITION("S1711", "more than one default partition"),
    UNKNOWN_PARTITION_METHOD("S1712", "unknown partitioning method"),
    UNIQUE_WITHOUT_PARTITION_KEY("S1713", "unique key of a partitioned table without its partition key"),
    EXCLUSION_ON_PARTITIONED_TABLE("S1714", "exclusion constraint on a partitioned table"),
    INDEX_ON_PLAIN_VIEW("S1715", "index on a view that is not materialized"),
    TRIGGER_ON_MATERIALIZED_VIEW("S1716", "trigger on a materialized view"),
    VIEW_TRIGGER_SHAPE("S1717", "view trigger that is not instead of … for each row"),
    FACADE_VIEW_PARTS("S1718", "index or trigger on a facade view"),
    UNKNOWN_STORAGE_PARAMETER("S1720", "unknown storage parameter"),
    STORAGE_ON_PARTITIONED_TABLE("S1721", "storage parameters on a partitioned table"),
    UNKNOWN_COLLATION("S1725", "unknown collation"),
    COLLATION_OPTIONS("S1726", "collation options PostgreSQL rejects"),
    DUPLICATE_COLLATION("S1727", "duplicate collation"),
    TYPE_MODIFIER_WORD("S1728", "word among the modifiers of a type that takes numbers"),
    INHERITED_COLUMN_MISMATCH("S1730", "column that does not match the one it inherits"),
    INHERITANCE_CYCLE("S1731", "table that inherits from itself"),
    INHERITANCE_WITH_PARTITIONS("S1732", "inheritance to or from a partitioned table or a partition"),
    EXPANSION_OUT_OF_STEP("S1735", "column expansion that cannot be kept in step"),

    RELEASED_INTERFACE_CHANGED("S2001", "released facade interface changed"),
    RELEASED_OBJECT_REMOVED("S2002", "released facade object removed"),
    FACADE_READS_REMOVED_COLUMN("S2003", "facade reads a removed core column"),
    EXPOSED_TYPE_CHANGED("S2004", "view column type no longer matches"),
    TYPE_CHANGE_WITHOUT_WAY_BACK("S2010", "type change without a way back"),
    TYPE_CHANGE_NEEDS_CONVERSION("S2011", "type change needs a conversion"),
    DATA_WITHOUT_RESTORE_KEY("S2012", "data at risk without a key to restore it by"),
    ENUM_VALUE_ADDED_AND_USED("S2013", "enum value added and used in one plan"),
    PARTITIONING_CHANGED("S2014", "partitioning of an existing table changed"),
    COLLATION_CHANGE_WITH_INDEX("S2018", "collation changed while an index names it"),
    INHERITANCE_CHANGED("S2019", "inheritance change that cannot keep the child's columns"),
    DEPENDENCY_CYCLE("S2020", "dependency cycle"),
    EXPANSION_OF_EXISTING_COLUMN("S2021", "expansion declared on a column that already exists"),
    UNREADABLE_PLAN(PlanProblem.Kind.UNREADABLE, "unreadable plan"),
    EDITED_PLAN(PlanProblem.Kind.EDITED, "plan edited"),
    PLAN_NUMBERING(PlanProblem.Kind.NUMBERING, "plan numbering"),
    BROKEN_CHAIN(PlanProblem.Kind.CHAIN, "broken chain"),
    EDITED_SNAPSHOT(PlanProblem.Kind.SNAPSHOT, "snapshot edited"),
    BAD_PLAN_NAME("S2040", "bad plan name"),
    PLAN_FAILED_VERIFICATION("S2041", "plan failed its verification"),

    NO_JAVA_MAPPING("S3001", "type without Java mapping"),
    CODEGEN_UNKNOWN_TYPE("S3002", "unknown type"),
    NO_JAVA_NAME("S3003", "name without letters or digits"),
    JAVA_NAME_CLASH("S3004", "Java name clash"),
    UNCALLABLE_ROUTINE("S3005", "routine that generated code cannot call"),
    UNDECLARED_KEY_COLUMN("S3006", "key column not declared"),

    NOT_IMPORTED("S4001", "not imported"),
    PLANS_END_ELSEWHERE("S4002", "the plans end at another schema"),
    NOT_MANAGED("S4003", "not managed by Strata"),
    STALE_UNMANAGED("S4004", "declared unmanaged but not found"),
    UNMODELLED_DIFFERENCES("S4005", "the databases differ in objects Strata does not model");

    private static final Map<String, Code> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Code::code, Function.identity()));

    private final String code;
    private final String title;

    Code(String code, String title) {
        this.code = code;
        this.title = title;
    }

    Code(PlanProblem.Kind kind, String title) {
        this(kind.code(), title);
    }

    /** The code as diagnostics carry it: {@code S1101}. */
    public String code() {
        return code;
    }

    /** The title of its section in docs/diagnostics.md: {@code unknown column}. */
    public String title() {
        return title;
    }

    /** The entry of a code such as {@code S1101}; empty for a string that is no code of Strata. */
    public static Optional<Code> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The entry a plan problem is reported under. */
    public static Code of(PlanProblem.Kind kind) {
        return BY_CODE.get(kind.code());
    }
}
