package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Note;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.diff.TableRenames;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.View;
import dev.strata.compiler.sql.Ddl;
import dev.strata.compiler.sql.SqlTypes;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every part of the planner shares: the plan being made ({@link PlanContext}), the ranks that break ties
 * between steps free to run, and small helpers to add a step, name an object, refuse a step that would lose data.
 */
abstract class PlanPart {

    // tie-break ranks: the order a careful person would write a migration in
    static final int ROLES = 10;
    static final int REVOKES = 20;
    static final int DROP_VIEWS = 30;
    static final int DROP_TRIGGERS = 35;
    static final int DROP_POLICIES = 36;
    static final int ROW_SECURITY_OFF = 37;
    static final int DROP_FOREIGN_KEYS = 40;
    static final int DROP_CONSTRAINTS = 45;
    static final int DROP_COLUMNS = 50;
    static final int DROP_TABLES = 55;
    static final int RETIRE_FACADES = 58;
    static final int SCHEMAS = 60;
    static final int EXTENSIONS = 62;
    static final int COLLATIONS = 63;
    static final int TYPES = 64;
    static final int SEQUENCES = 66;
    static final int RENAME_TABLES = 70;
    static final int RENAME_COLUMNS = 72;
    static final int RENAME_CONSTRAINTS = 74;
    static final int CREATE_TABLES = 80;
    static final int ADD_COLUMNS = 82;
    static final int ALTER_COLUMNS = 84;
    static final int ADD_CONSTRAINTS = 86;
    static final int ADD_INDEXES = 88;
    static final int DROP_TYPES = 90;
    static final int DROP_COLLATIONS = 91;
    static final int DROP_EXTENSIONS = 92;
    static final int ADD_FOREIGN_KEYS = 94;
    static final int COMMENTS = 96;
    static final int CORE_ROUTINES = 100;
    static final int CORE_VIEWS = 102;
    static final int ADD_TRIGGERS = 104;
    static final int ADD_POLICIES = 106;
    static final int ROW_SECURITY_ON = 107;
    static final int FACADE_OBJECTS = 110;
    static final int GRANTS = 115;

    final PlanContext ctx;
    final PlanRequest request;
    final Model from;
    final Model to;
    final String core;
    final Ddl ddl;
    final TableRenames renames;
    final Uses oldUses;
    final Uses newUses;
    final Diagnostics diagnostics;
    final List<Draft> drafts;
    final Set<String> newTables;
    final Set<String> referencedByNewKeys;
    final Set<String> handled;

    PlanPart(PlanContext ctx) {
        this.ctx = ctx;
        this.request = ctx.request;
        this.from = ctx.from;
        this.to = ctx.to;
        this.core = ctx.core;
        this.ddl = ctx.ddl;
        this.renames = ctx.renames;
        this.oldUses = ctx.oldUses;
        this.newUses = ctx.newUses;
        this.diagnostics = ctx.diagnostics;
        this.drafts = ctx.drafts;
        this.newTables = ctx.newTables;
        this.referencedByNewKeys = ctx.referencedByNewKeys;
        this.handled = ctx.handled;
    }

    static final String BACKUP_SCHEMA = "strata_backup";

    Draft add(String change, StepTarget target, String object, int rank, String sql, String reverse) {
        var draft = new Draft(change, target, object, rank, sql, reverse);
        drafts.add(draft);
        return draft;
    }

    // ----------------------------------------------------------------- what steps touch (plan.json's target)

    StepTarget targetTable(String table) {
        return StepTarget.of(StepTarget.Kind.TABLE, core, table);
    }

    StepTarget targetColumn(String table, String column) {
        return StepTarget.ofTable(StepTarget.Kind.COLUMN, core, table, column);
    }

    StepTarget targetConstraint(String table, String constraint) {
        return StepTarget.ofTable(StepTarget.Kind.CONSTRAINT, core, table, constraint);
    }

    StepTarget targetIndex(String table, String index) {
        return StepTarget.ofTable(StepTarget.Kind.INDEX, core, table, index);
    }

    StepTarget targetTrigger(String table, String trigger) {
        return StepTarget.ofTable(StepTarget.Kind.TRIGGER, core, table, trigger);
    }

    /** A routine by its name and argument types, as PostgreSQL identifies it. */
    static StepTarget routineTarget(String schema, Routine routine) {
        return StepTarget.of(routine.routineKind() == Routine.RoutineKind.FUNCTION ? StepTarget.Kind.FUNCTION
                : StepTarget.Kind.PROCEDURE, schema, routine.signature());
    }

    StepTarget targetCore(StepTarget.Kind kind, String name) {
        return StepTarget.of(kind, core, name);
    }

