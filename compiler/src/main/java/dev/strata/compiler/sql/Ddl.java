package dev.strata.compiler.sql;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The DDL statements of the planner, each built with {@link Sql}. {@code schema} is where the object lives;
 * {@code core} is the core schema, where user types and tables are.
 */
public final class Ddl {

    private final String core;
    private final Set<String> coreCollations;

    public Ddl(String coreSchema) {
        this(coreSchema, Set.of());
    }

    /** {@code coreCollations}: the collations declared in the core, which columns and keys name qualified. */
    public Ddl(String coreSchema, Set<String> coreCollations) {
        this.core = coreSchema;
        this.coreCollations = Set.copyOf(coreCollations);
    }

    /** The schema a collation named by a column or key is in: the core's, or null for PostgreSQL's own. */
    private String collationSchema(String collation) {
        return collation != null && coreCollations.contains(collation) ? core : null;
    }

    public String core() {
        return core;
    }

    // ------------------------------------------------------------------------------------ schemas, roles

    public String createSchema(String schema) {
        return Sql.of("CREATE SCHEMA").id(schema).build();
    }

    public String dropSchema(String schema) {
        return Sql.of("DROP SCHEMA").id(schema).build();
    }

    /** Creates the role NOLOGIN unless it exists; roles are cluster-wide and never dropped by a plan. */
    public String ensureRole(String role) {
        return Sql.ensureRole(role);
    }

    public String roleKept(String role) {
        return "-- role " + Sql.literal(role) + " is kept: roles are cluster-wide and a plan never drops them";
    }

    // ---------------------------------------------------------------------------------------- extensions

    public String createExtension(String name) {
        return Sql.of("CREATE EXTENSION").id(name).kw("WITH SCHEMA").id(core).build();
    }

    public String dropExtension(String name) {
        return Sql.of("DROP EXTENSION").id(name).build();
    }

    // ---------------------------------------------------------------------------------------- collations

    /** CREATE COLLATION with the options the model gives, or FROM the collation it copies. */
    public String createCollation(Collation c) {
        var sql = Sql.of("CREATE COLLATION").name(core, c.name());
        if (c.copied()) {
            String schema = collationSchema(c.from());
            return (schema == null ? sql.kw("FROM").id(c.from()) : sql.kw("FROM").name(schema, c.from())).build();
        }
        // the check lets only these two through; pg_dump writes them bare too
        sql.open().kw(Collation.ICU.equals(c.provider()) ? "PROVIDER = icu" : "PROVIDER = libc");
        if (c.locale() != null) {
            sql.comma().kw("LOCALE =").lit(c.locale());
        }
        if (c.lcCollate() != null) {
            sql.comma().kw("LC_COLLATE =").lit(c.lcCollate());
        }
        if (c.lcCtype() != null) {
            sql.comma().kw("LC_CTYPE =").lit(c.lcCtype());
        }
        if (!c.deterministic()) {
            sql.comma().kw("DETERMINISTIC = false");
        }
        return sql.close().build();
    }

    public String dropCollation(String name) {
        return Sql.of("DROP COLLATION").name(core, name).build();
    }

    public String renameCollation(String from, String to) {
        return Sql.of("ALTER COLLATION").name(core, from).kw("RENAME TO").id(to).build();
    }

    // --------------------------------------------------------------------------------------------- types

