package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Block;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.SourceUnit;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Random source files built in code, for property tests: every construct of the language, awkward names (key
 * words, upper case, spaces, quotes, non-ASCII), awkward strings, and verbatim SQL of many shapes. The files are
 * in the form the parser produces (for example a column check is on an existing column), so that printing and
 * parsing one must give it back unchanged.
 */
final class RandomSchemas {

    private static final Span NONE = Span.NONE;

    private static final String[] PLAIN_NAMES = {"id", "customer", "email", "total", "placed_at", "a", "b1",
        "x_y", "_hidden", "price$", "order_line"};

    private static final String[] AWKWARD_NAMES = {"Order", "UPPER", "two words", "say \"hi\"", "größe", "naïve",
        "日本", "1st", "a-b", "semi;colon", "new\nline", "tab\there", "'quoted'", "$dollar", "é", "ÄRGER", "x.y"};

    private static final String[] BUILT_IN_TYPES = {"integer", "bigint", "smallint", "text", "boolean", "uuid",
        "jsonb", "date", "timestamptz", "int4", "real", "bytea", "inet", "money"};

    private static final String[] TIME_TYPES = {"timestamp", "time", "timestamp with time zone",
        "timestamp without time zone", "time with time zone", "time without time zone"};

    private static final String[] TERMS = {"0", "42", "-1", "1.5", "-0.25", "'x'", "'it''s'", "''", "true", "false",
        "null", "now()", "gen_random_uuid()", "(1 + 2)", "array[1, 2]", "array[]", "'{}'::text[]",
        "nextval('invoice_number')", "current_timestamp", "interval '1 day'", "(a  >=  b)", "1::bigint",
        "'a'::character varying(3)", "public.f(1, 'x')", "E'tab\\there'", "(select 1)", "'x' :: text"};

    private static final String[] EXPRESSIONS = {"x > 0", "length(name) < 10", "a in ('x', 'y')", "(a)",
        "spaced  out", "value ~ '^[^@]+@'", "a || ')' || b", "((nested) and (more))", "x between 0 and 10",
        "coalesce(a, b) is not null", "multi\n      line", "'('", "status = 'placed'::order_status"};

    private static final String[] SETTINGS = {"work_mem", "search_path", "plpgsql.extra_warnings", "timezone",
        "set", "app.odd name"};

    private static final String[] SETTING_VALUES = {"core", "$user", "pg_temp", "8MB", "it's", "", "on", "all", "5",
        "-1.5", "Mixed Case", "cost"};

    private static final String[] BODIES = {"\n    select 1\n  ", " select 1 ", "select id, email from core.customer",
        "\n    begin\n      return new;\n    end\n  ", "\n\tselect 'a' || $1\n", "", "\r\n  select 1\r\n",
        "\n  select '$' || x -- not a comment here\n"};

    private static final String[] STRINGS = {"People who buy things", "it's", "''", "", "line\nbreak",
        "unicode ✓ ünïcødé", "back\\slash", "\"double\"", "-- not a comment", "$$", "tab\tand\rcarriage"};

    private final Random random;
    private final List<String> keywords;

    RandomSchemas(long seed, List<String> keywords) {
        this.random = new Random(seed);
        this.keywords = keywords;
    }