    String obj(String name) {
        return core + "." + name;
    }

    void error(Code code, Span span, String message, String hint) {
        diagnostics.error(code, span, message, hint);
    }

    String renamedOrSame(String newTable) {
        String old = renames.oldTableName(newTable);
        return old == null ? newTable : old;
    }

    String oldColumnOrSame(String newTable, String newColumn) {
        String old = renames.oldColumnName(newTable, newColumn);
        return old == null ? newColumn : old;
    }

    /** CREATE INDEX (not concurrently) followed by the index's comment, if it has one. */
    String createIndexSql(String table, String name, Index index) {
        return join(ddl.createIndex(table, name, index, false), indexCommentSql(name, index.comment()));
    }

    /** COMMENT ON INDEX with {@code text}, or null when there is none to set. */
    String indexCommentSql(String name, String text) {
        return text == null ? null : ddl.comment("INDEX", Sql.qualified(core, name), text);
    }

    /** COMMENT ON CONSTRAINT with {@code text}, or null when there is none to set. */
    String constraintCommentSql(String table, String name, String text) {
        return text == null ? null : ddl.commentOnTableObject("CONSTRAINT", name, table, text);
    }

    /** CREATE TRIGGER followed by the trigger's comment, if it has one. */
    String createTriggerSql(String table, Trigger trigger) {
        return join(ddl.createTrigger(table, trigger), trigger.comment() == null ? null
                : ddl.commentOnTableObject("TRIGGER", trigger.name(), table, trigger.comment()));
    }

    /** CREATE SEQUENCE followed by the sequence's comment, if it has one. */
    String createSequenceSql(Sequence sequence) {
        return join(ddl.createSequence(sequence), sequence.comment() == null ? null
                : ddl.comment("SEQUENCE", Sql.qualified(core, sequence.name()), sequence.comment()));
    }

    String columnTarget(String table, String column) {
        return Sql.qualified(core, table) + "." + Identifiers.quote(column);
    }

    /** The backup statements: the backup schema if missing, an earlier copy of the same step replaced. */
    String captureSql(String table, String create) {
        return String.join("\n",
                Sql.of("CREATE SCHEMA IF NOT EXISTS").id(BACKUP_SCHEMA).build(),
                Sql.of("DROP TABLE IF EXISTS").name(BACKUP_SCHEMA, table).build(),
                create);
    }

    static final String CONVERTED = "strata_converted";

    // ------------------------------------------------------------------------------------------- backups