    public String createEnum(EnumType type) {
        var sql = Sql.of("CREATE TYPE").name(core, type.name()).kw("AS ENUM").open();
        var labels = type.labels();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.lit(labels.get(i));
        }
        return sql.close().build();
    }

    public String renameType(String from, String to) {
        return Sql.of("ALTER TYPE").name(core, from).kw("RENAME TO").id(to).build();
    }

    public String dropType(String name) {
        return Sql.of("DROP TYPE").name(core, name).build();
    }

    public String addEnumValue(String type, String label, String before, String after) {
        var sql = Sql.of("ALTER TYPE").name(core, type).kw("ADD VALUE").lit(label);
        if (before != null) {
            sql.kw("BEFORE").lit(before);
        } else {
            sql.kw("AFTER").lit(after);
        }
        return sql.build();
    }

    public String createDomain(Domain domain) {
        var sql = Sql.of("CREATE DOMAIN").name(core, domain.name()).kw("AS").append(SqlTypes.of(domain.baseType(), core, null));
        if (domain.defaultExpr() != null) {
            sql.kw("DEFAULT").verbatim(domain.defaultExpr());
        }
        if (domain.notNull()) {
            sql.kw("NOT NULL");
        }
        var names = domainCheckNames(domain);
        for (int i = 0; i < domain.checks().size(); i++) {
            sql.kw("CONSTRAINT").id(names.get(i)).kw("CHECK").paren(domain.checks().get(i).expression());
        }
        return sql.build();
    }

    /** PostgreSQL names unnamed domain checks {@code <domain>_check}, then {@code _check1}, … */
    public List<String> domainCheckNames(Domain domain) {
        var names = new ArrayList<String>();
        var taken = new java.util.HashSet<String>();
        for (Check check : domain.checks()) {
            if (check.name() != null) {
                taken.add(check.name());
            }
        }
        for (Check check : domain.checks()) {
            if (check.name() != null) {
                names.add(check.name());
                continue;
            }
            String base = Identifiers.objectName(domain.name(), null, "check");
            String name = base;
            for (int n = 1; taken.contains(name); n++) {
                name = base + n;
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    public String dropDomain(String name) {
        return Sql.of("DROP DOMAIN").name(core, name).build();
    }

    public String alterDomain(String name, String action) {
        return Sql.of("ALTER DOMAIN").name(core, name).kw(action).build();
    }

    public String alterDomainDefault(String name, String expr) {
        if (expr == null) {
            return alterDomain(name, "DROP DEFAULT");
        }
        return Sql.of("ALTER DOMAIN").name(core, name).kw("SET DEFAULT").verbatim(expr).build();
    }

    public String addDomainCheck(String domain, String constraint, String expression) {
        return Sql.of("ALTER DOMAIN").name(core, domain).kw("ADD CONSTRAINT").id(constraint).kw("CHECK")
                .paren(expression).build();
    }

    public String dropDomainCheck(String domain, String constraint) {
        return Sql.of("ALTER DOMAIN").name(core, domain).kw("DROP CONSTRAINT").id(constraint).build();
    }

    // ----------------------------------------------------------------------------------------- sequences

    public String createSequence(Sequence s) {
        var sql = Sql.of("CREATE SEQUENCE").name(core, s.name());
        sequenceOptions(sql, s, false);
        return sql.build();
    }

    /** ALTER SEQUENCE to the given options; unset options go back to PostgreSQL's defaults. */
    public String alterSequence(Sequence s) {
        var sql = Sql.of("ALTER SEQUENCE").name(core, s.name());
        sequenceOptions(sql, s, true);
        return sql.build();
    }

    private void sequenceOptions(Sql sql, Sequence s, boolean reset) {
        sql.kw("AS").append(SqlTypes.of(s.type() == null ? TypeRef.of("bigint") : s.type(), core, null));
        if (s.increment() != null) {
            sql.kw("INCREMENT BY").number(s.increment());
        } else if (reset) {
            sql.kw("INCREMENT BY 1");
        }
        if (s.minValue() != null) {
            sql.kw("MINVALUE").number(s.minValue());
        } else if (reset) {
            sql.kw("NO MINVALUE");
        }
        if (s.maxValue() != null) {
            sql.kw("MAXVALUE").number(s.maxValue());
        } else if (reset) {
            sql.kw("NO MAXVALUE");
        }
        if (s.start() != null) {
            sql.kw("START WITH").number(s.start());
        }
        if (s.cache() != null) {
            sql.kw("CACHE").number(s.cache());
        } else if (reset) {
            sql.kw("CACHE 1");
        }
        sql.kw(s.cycle() ? "CYCLE" : "NO CYCLE");
    }

    /** {@code owner} is {@code table.column}, or null for OWNED BY NONE. */
    public String sequenceOwnedBy(String sequence, String owner) {
        var sql = Sql.of("ALTER SEQUENCE").name(core, sequence).kw("OWNED BY");
        if (owner == null) {
            return sql.kw("NONE").build();
        }
        int dot = owner.indexOf('.');
        return sql.column(core, owner.substring(0, dot), owner.substring(dot + 1)).build();
    }

    public String dropSequence(String name) {
        return Sql.of("DROP SEQUENCE").name(core, name).build();
    }

    /** For a sequence that a DROP TABLE before it may already have taken along (its owner). */
    public String dropSequenceIfExists(String name) {
        return Sql.of("DROP SEQUENCE IF EXISTS").name(core, name).build();
    }

    /** Sets a sequence where a backup of its {@code last_value} and {@code is_called} says it was. */
    public String sequenceFromBackup(String sequence, String backupSchema, String backupTable) {
        return Sql.of("SELECT pg_catalog.setval(").lit(Sql.qualified(core, sequence)).comma().id("last_value")
                .comma().id("is_called").close().kw("FROM").name(backupSchema, backupTable).build();
    }

    /** Sets a sequence past the highest value of the column it feeds (left as it is on an empty table). */
    public String sequencePastColumn(String sequence, String table, String column) {
        return Sql.of("SELECT pg_catalog.setval(").lit(Sql.qualified(core, sequence)).comma().kw("max(").id(column)
                .close().close().kw("FROM").name(core, table).kw("HAVING").kw("max(").id(column).close()
                .kw("IS NOT NULL").build();
    }

    // -------------------------------------------------------------------------------------------- tables

    /**
     * CREATE TABLE with its columns, primary key, unique and check constraints (foreign keys come later), and its
     * {@code INHERITS (…)} for an inheritance child (its own columns only), {@code PARTITION BY} when it is
     * partitioned; a partition is {@code CREATE TABLE … PARTITION OF … bound}. A
     * check that is {@code not valid} is left out: PostgreSQL marks every check of a CREATE TABLE validated, so it
     * is added afterwards with ALTER TABLE … NOT VALID.
     */
    public String createTable(Table table) {
        if (table.partition()) {
            return createPartition(table);
        }
        var names = DefaultNames.of(table);
        var sql = Sql.of("CREATE TABLE").name(core, table.name()).kw("(");
        var items = new ArrayList<Sql>();
        for (Column column : Inheritance.own(table)) {
            items.add(columnDefinition(column, true));
        }
        if (table.primaryKey() != null) {
            items.add(Sql.of("CONSTRAINT").id(names.of(table.primaryKey())).append(primaryKey(table.primaryKey())));
        }
        for (UniqueConstraint unique : table.uniques()) {
            items.add(Sql.of("CONSTRAINT").id(names.of(unique)).append(unique(unique)));
        }
        for (Check check : table.checks()) {
            if (check.notValid()) {
                continue;
            }
            items.add(noInherit(Sql.of("CONSTRAINT").id(names.of(check)).kw("CHECK").paren(check.expression()),
                    check.noInherit()));
        }
        for (Exclusion exclusion : table.exclusions()) {
            items.add(Sql.of("CONSTRAINT").id(names.of(exclusion)).append(exclusion(exclusion)));
        }
        for (int i = 0; i < items.size(); i++) {
            sql.newline("    ").append(items.get(i));
            if (i < items.size() - 1) {
                sql.comma();
            }
        }
        sql.newline("").close();
        if (table.child()) {
            sql.kw("INHERITS").kw("(");
            for (int i = 0; i < table.parents().size(); i++) {
                if (i > 0) {
                    sql.comma();
                }
                sql.name(core, table.parents().get(i));
            }
            sql.close();
        }
        if (table.partitioned()) {
            sql.kw("PARTITION BY").kw(table.partitionBy().method().toUpperCase(Locale.ROOT))
                    .paren(table.partitionBy().key());
        }
        storage(sql, table.storage());
        return sql.build();
    }

    // --------------------------------------------------------------------------------- storage parameters

    /** {@code WITH ("fillfactor" = '70', …)}, or nothing: each value a string, the text reloptions keeps. */
    private static void storage(Sql sql, List<StorageParameter> parameters) {
        if (parameters.isEmpty()) {
            return;
        }
        sql.kw("WITH").open();
        parameterList(sql, parameters);
        sql.close();
    }

    private static void parameterList(Sql sql, List<StorageParameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            settingName(sql, parameters.get(i).name());
            sql.kw("=").lit(parameters.get(i).value());
        }
    }

    /**
     * {@code ALTER TABLE|INDEX name RESET (…), SET (…)}: every parameter of {@code from} reset, then every one of
     * {@code to} set, in name order. PostgreSQL appends what it sets to reloptions, so resetting all and setting all
     * leaves them in the order a CREATE with {@code to} gives (a plan's result is compared with the model built
     * from empty). Null when both hold the same.
     */
    public String alterStorage(boolean index, String name, List<StorageParameter> from, List<StorageParameter> to) {
        if (from.equals(to)) {
            return null;
        }
        var reset = from.stream().map(StorageParameter::name).toList();
        var set = to;
        var sql = Sql.of(index ? "ALTER INDEX" : "ALTER TABLE").name(core, name);
        if (!reset.isEmpty()) {
            sql.kw("RESET").open();
            for (int i = 0; i < reset.size(); i++) {
                if (i > 0) {
                    sql.comma();
                }
                settingName(sql, reset.get(i));
            }
            sql.close();
        }
        if (!set.isEmpty()) {
            if (!reset.isEmpty()) {
                sql.comma();
            }
            sql.kw("SET").open();
            parameterList(sql, set);
            sql.close();
        }
        return sql.build();
    }

    /** A column as in CREATE TABLE or ADD COLUMN; {@code full} false leaves out default, NOT NULL, identity. */
    public Sql columnDefinition(Column column, boolean full) {
        var sql = Sql.empty().id(column.name()).append(SqlTypes.of(column.type(), core, null))
                .collate(collationSchema(column.collation()), column.collation());
        if (column.generated() != null) {
            sql.kw("GENERATED ALWAYS AS").paren(column.generated()).kw("STORED");
        }
        if (!full) {
            return sql;
        }
        if (column.identity() != null) {
            sql.kw("GENERATED").kw(column.identity().sql().toUpperCase()).kw("AS IDENTITY");
            identityOptions(sql, column.identityOptions());
        }
        if (column.defaultExpr() != null) {
            sql.kw("DEFAULT").verbatim(column.defaultExpr());
        }
        if (column.notNull()) {
            sql.kw("NOT NULL");
        }
        return sql;
    }

    private String createPartition(Table partition) {
        var of = partition.partitionOf();
        return bound(Sql.of("CREATE TABLE").name(core, partition.name()).kw("PARTITION OF").name(core, of.parent()),
                of.bound()).build();
    }

    /** {@code FOR VALUES FROM (…) TO (…)}, {@code FOR VALUES IN (…)}, {@code FOR VALUES WITH (…)} or DEFAULT. */
    private static Sql bound(Sql sql, PartitionOf.Bound bound) {
        return switch (bound.kind()) {
            case RANGE -> sql.kw("FOR VALUES FROM").paren(bound.values().get(0)).kw("TO").paren(bound.values().get(1));
            case LIST -> sql.kw("FOR VALUES IN").paren(bound.values().get(0));
            case HASH -> sql.kw("FOR VALUES WITH").paren(bound.values().get(0));
            case DEFAULT -> sql.kw("DEFAULT");
        };
    }

    /** {@code ALTER TABLE child INHERIT parent}: the child must have the parent's columns already. */
    public String inherit(String child, String parent) {
        return alterTable(child).kw("INHERIT").name(core, parent).build();
    }

    /** {@code ALTER TABLE child NO INHERIT parent}: the child keeps the columns, as its own. */
    public String noInherit(String child, String parent) {
        return alterTable(child).kw("NO INHERIT").name(core, parent).build();
    }

    public String detachPartition(String parent, String partition) {
        return alterTable(parent).kw("DETACH PARTITION").name(core, partition).build();
    }

    public String attachPartition(String parent, String partition, PartitionOf.Bound bound) {
        return bound(alterTable(parent).kw("ATTACH PARTITION").name(core, partition), bound).build();
    }

    public String dropTable(String table) {
        return Sql.of("DROP TABLE").name(core, table).build();
    }

    public String renameTable(String from, String to) {
        return Sql.of("ALTER TABLE").name(core, from).kw("RENAME TO").id(to).build();
    }

    public String addColumn(String table, Column column, boolean full) {
        return alterTable(table).kw("ADD COLUMN").append(columnDefinition(column, full)).build();
    }

    public String dropColumn(String table, String column) {
        return alterTable(table).kw("DROP COLUMN").id(column).build();
    }

    public String renameColumn(String table, String from, String to) {
        return alterTable(table).kw("RENAME COLUMN").id(from).kw("TO").id(to).build();
    }

    /** ALTER COLUMN … TYPE; {@code using} is verbatim SQL or null for PostgreSQL's assignment cast. */
    public String alterColumnType(String table, String column, TypeRef type, String collation, String using) {
        var sql = alterColumn(table, column).kw("TYPE").append(SqlTypes.of(type, core, null))
                .collate(collationSchema(collation), collation);
        if (using != null) {
            sql.kw("USING").paren(using);
        }
        return sql.build();
    }

    public String setDefault(String table, String column, String expr) {
        if (expr == null) {
            return dropDefault(table, column);
        }
        return alterColumn(table, column).kw("SET DEFAULT").verbatim(expr).build();
    }

    public String dropDefault(String table, String column) {
        return alterColumn(table, column).kw("DROP DEFAULT").build();
    }

    public String setNotNull(String table, String column) {
        return alterColumn(table, column).kw("SET NOT NULL").build();
    }

    public String dropNotNull(String table, String column) {
        return alterColumn(table, column).kw("DROP NOT NULL").build();
    }

    public String addIdentity(String table, Column column) {
        var sql = alterColumn(table, column.name()).kw("ADD GENERATED").kw(column.identity().sql().toUpperCase())
                .kw("AS IDENTITY");
        identityOptions(sql, column.identityOptions());
        return sql.build();
    }

    /** {@code (START WITH n INCREMENT BY n …)} with the options written; nothing when none is. */
    private static void identityOptions(Sql sql, IdentityOptions options) {
        if (options == null) {
            return;
        }
        sql.open();
        var parts = Sql.empty();
        if (options.start() != null) {
            parts.kw("START WITH").number(options.start());
        }
        if (options.increment() != null) {
            parts.kw("INCREMENT BY").number(options.increment());
        }
        if (options.minValue() != null) {
            parts.kw("MINVALUE").number(options.minValue());
        }
        if (options.maxValue() != null) {
            parts.kw("MAXVALUE").number(options.maxValue());
        }
        if (options.cache() != null) {
            parts.kw("CACHE").number(options.cache());
        }
        if (options.cycle()) {
            parts.kw("CYCLE");
        }
        sql.append(parts).close();
    }

    /**
     * {@code ALTER COLUMN … SET START WITH n SET INCREMENT BY n SET [NO] MINVALUE … SET CACHE n SET [NO] CYCLE}: every
     * option of the identity's sequence to {@code options}, an unset one to PostgreSQL's default (the start to the
     * minimum, or the maximum when it counts down, as a new sequence's). One statement, so PostgreSQL checks the
     * options together. The sequence's current value stays.
     */
    public String alterIdentityOptions(String table, String column, IdentityOptions options) {
        var o = options == null ? new IdentityOptions(null, null, null, null, null, false) : options;
        boolean ascending = o.increment() == null || o.increment() > 0;
        var sql = alterColumn(table, column);
        if (o.start() != null) {
            sql.kw("SET START WITH").number(o.start());
        } else if (ascending ? o.minValue() != null : o.maxValue() != null) {
            sql.kw("SET START WITH").number(ascending ? o.minValue() : o.maxValue());
        } else {
            sql.kw("SET START WITH").number(ascending ? 1 : -1);
        }
        sql.kw("SET INCREMENT BY").number(o.increment() == null ? 1 : o.increment());
        if (o.minValue() != null) {
            sql.kw("SET MINVALUE").number(o.minValue());
        } else {
            sql.kw("SET NO MINVALUE");
        }
        if (o.maxValue() != null) {
            sql.kw("SET MAXVALUE").number(o.maxValue());
        } else {
            sql.kw("SET NO MAXVALUE");
        }
        sql.kw("SET CACHE").number(o.cache() == null ? 1 : o.cache());
        sql.kw(o.cycle() ? "SET CYCLE" : "SET NO CYCLE");
        return sql.build();
    }

    public String setIdentity(String table, Column column) {
        return alterColumn(table, column.name()).kw("SET GENERATED").kw(column.identity().sql().toUpperCase())
                .build();
    }

    /** A stored generated column becomes plain, keeping its values (PostgreSQL 13+). */
    public String dropExpression(String table, String column) {
        return alterColumn(table, column).kw("DROP EXPRESSION").build();
    }

    public String dropIdentity(String table, String column) {
        return alterColumn(table, column).kw("DROP IDENTITY").build();
    }

    /** Moves the identity sequence past the largest value in the column, so new rows do not collide. */
    /**
     * {@code statements} (restores of backed-up rows into core table {@code table}) run with the table's user
     * triggers off, so a restore puts back exactly what was saved and fires nothing (no audit row, no
     * {@code last_updated} rewritten). Each trigger's state (enabled, always, replica, disabled) is put back as it
     * was; internal triggers (foreign keys) stay on. Needs only the table's ownership, not superuser.
     */
    public String withoutUserTriggers(String table, List<String> statements) {
        String relation = Sql.qualified(core, table);
        Sql body = Sql.empty().newline("DECLARE").newline("    ").kw("names name[];").newline("    ")
                .kw("states \"char\"[];").newline("BEGIN").newline("    ")
                .kw("SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states")
                .newline("    ").kw("FROM pg_catalog.pg_trigger WHERE tgrelid =").lit(relation).cast("regclass")
                .kw("AND NOT tgisinternal;").newline("    ")
                .kw("FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP").newline("        ")
                .kw("EXECUTE pg_catalog.format(").lit(Sql.of("ALTER TABLE").kw("%s DISABLE TRIGGER %I").fragment()).comma().lit(relation)
                .comma().kw("names[i]);").newline("    ").kw("END LOOP;");
        for (String statement : statements) {
            body.newline("    ").verbatim(statement);
        }
        body.newline("    ").kw("FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP").newline("        ")
                .kw("EXECUTE pg_catalog.format(").lit(Sql.of("ALTER TABLE").kw("%s %s TRIGGER %I").fragment()).comma().lit(relation).comma()
                .kw("CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS'")
                .kw("WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);").newline("    ")
                .kw("END LOOP;").newline("END").newline("");
        return Sql.of("DO").dollar(body.fragment()).build();
    }

    public String resetIdentity(String table, String column) {
        return Sql.of("SELECT pg_catalog.setval(").verbatim(identitySequence(table, column)).comma().kw("max(")
                .id(column).close().close().kw("FROM").name(core, table).build();
    }

    /**
     * Moves the identity sequence of {@code table.column} to where sequence {@code from} of the core stands, so the
     * identity goes on numbering after the values {@code from} gave out.
     */
    public String continueIdentity(String table, String column, String from) {
        return Sql.of("SELECT pg_catalog.setval(").verbatim(identitySequence(table, column)).comma()
                .kw("last_value, is_called)").kw("FROM").name(core, from).build();
    }

    /** {@code pg_get_serial_sequence('core.table', 'column')}: the sequence behind an identity column. */
    private String identitySequence(String table, String column) {
        return Sql.empty().kw("pg_catalog.pg_get_serial_sequence(").lit(Sql.qualified(core, table)).comma()
                .lit(column).close().fragment();
    }

    /**
     * Gives the sequence behind an identity column the name PostgreSQL would give it now ({@code table_column_seq}),
     * so a renamed table or column looks exactly like one created under its new name.
     */
    public String renameIdentitySequence(String table, String column, String newName) {
        // the server fills in the names: %s the sequence as pg_get_serial_sequence gives it, %I the new name quoted
        String template = Sql.of("ALTER SEQUENCE").kw("%s").kw("RENAME TO").kw("%I").fragment();
        String statement = Sql.of("EXECUTE pg_catalog.format(").lit(template).comma()
                .kw("pg_catalog.pg_get_serial_sequence(").lit(Sql.qualified(core, table)).comma().lit(column).close()
                .comma().lit(newName).close().build();
        String block = Sql.of("BEGIN").verbatim(statement).kw("END").fragment();
        String tag = Sql.dollarTag(block);
        return Sql.of("DO").verbatim(tag).verbatim(block).verbatim(tag).build();
    }

    private Sql alterTable(String table) {
        return Sql.of("ALTER TABLE").name(core, table);
    }

    private Sql alterColumn(String table, String column) {
        return alterTable(table).kw("ALTER COLUMN").id(column);
    }

    // ---------------------------------------------------------------------------------------- constraints

    private Sql primaryKey(PrimaryKey key) {
        return deferral(Sql.of("PRIMARY KEY").ids(key.columns()), key.deferrable(), key.initiallyDeferred());
    }

    /** {@code DEFERRABLE [INITIALLY DEFERRED]} of a key, unique constraint or foreign key. */
    private static Sql deferral(Sql sql, boolean deferrable, boolean initiallyDeferred) {
        if (deferrable) {
            sql.kw("DEFERRABLE");
            if (initiallyDeferred) {
                sql.kw("INITIALLY DEFERRED");
            }
        }
        return sql;
    }

    private Sql unique(UniqueConstraint unique) {
        var sql = Sql.of("UNIQUE");
        if (unique.nullsNotDistinct()) {
            sql.kw("NULLS NOT DISTINCT");
        }
        return deferral(sql.ids(unique.columns()), unique.deferrable(), unique.initiallyDeferred());
    }

    public String addPrimaryKey(String table, String name, PrimaryKey key) {
        return alterTable(table).kw("ADD CONSTRAINT").id(name).append(primaryKey(key)).build();
    }

    public String addUnique(String table, String name, UniqueConstraint unique) {
        return alterTable(table).kw("ADD CONSTRAINT").id(name).append(unique(unique)).build();
    }

    /**
     * The index of an online primary key or unique constraint: {@code CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS}
     * on its columns, named as the constraint, the index {@code ADD CONSTRAINT … USING INDEX} then takes over. IF NOT
     * EXISTS lets the step run again after it committed; the runtime drops an invalid leftover of a failed build
     * before it.
     */
    public String createKeyIndexConcurrently(String table, String name, List<String> columns,
                                             boolean nullsNotDistinct) {
        return createKeyIndex(table, name, columns, nullsNotDistinct, true);
    }

    /** As {@link #createKeyIndexConcurrently}, built inside a transaction when not {@code concurrently}. */
    public String createKeyIndex(String table, String name, List<String> columns, boolean nullsNotDistinct,
                                 boolean concurrently) {
        var sql = Sql.of(concurrently ? "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS" : "CREATE UNIQUE INDEX")
                .id(name).kw("ON").name(core, table).ids(columns);
        return (nullsNotDistinct ? sql.kw("NULLS NOT DISTINCT") : sql).build();
    }

    /** {@code ADD CONSTRAINT name PRIMARY KEY USING INDEX name}: the key takes over the index built for it. */
    public String addPrimaryKeyUsingIndex(String table, String name, PrimaryKey key) {
        var sql = alterTable(table).kw("ADD CONSTRAINT").id(name).kw("PRIMARY KEY USING INDEX").id(name);
        return deferral(sql, key.deferrable(), key.initiallyDeferred()).build();
    }

    /** {@code ADD CONSTRAINT name UNIQUE USING INDEX name}: the constraint takes over the index built for it. */
    public String addUniqueUsingIndex(String table, String name, UniqueConstraint unique) {
        var sql = alterTable(table).kw("ADD CONSTRAINT").id(name).kw("UNIQUE USING INDEX").id(name);
        return deferral(sql, unique.deferrable(), unique.initiallyDeferred()).build();
    }

    /** Builds the constraint's index, scanning the rows already there. */
    public String addExclusion(String table, String name, Exclusion exclusion) {
        return alterTable(table).kw("ADD CONSTRAINT").id(name).append(exclusion(exclusion)).build();
    }

    /** {@code EXCLUDE USING gist (during WITH &&) INCLUDE (…) WHERE (…) DEFERRABLE}. */
    private Sql exclusion(Exclusion exclusion) {
        var sql = Sql.of("EXCLUDE");
        if (exclusion.method() != null) {
            sql.kw("USING").id(exclusion.method());
        }
        sql.open();
        for (int i = 0; i < exclusion.elements().size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            element(sql, exclusion.elements().get(i).key());
            // an operator is only operator characters: the translator refuses anything else
            sql.kw("WITH").verbatim(exclusion.elements().get(i).operator());
        }
        sql.close();
        if (!exclusion.include().isEmpty()) {
            sql.kw("INCLUDE").ids(exclusion.include());
        }
        if (exclusion.where() != null) {
            sql.kw("WHERE").paren(exclusion.where());
        }
        return deferral(sql, exclusion.deferrable(), exclusion.initiallyDeferred());
    }

    public String addCheck(String table, String name, Check check) {
        var sql = alterTable(table).kw("ADD CONSTRAINT").id(name).kw("CHECK").paren(check.expression());
        return notValid(noInherit(sql, check.noInherit()), check.notValid()).build();
    }

    /** {@code NO INHERIT}: the check holds for this table only, not for tables that inherit from it. */
    private static Sql noInherit(Sql sql, boolean noInherit) {
        return noInherit ? sql.kw("NO INHERIT") : sql;
    }

    /** {@code NOT VALID}: the constraint holds for new rows, the rows already there are not scanned. */
    private static Sql notValid(Sql sql, boolean notValid) {
        return notValid ? sql.kw("NOT VALID") : sql;
    }

    /** Scans the rows a NOT VALID check or foreign key has not checked yet and marks it validated. */
    public String validateConstraint(String table, String name) {
        return alterTable(table).kw("VALIDATE CONSTRAINT").id(name).build();
    }

    /**
     * The reverse of an online VALIDATE CONSTRAINT: nothing to run, the constraint is dropped by the reverse of the
     * step that added it NOT VALID.
     */
    public String validationUndone(String table, String name) {
        return "-- nothing to undo for " + Sql.literal(core + "." + table + "." + name)
                + ": the reverse of the step that added it NOT VALID drops it";
    }

    public String addForeignKey(String table, String name, ForeignKey fk) {
        var sql = alterTable(table).kw("ADD CONSTRAINT").id(name).kw("FOREIGN KEY").ids(fk.columns())
                .kw("REFERENCES").name(core, fk.refTable());
        if (!fk.refColumns().isEmpty()) {
            sql.ids(fk.refColumns());
        }
        if (fk.matchFull()) {
            sql.kw("MATCH FULL");
        }
        if (fk.onDelete() != null && fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.kw("ON DELETE").kw(fk.onDelete().sql().toUpperCase());
        }
        if (fk.onUpdate() != null && fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.kw("ON UPDATE").kw(fk.onUpdate().sql().toUpperCase());
        }
        return notValid(deferral(sql, fk.deferrable(), fk.initiallyDeferred()), fk.notValid()).build();
    }

    public String dropConstraint(String table, String name) {
        return alterTable(table).kw("DROP CONSTRAINT").id(name).build();
    }

    /** {@code DROP CONSTRAINT IF EXISTS}: for a helper constraint that a step after it may already have dropped. */
    public String dropConstraintIfExists(String table, String name) {
        return alterTable(table).kw("DROP CONSTRAINT IF EXISTS").id(name).build();
    }

    /**
     * The helper of an online SET NOT NULL: {@code CHECK (column IS NOT NULL) NOT VALID}, which holds for new rows at
     * once and, once validated, lets SET NOT NULL skip its scan (PostgreSQL 12 and later).
     */
    public String addNotNullCheck(String table, String name, String column) {
        return alterTable(table).kw("ADD CONSTRAINT").id(name).kw("CHECK").open().id(column).kw("IS NOT NULL").close()
                .kw("NOT VALID").build();
    }

    /** The reverse of a step that needs none: a comment saying which step's reverse does the work. */
    public String nothingToUndo(String what, String why) {
        return "-- nothing to undo for " + Sql.literal(what) + ": " + why;
    }

    public String renameConstraint(String table, String from, String to) {
        return alterTable(table).kw("RENAME CONSTRAINT").id(from).kw("TO").id(to).build();
    }

    // -------------------------------------------------------------------------------------------- indexes

    public String createIndex(String table, String name, Index index, boolean concurrently) {
        return createIndex(table, name, index, concurrently, false);
    }

    /**
     * {@code ifMissing}: {@code IF NOT EXISTS}, for a concurrent build that may run again after it committed (the
     * runtime drops an invalid leftover of the same name before, so only a finished index is skipped).
     */
    public String createIndex(String table, String name, Index index, boolean concurrently, boolean ifMissing) {
        var sql = Sql.of(index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX");
        if (concurrently) {
            sql.kw("CONCURRENTLY");
        }
        if (ifMissing) {
            sql.kw("IF NOT EXISTS");
        }
        sql.id(name).kw("ON").name(core, table);
        if (index.method() != null) {
            sql.kw("USING").id(index.method());
        }
        sql.open();
        for (int i = 0; i < index.elements().size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            element(sql, index.elements().get(i));
        }
        sql.close();
        if (!index.include().isEmpty()) {
            sql.kw("INCLUDE").ids(index.include());
        }
        if (index.nullsNotDistinct()) {
            sql.kw("NULLS NOT DISTINCT");
        }
        storage(sql, index.storage());
        if (index.where() != null) {
            sql.kw("WHERE").paren(index.where());
        }
        return sql.build();
    }

    private void element(Sql sql, Index.IndexElement element) {
        if (element.column() != null) {
            sql.id(element.column());
        } else {
            sql.paren(element.expression());
        }
        sql.collate(collationSchema(element.collation()), element.collation());
        if (element.opclass() != null) {
            sql.id(element.opclass());
        }
        if (element.direction() == Index.Direction.DESC) {
            sql.kw("DESC");
        }
        if (element.nulls() != null) {
            sql.kw(element.nulls() == Index.Nulls.FIRST ? "NULLS FIRST" : "NULLS LAST");
        }
    }

    public String dropIndex(String name, boolean concurrently) {
        return Sql.of(concurrently ? "DROP INDEX CONCURRENTLY" : "DROP INDEX").name(core, name).build();
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS}: a drop that may run again after it committed. */
    public String dropIndexConcurrentlyIfExists(String name) {
        return Sql.of("DROP INDEX CONCURRENTLY IF EXISTS").name(core, name).build();
    }

    public String renameIndex(String from, String to) {
        return Sql.of("ALTER INDEX").name(core, from).kw("RENAME TO").id(to).build();
    }

    // ------------------------------------------------------------------------------------------- triggers

    public String createTrigger(String table, Trigger trigger) {
        var sql = Sql.of("CREATE TRIGGER").id(trigger.name()).kw(trigger.timing().sql().toUpperCase());
        for (int i = 0; i < trigger.events().size(); i++) {
            if (i > 0) {
                sql.kw("OR");
            }
            var event = trigger.events().get(i);
            sql.kw(event.name());
            if (event == Trigger.Event.UPDATE && !trigger.updateColumns().isEmpty()) {
                sql.kw("OF").idList(trigger.updateColumns());
            }
        }
        sql.kw("ON").name(core, table).kw(trigger.forEachRow() ? "FOR EACH ROW" : "FOR EACH STATEMENT");
        if (trigger.when() != null) {
            sql.kw("WHEN").paren(trigger.when());
        }
        sql.kw("EXECUTE FUNCTION").name(core, trigger.function()).kw("(");
        for (int i = 0; i < trigger.arguments().size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.verbatim(trigger.arguments().get(i));
        }
        return sql.close().build();
    }

    public String dropTrigger(String table, String trigger) {
        return Sql.of("DROP TRIGGER").id(trigger).kw("ON").name(core, table).build();
    }

    // ------------------------------------------------------------------------------- row level security

    /** {@code ALTER TABLE … ENABLE|DISABLE ROW LEVEL SECURITY}, or {@code FORCE|NO FORCE} for the owner. */
    public String setRowSecurity(String table, RowSecurity.Setting setting, boolean on) {
        String action = setting == RowSecurity.Setting.ENABLE
                ? (on ? "ENABLE" : "DISABLE")
                : (on ? "FORCE" : "NO FORCE");
        return Sql.of("ALTER TABLE").name(core, table).kw(action).kw("ROW LEVEL SECURITY").build();
    }

    public String createPolicy(String table, Policy policy) {
        var sql = Sql.of("CREATE POLICY").id(policy.name()).kw("ON").name(core, table)
                .kw(policy.permissive() ? "AS PERMISSIVE" : "AS RESTRICTIVE")
                .kw("FOR").kw(policy.command().name());
        return policyClauses(sql, policy).build();
    }

    /**
     * Roles, {@code USING} and {@code WITH CHECK} as {@code to} has them. A clause cannot be taken off in place: when
     * one is added or removed the planner drops and creates the policy instead.
     */
    public String alterPolicy(String table, Policy to) {
        return policyClauses(Sql.of("ALTER POLICY").id(to.name()).kw("ON").name(core, table), to).build();
    }

    private static Sql policyClauses(Sql sql, Policy policy) {
        sql.kw("TO");
        if (policy.roles().isEmpty()) {
            sql.kw("PUBLIC");
        } else {
            for (int i = 0; i < policy.roles().size(); i++) {
                if (i > 0) {
                    sql.comma();
                }
                sql.id(policy.roles().get(i));
            }
        }
        if (policy.using() != null) {
            sql.kw("USING").paren(policy.using());
        }
        if (policy.withCheck() != null) {
            sql.kw("WITH CHECK").paren(policy.withCheck());
        }
        return sql;
    }

    public String dropPolicy(String table, String policy) {
        return Sql.of("DROP POLICY").id(policy).kw("ON").name(core, table).build();
    }

    // -------------------------------------------------------------------------------------------- comments

    /** COMMENT ON {kind} {target} IS …; {@code target} is already rendered by this builder. */
    public String comment(String kind, String target, String text) {
        return Sql.of("COMMENT ON").kw(kind).verbatim(target).kw("IS").verbatim(Sql.literal(text)).build();
    }

    /** {@code COMMENT ON CONSTRAINT|TRIGGER name ON core.table IS …} ({@code text} null: IS NULL). */
    public String commentOnTableObject(String kind, String name, String table, String text) {
        return Sql.of("COMMENT ON").kw(kind).id(name).kw("ON").name(core, table).kw("IS")
                .verbatim(Sql.literal(text)).build();
    }

    // ---------------------------------------------------------------------------------------------- views

    public String createView(String schema, View view) {
        var sql = Sql.of(view.materialized() ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW").name(schema, view.name())
                .ids(view.columns().stream().map(ViewColumn::name).toList()).kw("AS").newline("")
                .verbatim(body(view.body()));
        if (view.materialized()) {
            sql.newline("").kw("WITH DATA");
        }
        return sql.build();
    }

    public String viewColumnDefault(String schema, View view, ViewColumn column) {
        return Sql.of("ALTER VIEW").name(schema, view.name()).kw("ALTER COLUMN").id(column.name())
                .kw("SET DEFAULT").verbatim(column.defaultExpr()).build();
    }

    public String dropView(String schema, View view) {
        return Sql.of(view.materialized() ? "DROP MATERIALIZED VIEW" : "DROP VIEW").name(schema, view.name())
                .build();
    }

    /** A verbatim body without surrounding blank lines or a trailing semicolon. */
    private static String body(String body) {
        String text = body.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    // ------------------------------------------------------------------------------------------ routines

    /**
     * {@code rowTypes} are the views of {@code schema} that the routine may name as types (a facade routine
     * returning its own version's view); they are qualified with {@code schema}, other user types with the core.
     */
    public String createRoutine(String schema, Routine routine, boolean orReplace, Set<String> rowTypes) {
        boolean function = routine.routineKind() == Routine.RoutineKind.FUNCTION;
        var sql = Sql.of(orReplace ? "CREATE OR REPLACE" : "CREATE").kw(function ? "FUNCTION" : "PROCEDURE")
                .name(schema, routine.name()).kw("(");
        for (int i = 0; i < routine.parameters().size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            parameter(sql, routine.parameters().get(i), schema, rowTypes);
        }
        sql.close();
        if (routine.returns() != null) {
            sql.newline("    ").kw("RETURNS");
            var returns = routine.returns();
            if (!returns.table().isEmpty()) {
                sql.kw("TABLE (");
                for (int i = 0; i < returns.table().size(); i++) {
                    if (i > 0) {
                        sql.comma();
                    }
                    TypeRef type = returns.table().get(i).type();
                    sql.id(returns.table().get(i).name()).append(SqlTypes.of(type, typeSchema(type, schema, rowTypes), null));
                }
                sql.close();
            } else {
                if (returns.setOf()) {
                    sql.kw("SETOF");
                }
                sql.append(SqlTypes.of(returns.type(), typeSchema(returns.type(), schema, rowTypes), null));
            }
        }
        sql.newline("    ").kw("LANGUAGE").id(routine.language() == null ? "sql" : routine.language());
        if (routine.volatility() != null) {
            sql.kw(routine.volatility().name());
        }
        if (routine.strict()) {
            sql.kw("STRICT");
        }
        if (routine.security() == Routine.Security.DEFINER) {
            sql.kw("SECURITY DEFINER");
        }
        routineOptions(sql, routine.options());
        // the body byte for byte: PostgreSQL keeps it as given, and a space added here would change it on every plan
        return sql.newline("    ").kw("AS").body(routine.body()).build();
    }

    /** The options a routine was declared with, none of them when it has none (plans made before keep their SQL). */
    private static void routineOptions(Sql sql, RoutineOptions options) {
        if (options.parallel() != null) {
            sql.kw("PARALLEL").kw(options.parallel().name());
        }
        if (options.leakproof()) {
            sql.kw("LEAKPROOF");
        }
        if (options.cost() != null) {
            sql.kw("COST").verbatim(RoutineOptions.number(options.cost()));
        }
        if (options.rows() != null) {
            sql.kw("ROWS").verbatim(RoutineOptions.number(options.rows()));
        }
        for (RoutineOptions.Setting setting : options.settings()) {
            sql.newline("    ");
            setting(sql, setting);
        }
    }

    /** {@code SET "name" TO 'value', …} or {@code SET "name" FROM CURRENT}: every value as a string. */
    private static void setting(Sql sql, RoutineOptions.Setting setting) {
        sql.kw("SET");
        settingName(sql, setting.name());
        if (setting.fromCurrent()) {
            sql.kw("FROM CURRENT");
            return;
        }
        sql.kw("TO");
        for (int i = 0; i < setting.values().size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.lit(setting.values().get(i));
        }
    }

    private static void settingName(Sql sql, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            sql.id(name);
        } else {
            sql.name(name.substring(0, dot), name.substring(dot + 1));
        }
    }

    /**
     * {@code ALTER FUNCTION … COST n ROWS n PARALLEL … [NOT] LEAKPROOF RESET ALL SET …}: the options of
     * {@code to} that differ from those of {@code from}, one action each; an option {@code to} leaves unwritten is
     * set back to PostgreSQL's default. When the settings differ, all are reset and those of {@code to} set in their
     * order. {@code signature} is the routine's {@link #routineSignature}.
     */
    public String alterRoutineOptions(Routine routine, String signature, RoutineOptions from, RoutineOptions to) {
        boolean function = routine.routineKind() == Routine.RoutineKind.FUNCTION;
        var sql = Sql.of(function ? "ALTER FUNCTION" : "ALTER PROCEDURE").verbatim(signature);
        if (from.effectiveCost() != to.effectiveCost()) {
            sql.kw("COST").verbatim(RoutineOptions.number(to.effectiveCost()));
        }
        if (routine.returnsSet() && from.effectiveRows() != to.effectiveRows()) {
            sql.kw("ROWS").verbatim(RoutineOptions.number(to.effectiveRows()));
        }
        if (from.effectiveParallel() != to.effectiveParallel()) {
            sql.kw("PARALLEL").kw(to.effectiveParallel().name());
        }
        if (from.leakproof() != to.leakproof()) {
            sql.kw(to.leakproof() ? "LEAKPROOF" : "NOT LEAKPROOF");
        }
        if (!from.settings().equals(to.settings())) {
            // PostgreSQL appends a new setting to the ones it keeps: all of them again, in the order they are written
            sql.kw("RESET ALL");
            to.settings().forEach(setting -> setting(sql, setting));
        }
        return sql.build();
    }

    private void parameter(Sql sql, Parameter p, String schema, Set<String> rowTypes) {
        if (p.mode() != null && p.mode() != Parameter.Mode.IN) {
            sql.kw(p.mode().name());
        }
        if (p.name() != null) {
            sql.id(p.name());
        }
        sql.append(SqlTypes.of(p.type(), typeSchema(p.type(), schema, rowTypes), null));
        if (p.defaultExpr() != null) {
            sql.kw("DEFAULT").verbatim(p.defaultExpr());
        }
    }

    /** Where a type of a routine in {@code schema} lives: {@code schema} for its row types, else the core. */
    private String typeSchema(TypeRef type, String schema, Set<String> rowTypes) {
        return rowTypes.contains(type.name()) ? schema : core;
    }

    /** {@code "schema"."f"(bigint, text)}: the routine's identity for DROP, COMMENT and GRANT. */
    public String routineSignature(String schema, Routine routine, Set<String> rowTypes) {
        var types = routine.parameters().stream()
                .filter(p -> p.mode() != Parameter.Mode.OUT)
                .map(p -> SqlTypes.name(p.type(), typeSchema(p.type(), schema, rowTypes)))
                .toList();
        return Sql.qualified(schema, routine.name()) + "(" + String.join(", ", types) + ")";
    }

    public String dropRoutine(String schema, Routine routine, Set<String> rowTypes) {
        String kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "DROP FUNCTION" : "DROP PROCEDURE";
        return Sql.of(kind).verbatim(routineSignature(schema, routine, rowTypes)).build();
    }

    // -------------------------------------------------------------------------------------------- grants

    /** REVOKE ALL ON FUNCTION … FROM PUBLIC. */
    public String revokeFromPublic(String objectKind, String target) {
        return Sql.of("REVOKE ALL ON").kw(objectKind).verbatim(target).kw("FROM PUBLIC").build();
    }

    /** GRANT or REVOKE one privilege; {@code objectKind} is {@code TABLE}, {@code FUNCTION}, … or null. */
    public String grant(boolean grant, String privilege, String objectKind, String target, String role) {
        String words = privilege.equals("ALL") ? "ALL PRIVILEGES" : privilege;
        var sql = Sql.of(grant ? "GRANT" : "REVOKE").kw(words).kw("ON").kw(objectKind).verbatim(target);
        return sql.kw(grant ? "TO" : "FROM").id(role).build();
    }
}