    SourceUnit unit() {
        var blocks = new ArrayList<Block>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            blocks.add(random.nextInt(3) == 0 ? facade() : coreBlock());
        }
        return new SourceUnit("random.strata", blocks, List.of());
    }

    private CoreBlock coreBlock() {
        var declarations = new ArrayList<Declaration>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            declarations.add(declaration());
        }
        return new CoreBlock(declarations, NONE);
    }

    private Declaration declaration() {
        switch (random.nextInt(9)) {
            case 0:
                return new Extension(name(), NONE);
            case 7:
                return collation();
            case 1:
                return enumType();
            case 2:
                return domain();
            case 3:
                return sequence();
            case 4:
                return view();
            case 5:
                return routine();
            default:
                return table();
        }
    }

    private Collation collation() {
        if (random.nextInt(4) == 0) {
            return new Collation(name(), pick("C", "POSIX", "de-x-icu", "und-x-icu"), null, null, null, null, true,
                    NONE);
        }
        boolean icu = random.nextBoolean();
        boolean split = !icu && random.nextBoolean();
        String locale = pick("C", "und-u-ks-level2", "de-u-co-phonebk", "it's", "");
        return new Collation(name(), null, icu ? Collation.ICU : Collation.LIBC, split ? null : locale,
                split ? locale : null, split ? ("C".equals(locale) ? "POSIX" : "C") : null, !icu || random.nextBoolean(), NONE);
    }

    private EnumType enumType() {
        var values = new ArrayList<EnumType.EnumValue>();
        int count = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 4);
        for (int i = 0; i < count; i++) {
            values.add(new EnumType.EnumValue(string(), NONE));
        }
        return new EnumType(name(), values, maybe(this::string), NONE);
    }

    private Domain domain() {
        var checks = new ArrayList<Check>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            checks.add(new Check(maybe(this::name), null, pick(EXPRESSIONS), NONE));
        }
        return new Domain(name(), type(), random.nextBoolean(), maybe(() -> pick(TERMS)), checks,
                maybe(this::string), NONE);
    }

    private Sequence sequence() {
        return new Sequence(name(), maybe(() -> new TypeRef(pick("integer", "bigint", "smallint"), List.of(), 0,
                NONE)), maybeLong(), maybeLong(), maybeLong(), maybeLong(), maybeLong(), random.nextBoolean(),
                maybe(() -> undotted() + "." + undotted()), sometimes(this::string), NONE);
    }

    private Long maybeLong() {
        if (random.nextBoolean()) {
            return null;
        }
        return random.nextInt(4) == 0 ? -(long) random.nextInt(1000) : (long) random.nextInt(100000);
    }

    private Table table() {
        var columnNames = distinctNames(random.nextInt(7));
        var columns = new ArrayList<Column>();
        for (var name : columnNames) {
            columns.add(column(name));
        }
        PrimaryKey primaryKey = null;
        if (!columnNames.isEmpty() && random.nextInt(3) > 0) {
            boolean deferred = random.nextInt(6) == 0;
            primaryKey = new PrimaryKey(maybe(this::name), someOf(columnNames), deferred || random.nextInt(6) == 0,
                    deferred, sometimes(this::string), NONE);
        }
        var uniques = new ArrayList<UniqueConstraint>();
        var foreignKeys = new ArrayList<ForeignKey>();
        if (!columnNames.isEmpty()) {
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                boolean deferred = random.nextInt(6) == 0;
                uniques.add(new UniqueConstraint(maybe(this::name), someOf(columnNames), random.nextInt(4) == 0,
                        deferred || random.nextInt(6) == 0, deferred, sometimes(this::string), NONE));
            }
            count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                foreignKeys.add(foreignKey(columnNames));
            }
        }
        var indexes = new ArrayList<Index>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            indexes.add(index(columnNames));
        }
        var triggers = new ArrayList<Trigger>();
        count = random.nextInt(2);
        for (int i = 0; i < count; i++) {
            triggers.add(trigger(columnNames));
        }
        var rowSecurity = new ArrayList<RowSecurity>();
        for (var setting : RowSecurity.Setting.values()) {
            if (random.nextInt(3) == 0) {
                rowSecurity.add(new RowSecurity(setting, NONE));
            }
        }
        var policies = new ArrayList<Policy>();
        count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            policies.add(policy());
        }
        var table = new Table(name(), columns, primaryKey, uniques, checks(columnNames), foreignKeys, indexes,
                triggers, rowSecurity, policies, maybe(this::string), maybe(this::name), NONE);
        var exclusions = new ArrayList<Exclusion>();
        count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            exclusions.add(exclusion(columnNames));
        }
        return table.withExclusions(exclusions).withStorage(table.partitioned() ? List.of() : storage());
    }

    /** Keys as an index's, each with an operator; the rest as for an index, and a deferral. */
    private Exclusion exclusion(List<String> columnNames) {
        var index = index(columnNames);
        var elements = index.elements().stream()
                .map(e -> new Exclusion.Element(e, pick("&&", "=", "<>", "-|-", "@>"))).toList();
        boolean deferred = random.nextInt(6) == 0;
        return new Exclusion(index.name(), index.method(), elements, index.include(), index.where(),
                deferred || random.nextInt(6) == 0, deferred, sometimes(this::string), NONE);
    }

    /** Column checks in column order, table checks anywhere among them, as a parser reading a file makes. */
    private List<Check> checks(List<String> columnNames) {
        var checks = new ArrayList<Check>();
        for (var column : columnNames) {
            addTableChecks(checks);
            int count = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < count; i++) {
                checks.add(new Check(maybe(this::name), column, pick(EXPRESSIONS), random.nextInt(5) == 0,
                        random.nextInt(6) == 0, NONE));
            }
        }
        addTableChecks(checks);
        return checks;
    }

    private void addTableChecks(List<Check> checks) {
        int count = random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < count; i++) {
            // only a table check has a comment (one on a column's line is the column's)
            checks.add(new Check(maybe(this::name), null, pick(EXPRESSIONS), random.nextInt(5) == 0,
                    random.nextInt(6) == 0, sometimes(this::string), NONE));
        }
    }

    private Column column(String name) {
        Identity identity = null;
        IdentityOptions identityOptions = null;
        String generated = null;
        String defaultExpr = null;
        switch (random.nextInt(6)) {
            case 0:
                identity = pick(Identity.values());
                if (random.nextBoolean()) {
                    identityOptions = new IdentityOptions(maybe(() -> (long) random.nextInt(1000)),
                            maybe(() -> (long) pick(1, 10, -1)), maybe(() -> -5L), maybe(() -> 99999L),
                            maybe(() -> 20L), true);
                }
                break;
            case 1:
                generated = pick(EXPRESSIONS);
                break;
            case 2:
            case 3:
                defaultExpr = pick(TERMS);
                break;
            default:
                break;
        }
        TypeChange typeChange = null;
        if (random.nextInt(6) == 0) {
            var using = maybe(() -> pick(EXPRESSIONS));
            var reverse = maybe(() -> pick(EXPRESSIONS));
            boolean irreversible = reverse == null && (using == null || random.nextBoolean());
            typeChange = new TypeChange(using, reverse, irreversible, random.nextInt(3) == 0,
                    random.nextInt(4) == 0 ? name() : null, NONE);
        }
        return new Column(name, type(), random.nextBoolean(), defaultExpr, identity, identityOptions, generated,
                maybe(() -> pick("C", "POSIX", "en_US", "de-DE-x-icu", "und")), maybe(this::string),
                maybe(this::name), typeChange, NONE);
    }

    private ForeignKey foreignKey(List<String> columnNames) {
        var columns = someOf(columnNames);
        var refColumns = random.nextBoolean() ? List.<String>of() : distinctNames(columns.size());
        boolean initiallyDeferred = random.nextInt(4) == 0;
        boolean deferrable = initiallyDeferred || random.nextBoolean();
        return new ForeignKey(maybe(this::name), columns, name(), refColumns,
                maybe(() -> pick(ForeignKey.Action.values())), maybe(() -> pick(ForeignKey.Action.values())),
                deferrable, initiallyDeferred, random.nextInt(5) == 0, random.nextInt(5) == 0, sometimes(this::string),
                NONE);
    }

    private Index index(List<String> columnNames) {
        var elements = new ArrayList<Index.IndexElement>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean expression = columnNames.isEmpty() || random.nextInt(4) == 0;
            elements.add(new Index.IndexElement(expression ? null : pick(columnNames),
                    expression ? pick(EXPRESSIONS) : null, maybe(() -> pick("C", "en_US")),
                    maybe(() -> pick("text_pattern_ops", "jsonb_path_ops")), maybe(() -> pick(Index.Direction.values())),
                    maybe(() -> pick(Index.Nulls.values())), NONE));
        }
        var include = columnNames.isEmpty() || random.nextBoolean() ? List.<String>of() : someOf(columnNames);
        return new Index(maybe(this::name), random.nextBoolean(), maybe(() -> pick("btree", "gin", "gist", "hash")),
                elements, include, random.nextInt(4) == 0, storage(), maybe(() -> pick(EXPRESSIONS)),
                maybe(this::string), NONE);
    }

    /** Storage parameters (none half the time): numbers, words, a string with a quote, a dotted name. */
    private List<StorageParameter> storage() {
        var parameters = new ArrayList<StorageParameter>();
        int count = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
        var names = new ArrayList<>(List.of("fillfactor", "autovacuum_enabled", "toast.autovacuum_enabled",
                "pages_per_range", "buffering"));
        java.util.Collections.shuffle(names, random);
        for (int i = 0; i < count; i++) {
            parameters.add(new StorageParameter(names.get(i), pick("70", "0.05", "-1", "off", "true", "auto",
                    "it's", "Mixed Case"), NONE));
        }
        return parameters;
    }

    private Trigger trigger(List<String> columnNames) {
        var events = new ArrayList<>(someOf(List.of(Trigger.Event.values())));
        var updateColumns = events.contains(Trigger.Event.UPDATE) && !columnNames.isEmpty() && random.nextBoolean()
                ? someOf(columnNames) : List.<String>of();
        var arguments = new ArrayList<String>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            arguments.add(pick("'x'", "'it''s'", "1", "-2", "1.5"));
        }
        return new Trigger(name(), pick(Trigger.Timing.values()), events, updateColumns, random.nextBoolean(),
                maybe(() -> pick(EXPRESSIONS)), name(), arguments, sometimes(this::string), NONE);
    }

    private Policy policy() {
        var command = pick(Policy.Command.values());
        var roles = new ArrayList<String>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            roles.add(name());
        }
        return new Policy(name(), random.nextBoolean(), command, roles,
                command.takesUsing() ? maybe(() -> pick(EXPRESSIONS)) : null,
                command.takesWithCheck() ? maybe(() -> pick(EXPRESSIONS)) : null, NONE);
    }

    private View view() {
        var names = distinctNames(1 + random.nextInt(random.nextInt(4) == 0 ? 15 : 4));
        var columns = new ArrayList<ViewColumn>();
        for (var name : names) {
            columns.add(new ViewColumn(name, type(), random.nextBoolean(), maybe(() -> pick(TERMS)), NONE));
        }
        var keys = new ArrayList<List<String>>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            keys.add(someOf(names));
        }
        boolean materialized = random.nextInt(4) == 0;
        var view = new View(name(), materialized, columns, keys, pick(BODIES), maybe(this::string), NONE);
        if (random.nextInt(3) > 0) {
            return view;
        }
        // indexes on a materialized view, triggers on a view (the formatter prints either; the checks sort them out)
        var indexes = new ArrayList<Index>();
        var triggers = new ArrayList<Trigger>();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (materialized) {
                indexes.add(index(names));
            } else {
                triggers.add(trigger(names));
            }
        }
        return view.withParts(indexes, triggers);
    }

    private Routine routine() {
        boolean function = random.nextInt(3) > 0;
        var parameters = new ArrayList<Parameter>();
        int count = random.nextInt(random.nextInt(4) == 0 ? 12 : 4);
        for (var name : distinctNames(count)) {
            parameters.add(new Parameter(name, maybe(() -> pick(Parameter.Mode.values())), type(),
                    maybe(() -> pick(TERMS)), NONE));
        }
        Routine.Returns returns = null;
        if (function) {
            if (random.nextInt(4) == 0) {
                var table = new ArrayList<Parameter>();
                for (var name : distinctNames(1 + random.nextInt(3))) {
                    table.add(new Parameter(name, null, type(), null, NONE));
                }
                returns = new Routine.Returns(null, false, table, NONE);
            } else {
                returns = new Routine.Returns(type(), random.nextBoolean(), List.of(), NONE);
            }
        }
        return new Routine(function ? Routine.RoutineKind.FUNCTION : Routine.RoutineKind.PROCEDURE, name(),
                parameters, returns, maybe(() -> pick("sql", "plpgsql")), maybe(() -> pick(Routine.Volatility.values())),
                maybe(() -> pick(Routine.Security.values())), random.nextBoolean(), routineOptions(), pick(BODIES),
                maybe(this::string), NONE);
    }

    private RoutineOptions routineOptions() {
        if (random.nextBoolean()) {
            return RoutineOptions.NONE;
        }
        var settings = new ArrayList<RoutineOptions.Setting>();
        for (var name : new java.util.TreeSet<>(List.of(pick(SETTINGS), pick(SETTINGS)))) {
            var values = new ArrayList<String>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                values.add(pick(SETTING_VALUES));
            }
            settings.add(new RoutineOptions.Setting(name, values.isEmpty() ? List.of() : values, values.isEmpty()));
        }
        return new RoutineOptions(maybe(() -> pick(0.5f, 5f, 100f, 12345.5f, 1e12f)), maybe(() -> pick(1f, 20f, 0.25f)),
                maybe(() -> pick(RoutineOptions.Parallel.values())), random.nextBoolean(), settings);
    }

    private Facade facade() {
        var views = new ArrayList<View>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            views.add(view());
        }
        var routines = new ArrayList<Routine>();
        count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            routines.add(routine());
        }
        var grants = new ArrayList<Grant>();
        count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            grants.add(new Grant(someOf(List.of(Grant.Privilege.values())), name(), distinctNames(1 + random.nextInt(3)),
                    NONE));
        }
        return new Facade(name(), random.nextInt(20), views, routines, grants, NONE);
    }

    TypeRef type() {
        int dimensions = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
        switch (random.nextInt(8)) {
            case 0:
                return new TypeRef("numeric", random.nextBoolean() ? List.of("12", "2") : List.of("10"), dimensions,
                        NONE);
            case 1:
                return new TypeRef(pick("varchar", "character varying", "bit varying", "char", "bit"),
                        maybeModifier(), dimensions, NONE);
            case 2:
                return new TypeRef(pick(TIME_TYPES), maybeModifier(), dimensions, NONE);
            case 3:
                return new TypeRef(pick("double precision", "interval"), List.of(), dimensions, NONE);
            case 4:
                return new TypeRef(name(), List.of(), dimensions, NONE);
            default:
                return new TypeRef(pick(BUILT_IN_TYPES), List.of(), dimensions, NONE);
        }
    }

    private List<String> maybeModifier() {
        return random.nextBoolean() ? List.of() : List.of(String.valueOf(random.nextInt(20)));
    }

    String name() {
        switch (random.nextInt(6)) {
            case 0:
                return pick(keywords);
            case 1:
                return pick(AWKWARD_NAMES);
            default:
                return pick(PLAIN_NAMES);
        }
    }

    /** Sequence owners are stored as "table.column", so their names cannot contain a dot. */
    private String undotted() {
        var name = name();
        return name.contains(".") ? "owner" : name;
    }

    private List<String> distinctNames(int count) {
        var names = new LinkedHashSet<String>();
        for (int attempts = 0; names.size() < count && attempts < count * 20; attempts++) {
            names.add(name());
        }
        for (int i = 0; names.size() < count; i++) {
            names.add("n" + i);
        }
        return new ArrayList<>(names);
    }

    private String string() {
        return pick(STRINGS);
    }

    /** A non-empty selection of the values, in random order. */
    private <T> List<T> someOf(List<T> values) {
        var shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return new ArrayList<>(shuffled.subList(0, 1 + random.nextInt(Math.min(3, shuffled.size()))));
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    /** A value one time in four, else null: for comments, which most constraints, triggers and sequences lack. */
    private <T> T sometimes(java.util.function.Supplier<T> value) {
        return random.nextInt(4) == 0 ? value.get() : null;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