    /**
     * {@code CREATE TABLE strata_backup.NAME AS SELECT …} of {@code columns} of core table {@code t} (named
     * {@code table} at that point of the plan). Columns of a user-defined type (enum, domain, extension type) are
     * kept as text, so the backup table depends on no type: a plan or rollback that drops the type still can, and
     * the restore casts the text back ({@link #restoredValue}). A column with a collation of the core that is not
     * part of a key the restore matches rows by is kept with the database's default collation, so the backup does
     * not depend on the collation either (a plan or rollback that drops it still can; the restore assigns the
     * values back). Key columns keep their collation: rows are matched by them, under the collation of the table.
     */
    String backupCopy(String backupTable, Table t, String table, List<String> columns) {
        Sql select = Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                select.comma();
            }
            String name = columns.get(i);
            if (userTyped(t, name)) {
                select.kw("CAST(").id(name).kw("AS text) AS").id(name);
            } else if (coreCollated(t, name) && !keyColumn(t, name)) {
                select.id(name).collate("default").kw("AS").id(name);
            } else {
                select.id(name);
            }
        }
        return captureSql(backupTable, from(select, table).build());
    }

    /**
     * {@code FROM table}, or {@code FROM ONLY table} when it has inheritance children in either model: a parent's
     * rows are its own, its children's are theirs (each child's backup copies them), and without ONLY they would
     * be copied twice, and put back into the parent.
     */
    Sql from(Sql sql, String table) {
        return only(sql.kw("FROM"), table).name(core, table);
    }

    /** {@code ONLY} when {@code table} (named so at this point of the plan) has inheritance children. */
    Sql only(Sql sql, String table) {
        return hasChildren(table) ? sql.kw("ONLY") : sql;
    }

    /**
     * Whether a primary key or unique constraint added to {@code table} may be built online (a unique index built
     * concurrently, then {@code ADD CONSTRAINT … USING INDEX}): the table existed before the plan and is neither
     * partitioned (PostgreSQL builds no index on one concurrently) nor an inheritance parent, and no foreign key the
     * plan adds references it (it needs the key inside the transaction).
     */
    boolean keyOnline(String table) {
        boolean existed = !newTables.contains(table) && from.core().table(renamedOrSame(table)).isPresent();
        boolean partitioned = to.core().table(table).map(Table::partitioned).orElse(true);
        return existed && !partitioned && !hasChildren(table) && !referencedByNewKeys.contains(table)
                && !upsertedInto(table);
    }

    /**
     * Whether a routine of the target names {@code table} and says {@code ON CONFLICT} (read lexically, as every
     * body is). PostgreSQL creates such a routine without the key, but every call fails ("there is no unique or
     * exclusion constraint matching the ON CONFLICT specification") until the key exists: built after the commit,
     * the routine would be visible and broken in between, so the key stays in the transaction.
     */
    private boolean upsertedInto(String table) {
        for (Scope scope : scopes(to)) {
            for (Routine routine : routines(to, scope)) {
                var words = BodyScanner.identifiers(routine.body() == null ? "" : routine.body());
                if (words.contains("conflict") && words.contains(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #keyOnline}, for a primary key: only when the table had none (a replaced key stays in one transaction,
     * so the table is never without one).
     */
    boolean primaryKeyOnline(String table) {
        return keyOnline(table) && from.core().table(renamedOrSame(table)).map(Table::primaryKey).isEmpty();
    }

    boolean hasChildren(String table) {
        return !Inheritance.children(from.core(), table).isEmpty()
                || !Inheritance.children(to.core(), table).isEmpty();
    }

    /**
     * {@code "backup"."col"}, cast back to its type when the backup keeps it as text; {@code t} null: the backup
     * keeps the column in its own type.
     */
    Sql restoredValue(Table t, String column, String qualifier) {
        Sql value = Sql.empty().name(qualifier, column);
        if (!userTyped(t, column)) {
            return value;
        }
        Column c = t.column(column).orElseThrow();
        return Sql.empty().kw("CAST(").append(value).kw("AS").append(SqlTypes.of(c.type(), core, null)).close();
    }

    private boolean coreCollated(Table t, String column) {
        if (t == null) {
            return false;
        }
        String collation = t.column(column).map(Column::collation).orElse(null);
        return collation != null && (from.core().collation(collation).isPresent()
                || to.core().collation(collation).isPresent());
    }

    /** Whether a column is part of the primary key, a unique constraint or a unique index. */
    private static boolean keyColumn(Table t, String column) {
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            return true;
        }
        if (t.uniques().stream().anyMatch(u -> u.columns().contains(column))) {
            return true;
        }
        return t.indexes().stream().filter(Index::unique)
                .anyMatch(i -> i.elements().stream().anyMatch(e -> column.equals(e.column())));
    }

    private static boolean userTyped(Table t, String column) {
        return t != null && t.column(column).map(c -> !TypeNames.isBuiltIn(c.type().name())).orElse(false);
    }

    /** Refuses a step that cannot restore its data, unless data loss is accepted for this plan. */
    void refuse(Draft d, Span span, Code code, String message, String hint) {
        refuse(d, span, code, message, hint, null);
    }

    void refuse(Draft d, Span span, Code code, String message, String hint, Note note) {
        d.irreversible = true;
        if (request.allowDataLoss()) {
            ctx.dataLossAccepted = true;
            d.note("Data loss accepted (--allow-data-loss): " + message + ".");
            return;
        }
        var diagnostic = Diagnostic.error(code, span, message, hint);
        diagnostics.report(note == null ? diagnostic : diagnostic.withNote(note.span(), note.message()));
    }

    // ---------------------------------------------------------------------------- views and routines

    static List<Routine> routines(Model model, Scope scope) {
        if (scope.isCore()) {
            return model.core().routines();
        }
        return model.facade(scope.facade(), scope.version()).map(Facade::routines).orElse(List.of());
    }

    static List<Scope> scopes(Model model) {
        var scopes = new ArrayList<Scope>();
        scopes.add(Scope.CORE);
        model.facades().forEach(f -> scopes.add(Scope.of(f)));
        return scopes;
    }

    static List<View> views(Model model, Scope scope) {
        if (scope.isCore()) {
            return model.core().views();
        }
        return model.facade(scope.facade(), scope.version()).map(Facade::views).orElse(List.of());
    }

    /** The names of a facade version's views, which its routines may use as row types; none in the core. */
    static Set<String> facadeRowTypes(Model model, Scope scope) {
        if (scope.isCore()) {
            return Set.of();
        }
        return views(model, scope).stream().map(View::name).collect(java.util.stream.Collectors.toSet());
    }

    static String join(String first, String second) {
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first + "\n" + second;
    }
}
