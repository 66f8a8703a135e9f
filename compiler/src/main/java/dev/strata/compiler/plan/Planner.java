package dev.strata.compiler.plan;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Note;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.diff.Change.AddDomain;
import dev.strata.compiler.diff.Change.AddEnum;
import dev.strata.compiler.diff.Change.AddEnumValue;
import dev.strata.compiler.diff.Change.AddExtension;
import dev.strata.compiler.diff.Change.AddFacade;
import dev.strata.compiler.diff.Change.AddForeignKey;
import dev.strata.compiler.diff.Change.AddGrant;
import dev.strata.compiler.diff.Change.AddIdentity;
import dev.strata.compiler.diff.Change.AddIndex;
import dev.strata.compiler.diff.Change.AddPrimaryKey;
import dev.strata.compiler.diff.Change.AddRoutine;
import dev.strata.compiler.diff.Change.AddSequence;
import dev.strata.compiler.diff.Change.AddTable;
import dev.strata.compiler.diff.Change.AddTrigger;
import dev.strata.compiler.diff.Change.AddUnique;
import dev.strata.compiler.diff.Change.AddView;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.Change.AlterDomain;
import dev.strata.compiler.diff.Change.AlterSequence;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropColumn;
import dev.strata.compiler.diff.Change.DropDefault;
import dev.strata.compiler.diff.Change.DropDomain;
import dev.strata.compiler.diff.Change.DropEnum;
import dev.strata.compiler.diff.Change.DropExtension;
import dev.strata.compiler.diff.Change.DropForeignKey;
import dev.strata.compiler.diff.Change.DropIdentity;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropNotNull;
import dev.strata.compiler.diff.Change.DropPrimaryKey;
import dev.strata.compiler.diff.Change.DropRoutine;
import dev.strata.compiler.diff.Change.DropSequence;
import dev.strata.compiler.diff.Change.DropTable;
import dev.strata.compiler.diff.Change.DropTrigger;
import dev.strata.compiler.diff.Change.DropUnique;
import dev.strata.compiler.diff.Change.DropView;
import dev.strata.compiler.diff.Change.EnsureRole;
import dev.strata.compiler.diff.Change.RecreateDomain;
import dev.strata.compiler.diff.Change.RecreateEnum;
import dev.strata.compiler.diff.Change.RenameColumn;
import dev.strata.compiler.diff.Change.RenameConstraint;
import dev.strata.compiler.diff.Change.RenameIndex;
import dev.strata.compiler.diff.Change.RenameTable;
import dev.strata.compiler.diff.Change.ReplaceRoutine;
import dev.strata.compiler.diff.Change.ReplaceView;
import dev.strata.compiler.diff.Change.RetireFacade;
import dev.strata.compiler.diff.Change.RevokeGrant;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.diff.Change.SetDefault;
import dev.strata.compiler.diff.Change.SetIdentity;
import dev.strata.compiler.diff.Change.SetNotNull;
import dev.strata.compiler.diff.CommentTarget;
import dev.strata.compiler.diff.GrantEntries;
import dev.strata.compiler.diff.GrantEntry;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.diff.TableRenames;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Identifiers;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.compiler.sql.Ddl;
import dev.strata.compiler.sql.DefaultNames;
import dev.strata.compiler.sql.Sql;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the changes between two models into ordered, reversible steps. One method per change kind; a change
 * kind without a method is a bug and fails loudly. Ordering comes from {@link StepGraph}; ranks only break ties.
 */
public final class Planner {

    // tie-break ranks: the order a careful person would write a migration in
    static final int ROLES = 10;
    static final int REVOKES = 20;
    static final int DROP_VIEWS = 30;
    static final int DROP_TRIGGERS = 35;
    static final int DROP_FOREIGN_KEYS = 40;
    static final int DROP_CONSTRAINTS = 45;
    static final int DROP_COLUMNS = 50;
    static final int DROP_TABLES = 55;
    static final int RETIRE_FACADES = 58;
    static final int SCHEMAS = 60;
    static final int EXTENSIONS = 62;
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
    static final int DROP_EXTENSIONS = 92;
    static final int ADD_FOREIGN_KEYS = 94;
    static final int COMMENTS = 96;
    static final int CORE_ROUTINES = 100;
    static final int CORE_VIEWS = 102;
    static final int ADD_TRIGGERS = 104;
    static final int FACADE_OBJECTS = 110;
    static final int GRANTS = 115;

    static final String BACKUP_SCHEMA = "strata_backup";

    private final PlanRequest request;
    private final Model from;
    private final Model to;
    private final String core;
    private final Ddl ddl;
    private final TableRenames renames;
    private final Uses oldUses;
    private final Uses newUses;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> newTables = new HashSet<>();
    /** Tables that a foreign key added by this plan references: their new unique indexes stay transactional. */
    private final Set<String> referencedByNewKeys = new HashSet<>();
    /** Views and routines the diff already drops or recreates, by key. */
    private final Set<String> handled = new HashSet<>();
    private boolean dataLossAccepted;
    /** What each old view reads, computed once: the rebuild loop asks again on every round. */
    private final Map<String, Set<String>> viewUses = new java.util.HashMap<>();

    private Planner(PlanRequest request) {
        this.request = request;
        this.from = NotNullImplied.apply(request.from());
        this.to = NotNullImplied.apply(request.to());
        this.core = request.coreSchema();
        this.ddl = new Ddl(core);
        this.renames = TableRenames.of(from, to);
        this.oldUses = new Uses(from);
        this.newUses = new Uses(to);
    }

    public static PlanResult plan(PlanRequest request) {
        return new Planner(request).run();
    }

    private PlanResult run() {
        List<Change> changes = SchemaDiff.between(from, to);
        FacadeRules.check(from, to, renames, changes, diagnostics);
        if (request.firstPlan() && !core.equals("public")) {
            coreSchema();
        }
        prepare(changes);
        for (Change change : changes) {
            plan(change);
        }
        rebuildDependents();
        EnumValueUse.check(changes, drafts, diagnostics);
        if (diagnostics.hasErrors()) {
            return new PlanResult(changes, List.of(), false, List.of(), diagnostics.sorted());
        }
        List<Draft> ordered;
        try {
            ordered = StepGraph.order(drafts);
        } catch (StepGraph.Cycle cycle) {
            diagnostics.error("S2020", Span.NONE, "the changes depend on each other in a cycle: "
                    + String.join(", ", cycle.steps), "split the change into two plans");
            return new PlanResult(changes, List.of(), false, List.of(), diagnostics.sorted());
        }
        var steps = new ArrayList<Step>();
        var facades = new TreeSet<String>();
        for (Draft draft : ordered) {
            steps.add(step(steps.size() + 1, draft));
            facades.addAll(draft.facades);
        }
        return new PlanResult(changes, steps, dataLossAccepted, List.copyOf(facades), diagnostics.sorted());
    }

    private Step step(int number, Draft d) {
        Backup backup = null;
        String reverse = d.reverseSql;
        if (d.backup != null) {
            var made = d.backup.apply(backupTable(number));
            backup = made.backup();
            reverse = made.reverseSql();
        }
        return new Step(number, d.change, d.object, d.sql, reverse, d.lock, d.rewritesTable, d.scansTable,
                d.transactional, d.risk, backup, d.irreversible, d.note);
    }

    /** {@code <plan id>_<step>}, shortened to fit PostgreSQL's 63 bytes. */
    private String backupTable(int number) {
        String suffix = "_" + number;
        String id = request.planId();
        while (id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > 63) {
            id = id.substring(0, id.length() - 1);
        }
        return id + suffix;
    }

    private void prepare(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof AddTable c) {
                newTables.add(c.table().name());
                c.table().foreignKeys().forEach(fk -> referencedByNewKeys.add(fk.refTable()));
            } else if (change instanceof AddForeignKey c) {
                referencedByNewKeys.add(c.foreignKey().refTable());
            } else if (change instanceof DropView c) {
                handled.add(Keys.view(c.scope(), c.view().name()));
            } else if (change instanceof ReplaceView c) {
                handled.add(Keys.view(c.scope(), c.from().name()));
            } else if (change instanceof DropRoutine c) {
                handled.add(Keys.routine(c.scope(), c.routine().name()) + c.routine().signature());
            } else if (change instanceof ReplaceRoutine c) {
                handled.add(Keys.routine(c.scope(), c.from().name()) + c.from().signature());
            } else if (change instanceof DropTrigger c) {
                handled.add(Keys.trigger(c.table(), c.trigger().name()));
            } else if (change instanceof DropTable c) {
                c.table().triggers().forEach(t -> handled.add(Keys.trigger(c.table().name(), t.name())));
            }
        }
    }

    private Draft add(String change, String object, int rank, String sql, String reverse) {
        var draft = new Draft(change, object, rank, sql, reverse);
        drafts.add(draft);
        return draft;
    }

    private String obj(String name) {
        return core + "." + name;
    }

    private void error(String code, Span span, String message, String hint) {
        diagnostics.error(code, span, message, hint);
    }

    // ------------------------------------------------------------------------------------------ dispatch

    private void plan(Change change) {
        if (change instanceof AddExtension c) {
            addExtension(c);
        } else if (change instanceof DropExtension c) {
            dropExtension(c);
        } else if (change instanceof AddEnum c) {
            addEnum(c);
        } else if (change instanceof DropEnum c) {
            dropEnum(c);
        } else if (change instanceof AddEnumValue c) {
            addEnumValue(c);
        } else if (change instanceof RecreateEnum c) {
            recreateEnum(c);
        } else if (change instanceof AddDomain c) {
            addDomain(c);
        } else if (change instanceof DropDomain c) {
            dropDomain(c);
        } else if (change instanceof AlterDomain c) {
            alterDomain(c);
        } else if (change instanceof RecreateDomain c) {
            recreateDomain(c);
        } else if (change instanceof AddSequence c) {
            addSequence(c);
        } else if (change instanceof DropSequence c) {
            dropSequence(c);
        } else if (change instanceof AlterSequence c) {
            alterSequence(c);
        } else if (change instanceof AddTable c) {
            addTable(c);
        } else if (change instanceof DropTable c) {
            dropTable(c);
        } else if (change instanceof RenameTable c) {
            renameTable(c);
        } else if (change instanceof AddColumn c) {
            addColumn(c);
        } else if (change instanceof DropColumn c) {
            dropColumn(c);
        } else if (change instanceof RenameColumn c) {
            renameColumn(c);
        } else if (change instanceof AlterColumnType c) {
            alterColumnType(c);
        } else if (change instanceof SetDefault c) {
            setDefault(c);
        } else if (change instanceof DropDefault c) {
            dropDefault(c);
        } else if (change instanceof SetNotNull c) {
            setNotNull(c);
        } else if (change instanceof DropNotNull c) {
            dropNotNull(c);
        } else if (change instanceof AddIdentity c) {
            addIdentity(c);
        } else if (change instanceof DropIdentity c) {
            dropIdentity(c);
        } else if (change instanceof SetIdentity c) {
            setIdentity(c);
        } else if (change instanceof AddPrimaryKey c) {
            addPrimaryKey(c);
        } else if (change instanceof DropPrimaryKey c) {
            dropPrimaryKey(c);
        } else if (change instanceof AddUnique c) {
            addUnique(c);
        } else if (change instanceof DropUnique c) {
            dropUnique(c);
        } else if (change instanceof AddCheck c) {
            addCheck(c);
        } else if (change instanceof DropCheck c) {
            dropCheck(c);
        } else if (change instanceof AddForeignKey c) {
            addForeignKey(c.table(), c.foreignKey(), c.name());
        } else if (change instanceof DropForeignKey c) {
            dropForeignKey(c.table(), c.foreignKey(), c.name());
        } else if (change instanceof RenameConstraint c) {
            renameConstraint(c);
        } else if (change instanceof AddIndex c) {
            addIndex(c.table(), c.index(), c.name(), !newTables.contains(c.table()));
        } else if (change instanceof DropIndex c) {
            dropIndex(c);
        } else if (change instanceof RenameIndex c) {
            renameIndex(c);
        } else if (change instanceof AddTrigger c) {
            addTrigger(c.table(), c.trigger());
        } else if (change instanceof DropTrigger c) {
            dropTrigger(c.table(), c.trigger());
        } else if (change instanceof SetComment c) {
            setComment(c);
        } else if (change instanceof AddView c) {
            createView(c.scope(), c.view(), "add view");
        } else if (change instanceof DropView c) {
            dropView(c.scope(), c.view(), "drop view");
        } else if (change instanceof ReplaceView c) {
            dropView(c.scope(), c.from(), "replace view");
            createView(c.scope(), c.to(), "replace view");
        } else if (change instanceof AddRoutine c) {
            createRoutine(c.scope(), c.routine(), c.kind());
        } else if (change instanceof DropRoutine c) {
            dropRoutine(c.scope(), c.routine(), c.kind());
        } else if (change instanceof ReplaceRoutine c) {
            replaceRoutine(c);
        } else if (change instanceof AddFacade c) {
            addFacade(c);
        } else if (change instanceof RetireFacade c) {
            retireFacade(c);
        } else if (change instanceof EnsureRole c) {
            ensureRole(c);
        } else if (change instanceof AddGrant c) {
            grant(c.scope(), c.grant(), true);
        } else if (change instanceof RevokeGrant c) {
            grant(c.scope(), c.grant(), false);
        } else {
            throw new IllegalStateException("the planner has no method for change " + change.kind());
        }
    }

    // ------------------------------------------------------------------------------------- schemas, types

    private void coreSchema() {
        add("create schema", core, SCHEMAS, ddl.createSchema(core), ddl.dropSchema(core))
                .creates.add(Keys.schema(core));
    }

    private void addExtension(AddExtension c) {
        String name = c.extension().name();
        var d = add(c.kind(), name, EXTENSIONS, ddl.createExtension(name), ddl.dropExtension(name));
        d.creates.add(Keys.extension(name));
        d.newUses.add(Keys.schema(core));
    }

    private void dropExtension(DropExtension c) {
        String name = c.extension().name();
        add(c.kind(), name, DROP_EXTENSIONS, ddl.dropExtension(name), ddl.createExtension(name))
                .drops.add(Keys.extension(name));
    }

    private String createEnumSql(EnumType type) {
        return join(ddl.createEnum(type), typeComment(type.name(), type.comment(), false));
    }

    private String typeComment(String name, String comment, boolean domain) {
        if (comment == null) {
            return null;
        }
        return ddl.comment(domain ? "DOMAIN" : "TYPE", Sql.qualified(core, name), comment);
    }

    private void addEnum(AddEnum c) {
        String name = c.type().name();
        var d = add(c.kind(), obj(name), TYPES, createEnumSql(c.type()), ddl.dropType(name));
        d.creates.add(Keys.type(name));
        d.newUses.add(Keys.schema(core));
    }

    private void dropEnum(DropEnum c) {
        String name = c.type().name();
        add(c.kind(), obj(name), DROP_TYPES, ddl.dropType(name), createEnumSql(c.type()))
                .drops.add(Keys.type(name));
    }

    /** All values added to one enum go in one step, whose reverse rebuilds the type without them. */
    private void addEnumValue(AddEnumValue c) {
        String name = c.to().name();
        for (Draft existing : drafts) {
            if (existing.change.equals(c.kind()) && existing.object.equals(obj(name))) {
                existing.sql = join(existing.sql, ddl.addEnumValue(name, c.label(), c.before(), c.after()));
                return;
            }
        }
        var d = add(c.kind(), obj(name), TYPES, ddl.addEnumValue(name, c.label(), c.before(), c.after()),
                rebuildEnum(c.from()));
        typeChangeKeys(d, name);
        d.note("The way back rebuilds the type without the new values; it fails while a row still uses one.");
    }

    private void recreateEnum(RecreateEnum c) {
        String name = c.to().name();
        var d = add(c.kind(), obj(name), TYPES, rebuildEnum(c.to()), rebuildEnum(c.from()));
        typeChangeKeys(d, name);
        boolean used = !newUses.columnsOfType(name).isEmpty();
        d.lock(used ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.NONE).risk(Risk.DATA_DEPENDENT);
        if (used) {
            d.rewrites();
        }
        var removed = new ArrayList<>(c.from().labels());
        removed.removeAll(c.to().labels());
        if (!removed.isEmpty()) {
            d.note("Fails while a row still holds " + String.join(", ", removed.stream().map(Sql::literal).toList())
                    + "; update those rows first.");
        }
    }

    /** Keys of a step that rebuilds or extends a type: the type and every column of that type, old and new. */
    private void typeChangeKeys(Draft d, String type) {
        d.modifies.add(Keys.type(type));
        for (String[] column : newUses.columnsOfType(type)) {
            d.modifies.add(Keys.column(column[0], column[1]));
            d.newUses.add(Keys.table(column[0]));
            String oldTable = renames.oldTableName(column[0]);
            String oldColumn = renames.oldColumnName(column[0], column[1]);
            if (oldTable != null && oldColumn != null) {
                d.modifies.add(Keys.column(oldTable, oldColumn));
            }
        }
    }

    /**
     * PostgreSQL cannot remove or reorder enum labels: rename the old type, create the new one, convert every
     * column through text, drop the old type. Columns and defaults are those of the target model.
     */
    private String rebuildEnum(EnumType type) {
        return rebuildType(type.name(), createEnumSql(type), "text", true);
    }

    private String rebuildType(String name, String create, String via, boolean castToType) {
        String old = name + "__strata_old";
        var statements = new ArrayList<String>();
        statements.add(ddl.renameType(name, old));
        statements.add(create);
        for (String[] ref : newUses.columnsOfType(name)) {
            Column column = to.core().table(ref[0]).orElseThrow().column(ref[1]).orElseThrow();
            String defaultExpr = from.core().table(renamedOrSame(ref[0])).flatMap(t -> t.column(
                    oldColumnOrSame(ref[0], ref[1]))).map(Column::defaultExpr).orElse(column.defaultExpr());
            if (defaultExpr != null) {
                statements.add(ddl.dropDefault(ref[0], ref[1]));
            }
            String brackets = "[]".repeat(column.type().arrayDimensions());
            // an enum label needs the explicit cast from text; a domain takes its base type by assignment,
            // which checks lengths instead of cutting values short
            String using = Identifiers.quote(ref[1]) + "::" + via + brackets
                    + (castToType ? "::" + Sql.qualified(core, name) + brackets : "");
            statements.add(ddl.alterColumnType(ref[0], ref[1], column.type(), column.collation(), using));
            if (defaultExpr != null) {
                statements.add(ddl.setDefault(ref[0], ref[1], defaultExpr));
            }
        }
        statements.add(ddl.dropType(old));
        return String.join("\n", statements);
    }

    private String renamedOrSame(String newTable) {
        String old = renames.oldTableName(newTable);
        return old == null ? newTable : old;
    }

    private String oldColumnOrSame(String newTable, String newColumn) {
        String old = renames.oldColumnName(newTable, newColumn);
        return old == null ? newColumn : old;
    }

    private String createDomainSql(Domain domain) {
        return join(ddl.createDomain(domain), typeComment(domain.name(), domain.comment(), true));
    }

    private void addDomain(AddDomain c) {
        String name = c.domain().name();
        var d = add(c.kind(), obj(name), TYPES, createDomainSql(c.domain()), ddl.dropDomain(name));
        d.creates.add(Keys.type(name));
        d.newUses.add(Keys.schema(core));
        d.newUses.addAll(newUses.type(c.domain().baseType()));
    }

    private void dropDomain(DropDomain c) {
        String name = c.domain().name();
        var d = add(c.kind(), obj(name), DROP_TYPES, ddl.dropDomain(name), createDomainSql(c.domain()));
        d.drops.add(Keys.type(name));
        d.oldUses.addAll(oldUses.type(c.domain().baseType()));
    }

    private void alterDomain(AlterDomain c) {
        String name = c.to().name();
        var d = add(c.kind(), obj(name), TYPES, alterDomainSql(c.from(), c.to()), alterDomainSql(c.to(), c.from()));
        d.newUses.add(Keys.type(name));
        d.risk(Risk.DATA_DEPENDENT).note("New constraints are checked against every column of this domain.");
    }

    private String alterDomainSql(Domain a, Domain b) {
        var statements = new ArrayList<String>();
        String name = b.name();
        var oldNames = ddl.domainCheckNames(a);
        var newNames = ddl.domainCheckNames(b);
        var oldChecks = new LinkedHashMap<String, String>();
        for (int i = 0; i < a.checks().size(); i++) {
            oldChecks.put(oldNames.get(i), a.checks().get(i).expression());
        }
        var newChecks = new LinkedHashMap<String, String>();
        for (int i = 0; i < b.checks().size(); i++) {
            newChecks.put(newNames.get(i), b.checks().get(i).expression());
        }
        oldChecks.forEach((n, e) -> {
            if (!e.equals(newChecks.get(n))) {
                statements.add(ddl.dropDomainCheck(name, n));
            }
        });
        if (!Objects.equals(a.defaultExpr(), b.defaultExpr())) {
            statements.add(ddl.alterDomainDefault(name, b.defaultExpr()));
        }
        if (a.notNull() != b.notNull()) {
            statements.add(ddl.alterDomain(name, b.notNull() ? "SET NOT NULL" : "DROP NOT NULL"));
        }
        newChecks.forEach((n, e) -> {
            if (!e.equals(oldChecks.get(n))) {
                statements.add(ddl.addDomainCheck(name, n, e));
            }
        });
        return String.join("\n", statements);
    }

    private void recreateDomain(RecreateDomain c) {
        String name = c.to().name();
        String forward = rebuildType(name, createDomainSql(c.to()), domainVia(c.to().baseType()), false);
        String reverse = rebuildType(name, createDomainSql(c.from()), domainVia(c.from().baseType()), false);
        var d = add(c.kind(), obj(name), TYPES, forward, reverse);
        typeChangeKeys(d, name);
        d.newUses.addAll(newUses.type(c.to().baseType()));
        d.note("Fails if a value does not fit the new base type.");
        boolean used = !newUses.columnsOfType(name).isEmpty();
        d.lock(used ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.NONE).risk(Risk.DATA_DEPENDENT);
        if (used) {
            d.rewrites();
        }
    }

    /**
     * The type the columns pass through on their way into a rebuilt domain: the new base type without its length
     * or precision, so PostgreSQL's assignment rules apply the length and refuse a value that does not fit instead
     * of cutting it short the way an explicit cast would.
     */
    private String domainVia(dev.strata.compiler.model.TypeRef base) {
        return Sql.type(new dev.strata.compiler.model.TypeRef(base.name(), List.of(), base.arrayDimensions(),
                base.span()), core);
    }

    private void addSequence(AddSequence c) {
        Sequence s = c.sequence();
        var d = add(c.kind(), obj(s.name()), SEQUENCES, ddl.createSequence(s), ddl.dropSequence(s.name()));
        d.creates.add(Keys.sequence(s.name()));
        d.newUses.add(Keys.schema(core));
        d.newUses.addAll(newUses.type(s.type()));
        if (s.ownedBy() != null) {
            sequenceOwner(s.name(), s.ownedBy(), null);
        }
    }

    private void sequenceOwner(String sequence, String owner, String previous) {
        var d = add("set sequence owner", obj(sequence), COMMENTS, ddl.sequenceOwnedBy(sequence, owner),
                ddl.sequenceOwnedBy(sequence, previous));
        d.newUses.add(Keys.sequence(sequence));
        if (owner != null) {
            int dot = owner.indexOf('.');
            d.newUses.add(Keys.table(owner.substring(0, dot)));
            d.newUses.add(Keys.column(owner.substring(0, dot), owner.substring(dot + 1)));
        }
    }

    private void dropSequence(DropSequence c) {
        Sequence s = c.sequence();
        String reverse = ddl.createSequence(s);
        if (s.ownedBy() != null) {
            reverse = join(reverse, ddl.sequenceOwnedBy(s.name(), s.ownedBy()));
        }
        var d = add(c.kind(), obj(s.name()), DROP_TYPES, ddl.dropSequence(s.name()), reverse);
        d.drops.add(Keys.sequence(s.name()));
        if (s.ownedBy() != null) {
            // an owned sequence disappears with its table: drop it while the table is still there
            d.oldUses.add(Keys.table(s.ownedBy().substring(0, s.ownedBy().indexOf('.'))));
        }
        d.note("The way back recreates the sequence at its start value.");
    }

    private void alterSequence(AlterSequence c) {
        String name = c.to().name();
        var d = add(c.kind(), obj(name), SEQUENCES, ddl.alterSequence(c.to()), ddl.alterSequence(c.from()));
        d.newUses.add(Keys.sequence(name));
        d.newUses.addAll(newUses.type(c.to().type()));
        if (!Objects.equals(c.from().ownedBy(), c.to().ownedBy())) {
            sequenceOwner(name, c.to().ownedBy(), c.from().ownedBy());
        }
    }

    // ------------------------------------------------------------------------------------------- tables

    private void addTable(AddTable c) {
        Table t = c.table();
        var names = DefaultNames.of(t);
        var d = add(c.kind(), obj(t.name()), CREATE_TABLES, createTableSql(t), ddl.dropTable(t.name()));
        d.creates.add(Keys.table(t.name()));
        d.newUses.add(Keys.schema(core));
        tableKeys(d.creates, t, names);
        for (Column column : t.columns()) {
            d.newUses.addAll(newUses.column(column));
        }
        t.checks().forEach(check -> d.newUses.addAll(newUses.sql(check.expression(), Scope.CORE)));
        d.newUses.removeIf(k -> k.equals(Keys.table(t.name())) || k.startsWith("column:" + t.name() + "."));
        for (Index index : t.indexes()) {
            addIndex(t.name(), index, names.of(index), false);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            addForeignKey(t.name(), fk, names.of(fk));
        }
        for (Trigger trigger : t.triggers()) {
            addTrigger(t.name(), trigger);
        }
    }

    /** CREATE TABLE with its comments. */
    private String createTableSql(Table t) {
        var statements = new ArrayList<String>();
        statements.add(ddl.createTable(t));
        if (t.comment() != null) {
            statements.add(ddl.comment("TABLE", Sql.qualified(core, t.name()), t.comment()));
        }
        for (Column column : t.columns()) {
            if (column.comment() != null) {
                statements.add(ddl.comment("COLUMN", columnTarget(t.name(), column.name()), column.comment()));
            }
        }
        return String.join("\n", statements);
    }

    private String columnTarget(String table, String column) {
        return Sql.qualified(core, table) + "." + Identifiers.quote(column);
    }

    /** Everything a CREATE TABLE makes: columns, keys, constraint and index names. */
    private void tableKeys(Set<String> keys, Table t, DefaultNames.Names names) {
        for (Column column : t.columns()) {
            keys.add(Keys.column(t.name(), column.name()));
        }
        if (t.primaryKey() != null) {
            keys.add(Keys.uniqueKey(t.name(), t.primaryKey().columns()));
            keys.add(Keys.constraint(names.of(t.primaryKey())));
        }
        t.uniques().forEach(u -> {
            keys.add(Keys.uniqueKey(t.name(), u.columns()));
            keys.add(Keys.constraint(names.of(u)));
        });
        t.checks().forEach(ch -> keys.add(Keys.constraint(names.of(ch))));
    }

    private void dropTable(DropTable c) {
        Table t = c.table();
        var names = DefaultNames.of(t);
        var d = add(c.kind(), obj(t.name()), DROP_TABLES, ddl.dropTable(t.name()), null);
        d.drops.add(Keys.table(t.name()));
        tableKeys(d.drops, t, names);
        t.indexes().forEach(i -> {
            d.drops.add(Keys.constraint(names.of(i)));
            if (i.unique()) {
                d.drops.add(Keys.uniqueKey(t.name(), i.elements().stream().map(Index.IndexElement::column).toList()));
            }
        });
        for (Column column : t.columns()) {
            d.oldUses.addAll(oldUses.column(column));
        }
        d.oldUses.removeIf(k -> k.equals(Keys.table(t.name())) || k.startsWith("column:" + t.name() + "."));
        d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DESTRUCTIVE);
        String recreate = recreateTableSql(t, names);
        var columns = t.columns().stream().filter(col -> col.generated() == null).map(Column::name).toList();
        d.backup = table -> {
            String capture = captureSql(table, Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, table).kw("AS TABLE")
                    .name(core, t.name()).build());
            var backup = new Backup(table, obj(t.name()), columns, List.of(), capture);
            var restore = new ArrayList<String>();
            restore.add(recreate);
            var insert = Sql.of("INSERT INTO").name(core, t.name()).ids(columns);
            if (t.columns().stream().anyMatch(col -> col.identity() == Identity.ALWAYS)) {
                insert.kw("OVERRIDING SYSTEM VALUE");
            }
            insert.kw("SELECT").idList(columns).kw("FROM").name(BACKUP_SCHEMA, table);
            restore.add(insert.build());
            t.columns().stream().filter(col -> col.identity() != null)
                    .forEach(col -> restore.add(ddl.resetIdentity(t.name(), col.name())));
            return new Draft.BackupSql(backup, String.join("\n", restore));
        };
        for (ForeignKey fk : t.foreignKeys()) {
            dropForeignKey(t.name(), fk, names.of(fk));
        }
        for (Trigger trigger : t.triggers()) {
            dropTrigger(t.name(), trigger);
        }
    }

    private String recreateTableSql(Table t, DefaultNames.Names names) {
        var statements = new ArrayList<String>();
        statements.add(createTableSql(t));
        for (Index index : t.indexes()) {
            statements.add(ddl.createIndex(t.name(), names.of(index), index, false));
        }
        return String.join("\n", statements);
    }

    /** The backup statements: the backup schema if missing, an earlier copy of the same step replaced. */
    private String captureSql(String table, String create) {
        return String.join("\n",
                Sql.of("CREATE SCHEMA IF NOT EXISTS").id(BACKUP_SCHEMA).build(),
                Sql.of("DROP TABLE IF EXISTS").name(BACKUP_SCHEMA, table).build(),
                create);
    }

    private void renameTable(RenameTable c) {
        String a = c.from().name();
        String b = c.to().name();
        var forward = new ArrayList<String>(List.of(ddl.renameTable(a, b)));
        var reverse = new ArrayList<String>(List.of(ddl.renameTable(b, a)));
        for (Column column : c.from().columns()) {
            if (column.identity() != null) {
                forward.add(ddl.renameIdentitySequence(b, column.name(),
                        DefaultNames.objectName(b, column.name(), "seq")));
                reverse.add(ddl.renameIdentitySequence(a, column.name(),
                        DefaultNames.objectName(a, column.name(), "seq")));
            }
        }
        var d = add(c.kind(), obj(a) + " -> " + b, RENAME_TABLES, String.join("\n", forward),
                String.join("\n", reverse));
        d.drops.add(Keys.table(a));
        d.creates.add(Keys.table(b));
        for (Column column : c.from().columns()) {
            d.drops.add(Keys.column(a, column.name()));
            d.creates.add(Keys.column(b, column.name()));
        }
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    /** Keys of an ALTER on a column in the target's names: after renames, and after anything rebuilding it. */
    private void columnStep(Draft d, String table, String column) {
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.column(table, column));
    }

    private void addColumn(AddColumn c) {
        Column column = c.column();
        var d = add(c.kind(), obj(c.table()) + "." + column.name(), ADD_COLUMNS,
                ddl.addColumn(c.table(), column, true), ddl.dropColumn(c.table(), column.name()));
        d.newUses.add(Keys.table(c.table()));
        d.newUses.addAll(newUses.column(column));
        d.newUses.remove(Keys.column(c.table(), column.name()));
        d.creates.add(Keys.column(c.table(), column.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (column.identity() != null || column.generated() != null || Volatility.isVolatile(column.defaultExpr())) {
            d.rewrites();
        }
        if (column.notNull() && column.defaultExpr() == null && column.identity() == null
                && column.generated() == null) {
            d.risk(Risk.DATA_DEPENDENT).note("Fails if the table has rows: a NOT NULL column without a default.");
        }
        if (column.comment() != null) {
            d.sql = join(d.sql, ddl.comment("COLUMN", columnTarget(c.table(), column.name()), column.comment()));
        }
    }

    private void dropColumn(DropColumn c) {
        String table = c.table();
        Column column = c.column();
        var d = add(c.kind(), obj(table) + "." + column.name(), DROP_COLUMNS, ddl.dropColumn(table, column.name()),
                null);
        d.oldUses.add(Keys.table(table));
        d.oldUses.addAll(oldUses.column(column));
        d.oldUses.remove(Keys.column(table, column.name()));
        d.drops.add(Keys.column(table, column.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (column.generated() != null) {
            d.reverseSql = restoreColumnShape(table, column);
            d.note("A generated column holds no data of its own; the way back computes it again.");
            return;
        }
        d.risk(Risk.DESTRUCTIVE);
        Table old = from.core().table(table).orElseThrow();
        List<String> key = BackupKey.of(old, Set.of(column.name()), droppedColumns(table));
        if (key.isEmpty()) {
            String newName = renames.newTableName(table);
            Span at = to.core().table(newName == null ? table : newName).map(Table::span).orElse(column.span());
            refuse(d, at, "S2012", "dropping column " + table + "." + column.name()
                            + " loses its data: the table has no primary key or NOT NULL unique key to restore it by",
                    "add a primary key first, or accept the loss with --allow-data-loss",
                    new Note(column.span(), "the column as last planned"));
            d.reverseSql = restoreColumnShape(table, column);
            return;
        }
        d.backup = backupTable -> {
            var columns = new ArrayList<>(key);
            columns.add(column.name());
            String capture = captureSql(backupTable, Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable)
                    .kw("AS SELECT").idList(columns).kw("FROM").name(core, table).build());
            var backup = new Backup(backupTable, obj(table), columns, key, capture);
            return new Draft.BackupSql(backup, restoreColumn(table, column, key, backupTable));
        };
    }

    /** Columns of an old table that this plan drops (they cannot serve as a backup key). */
    private Set<String> droppedColumns(String oldTable) {
        var dropped = new HashSet<String>();
        Table old = from.core().table(oldTable).orElse(null);
        if (old == null) {
            return dropped;
        }
        for (Column column : old.columns()) {
            if (renames.newColumnName(oldTable, column.name()) == null) {
                dropped.add(column.name());
            }
        }
        return dropped;
    }

    /** The way back of a dropped column: add it again, restore its values by key, then its constraints. */
    private String restoreColumn(String table, Column column, List<String> key, String backupTable) {
        var statements = new ArrayList<String>();
        boolean fillsFromDefault = column.defaultExpr() != null && column.identity() == null;
        var plain = new Column(column.name(), column.type(), fillsFromDefault && column.notNull(),
                fillsFromDefault ? column.defaultExpr() : null, null, null, column.collation(), null, null, null,
                column.span());
        statements.add(ddl.addColumn(table, plain, true));
        statements.add(restoreUpdate(table, List.of(column.name()), key, backupTable));
        if (column.notNull() && !plain.notNull()) {
            statements.add(ddl.setNotNull(table, column.name()));
        }
        if (column.identity() != null) {
            statements.add(ddl.addIdentity(table, column));
            statements.add(ddl.resetIdentity(table, column.name()));
        }
        if (column.comment() != null) {
            statements.add(ddl.comment("COLUMN", columnTarget(table, column.name()), column.comment()));
        }
        return String.join("\n", statements);
    }

    private String restoreColumnShape(String table, Column column) {
        var statements = new ArrayList<String>();
        statements.add(ddl.addColumn(table, column, true));
        if (column.comment() != null) {
            statements.add(ddl.comment("COLUMN", columnTarget(table, column.name()), column.comment()));
        }
        return String.join("\n", statements);
    }

    /** UPDATE … FROM the backup: rows written since the apply keep their other columns. */
    private String restoreUpdate(String table, List<String> columns, List<String> key, String backupTable) {
        var sql = Sql.of("UPDATE").name(core, table).kw("AS").id("target").kw("SET");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.id(columns.get(i)).kw("=").id("backup").verbatim(".").id(columns.get(i));
        }
        sql.kw("FROM").name(BACKUP_SCHEMA, backupTable).kw("AS").id("backup").kw("WHERE");
        keyMatch(sql, key);
        return compact(sql.build());
    }

    private void keyMatch(Sql sql, List<String> key) {
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                sql.kw("AND");
            }
            sql.id("target").verbatim(".").id(key.get(i)).kw("=").id("backup").verbatim(".").id(key.get(i));
        }
    }

    /** The builder spaces every token; a qualified reference reads better without spaces around its dot. */
    private static String compact(String sql) {
        return sql.replace("\" . \"", "\".\"");
    }

    private void renameColumn(RenameColumn c) {
        String forward = ddl.renameColumn(c.table(), c.from(), c.to());
        String reverse = ddl.renameColumn(c.table(), c.to(), c.from());
        boolean identity = to.core().table(c.table()).flatMap(t -> t.column(c.to()))
                .map(col -> col.identity() != null).orElse(false)
                && from.core().table(renamedOrSame(c.table())).flatMap(t -> t.column(c.from()))
                .map(col -> col.identity() != null).orElse(false);
        if (identity) {
            forward = join(forward, ddl.renameIdentitySequence(c.table(), c.to(),
                    DefaultNames.objectName(c.table(), c.to(), "seq")));
            reverse = join(reverse, ddl.renameIdentitySequence(c.table(), c.from(),
                    DefaultNames.objectName(c.table(), c.from(), "seq")));
        }
        var d = add(c.kind(), obj(c.table()) + "." + c.from() + " -> " + c.to(), RENAME_COLUMNS, forward, reverse);
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.column(c.table(), c.from()));
        d.creates.add(Keys.column(c.table(), c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void alterColumnType(AlterColumnType c) {
        String table = c.table();
        Column a = c.from();
        Column b = c.to();
        TypeChange conversion = c.conversion();
        String using = conversion == null ? null : conversion.using();
        String reverseUsing = conversion == null ? null : conversion.reverse();
        boolean sameType = dev.strata.compiler.model.TypeNames.canonical(a.type())
                .equals(dev.strata.compiler.model.TypeNames.canonical(b.type()));
        String object = obj(table) + "." + b.name();
        var d = add(c.kind(), object, ALTER_COLUMNS,
                ddl.alterColumnType(table, b.name(), b.type(), b.collation(), using), null);
        columnStep(d, table, b.name());
        d.newUses.addAll(newUses.type(b.type()));
        d.newUses.addAll(newUses.sql(using, Scope.CORE));
        d.modifies.add(Keys.column(table, b.name()));
        d.modifies.add(Keys.column(renamedOrSame(table), oldColumnOrSame(table, b.name())));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (!sameType && !Casts.binaryCoercible(a.type(), b.type()) || using != null) {
            d.rewrites();
        }
        if (!sameType && using == null && !Casts.assignment(a.type(), b.type())) {
            error("S2011", b.span(), "column " + table + "." + b.name() + " changes from " + a.type().sql()
                            + " to " + b.type().sql() + ", which PostgreSQL cannot convert without a conversion",
                    "write the conversion: using (" + b.name() + "::" + b.type().sql() + ") reverse (...)");
        }
        String castBack = Identifiers.quote(b.name()) + "::" + Sql.type(a.type(), core);
        boolean canGoBack = reverseUsing != null || sameType || Casts.explicit(b.type(), a.type());
        // without a reverse expression, prefer PostgreSQL's assignment rules: a value written since the apply that
        // does not fit the old type then fails the rollback instead of being cut short by an explicit cast
        String backUsing = reverseUsing != null ? reverseUsing
                : (sameType || Casts.assignment(b.type(), a.type()) ? null : castBack);
        String back = ddl.alterColumnType(table, b.name(), a.type(), a.collation(), backUsing);
        d.reverseSql = back;
        boolean lossless = sameType || using == null && Casts.lossless(a.type(), b.type());
        if (conversion != null && conversion.irreversible()) {
            d.irreversible = true;
            dataLossAccepted = true;
            d.risk(Risk.DESTRUCTIVE).note("Marked irreversible in the sources: the way back "
                    + (canGoBack ? "casts the values back and may lose what the conversion changed."
                    : "cannot convert the values back."));
            if (!canGoBack) {
                d.reverseSql = "-- irreversible: " + object + " cannot be converted back to " + a.type().sql();
            }
            return;
        }
        if (lossless) {
            d.risk(d.rewritesTable ? Risk.DATA_DEPENDENT : Risk.SAFE);
            return;
        }
        d.risk(Risk.DESTRUCTIVE);
        if (!canGoBack) {
            refuse(d, b.span(), "S2010", "column " + table + "." + b.name() + " changes from " + a.type().sql()
                            + " to " + b.type().sql() + " and there is no way back",
                    "add reverse (expression) to the conversion, mark it irreversible, or use --allow-data-loss");
            d.reverseSql = "-- irreversible: " + object + " cannot be converted back to " + a.type().sql();
            return;
        }
        Table newTable = to.core().table(table).orElseThrow();
        List<String> key = BackupKey.of(newTable, Set.of(b.name()), Set.of());
        if (key.isEmpty()) {
            refuse(d, b.span(), "S2012", "changing the type of " + table + "." + b.name()
                            + " may lose data, and the table has no key to restore it by",
                    "add a primary key first, or accept the loss with --allow-data-loss");
            return;
        }
        String converted = using != null ? using : Identifiers.quote(b.name());
        d.backup = backupTable -> {
            var columns = new ArrayList<>(key);
            columns.add(b.name());
            var create = Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT").idList(columns)
                    .comma().kw("CAST(").paren(converted).kw("AS").type(b.type(), core, null).close()
                    .kw("AS").id(CONVERTED).kw("FROM").name(core, table);
            var backup = new Backup(backupTable, obj(table), columns, key, captureSql(backupTable, create.build()));
            var forget = Sql.of("DELETE FROM").name(BACKUP_SCHEMA, backupTable).kw("AS").id("backup").kw("USING")
                    .name(core, table).kw("AS").id("target").kw("WHERE");
            keyMatch(forget, key);
            forget.kw("AND").id("target").verbatim(".").id(b.name()).kw("IS DISTINCT FROM").id("backup")
                    .verbatim(".").id(CONVERTED);
            String reverse = String.join("\n", compact(forget.build()), back,
                    restoreUpdate(table, List.of(b.name()), key, backupTable));
            return new Draft.BackupSql(backup, reverse);
        };
        d.note("Values changed since the apply keep their new value; the others get their exact old value back.");
    }

    static final String CONVERTED = "strata_converted";

    /** Refuses a step that cannot restore its data, unless data loss is accepted for this plan. */
    private void refuse(Draft d, Span span, String code, String message, String hint) {
        refuse(d, span, code, message, hint, null);
    }

    private void refuse(Draft d, Span span, String code, String message, String hint, Note note) {
        d.irreversible = true;
        if (request.allowDataLoss()) {
            dataLossAccepted = true;
            d.note("Data loss accepted (--allow-data-loss): " + message + ".");
            return;
        }
        var diagnostic = Diagnostic.error(code, span, message, hint);
        diagnostics.report(note == null ? diagnostic : diagnostic.withNote(note.span(), note.message()));
    }

    private void setDefault(SetDefault c) {
        Column column = c.column();
        var d = add(c.kind(), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.setDefault(c.table(), column.name(), column.defaultExpr()),
                ddl.setDefault(c.table(), column.name(), c.previous()));
        columnStep(d, c.table(), column.name());
        d.newUses.addAll(newUses.sql(column.defaultExpr(), Scope.CORE));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void dropDefault(DropDefault c) {
        Column column = c.column();
        var d = add(c.kind(), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.dropDefault(c.table(), column.name()),
                ddl.setDefault(c.table(), column.name(), column.defaultExpr()));
        columnStep(d, c.table(), column.name());
        d.oldUses.addAll(oldUses.sql(column.defaultExpr(), Scope.CORE));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void setNotNull(SetNotNull c) {
        String column = c.column().name();
        var d = add(c.kind(), obj(c.table()) + "." + column, ALTER_COLUMNS, ddl.setNotNull(c.table(), column),
                ddl.dropNotNull(c.table(), column));
        columnStep(d, c.table(), column);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).risk(Risk.DATA_DEPENDENT).scans();
        d.note("Fails if a row holds NULL.");
    }

    private void dropNotNull(DropNotNull c) {
        String column = c.column().name();
        var d = add(c.kind(), obj(c.table()) + "." + column, ALTER_COLUMNS, ddl.dropNotNull(c.table(), column),
                ddl.setNotNull(c.table(), column));
        columnStep(d, c.table(), column);
        d.lock(LockLevel.ACCESS_EXCLUSIVE).note("The way back fails if a NULL was written since.");
    }

    private void addIdentity(AddIdentity c) {
        Column column = c.column();
        var d = add(c.kind(), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                join(ddl.addIdentity(c.table(), column), ddl.resetIdentity(c.table(), column.name())),
                ddl.dropIdentity(c.table(), column.name()));
        columnStep(d, c.table(), column.name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE).scans();
    }

    private void dropIdentity(DropIdentity c) {
        Column column = c.column();
        var d = add(c.kind(), obj(c.table()) + "." + column.name(), ALTER_COLUMNS,
                ddl.dropIdentity(c.table(), column.name()),
                join(ddl.addIdentity(c.table(), column), ddl.resetIdentity(c.table(), column.name())));
        columnStep(d, c.table(), column.name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void setIdentity(SetIdentity c) {
        var d = add(c.kind(), obj(c.table()) + "." + c.to().name(), ALTER_COLUMNS,
                ddl.setIdentity(c.table(), c.to()), ddl.setIdentity(c.table(), c.from()));
        columnStep(d, c.table(), c.to().name());
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    // ------------------------------------------------------------------------------ constraints, indexes

    private Draft addConstraint(String kind, String table, String name, String sql, List<String> columns) {
        var d = add(kind, obj(name), ADD_CONSTRAINTS, sql, ddl.dropConstraint(table, name));
        d.newUses.add(Keys.table(table));
        columns.forEach(col -> d.newUses.add(Keys.column(table, col)));
        d.creates.add(Keys.constraint(name));
        if (!newTables.contains(table)) {
            d.lock(LockLevel.ACCESS_EXCLUSIVE).scans();
            d.risk(Risk.DATA_DEPENDENT);
        }
        return d;
    }

    private Draft dropConstraint(String kind, String table, String name, String reverse, List<String> columns) {
        var d = add(kind, obj(name), DROP_CONSTRAINTS, ddl.dropConstraint(table, name), reverse);
        d.oldUses.add(Keys.table(table));
        columns.forEach(col -> d.oldUses.add(Keys.column(table, col)));
        d.drops.add(Keys.constraint(name));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        return d;
    }

    private void addPrimaryKey(AddPrimaryKey c) {
        var d = addConstraint(c.kind(), c.table(), c.name(), ddl.addPrimaryKey(c.table(), c.name(), c.key()),
                c.key().columns());
        d.creates.add(Keys.uniqueKey(c.table(), c.key().columns()));
        if (d.scansTable) {
            d.note("Fails if the key has duplicates.");
        }
    }

    private void dropPrimaryKey(DropPrimaryKey c) {
        dropConstraint(c.kind(), c.table(), c.name(), ddl.addPrimaryKey(c.table(), c.name(), c.key()),
                c.key().columns()).drops.add(Keys.uniqueKey(c.table(), c.key().columns()));
    }

    private void addUnique(AddUnique c) {
        var d = addConstraint(c.kind(), c.table(), c.name(), ddl.addUnique(c.table(), c.name(), c.unique()),
                c.unique().columns());
        d.creates.add(Keys.uniqueKey(c.table(), c.unique().columns()));
        if (d.scansTable) {
            d.note("Fails if the columns have duplicates.");
        }
    }

    private void dropUnique(DropUnique c) {
        dropConstraint(c.kind(), c.table(), c.name(), ddl.addUnique(c.table(), c.name(), c.unique()),
                c.unique().columns()).drops.add(Keys.uniqueKey(c.table(), c.unique().columns()));
    }

    private void addCheck(AddCheck c) {
        var d = addConstraint(c.kind(), c.table(), c.name(), ddl.addCheck(c.table(), c.name(), c.check()),
                List.of());
        d.newUses.addAll(newUses.sql(c.check().expression(), Scope.CORE));
        if (d.scansTable) {
            d.note("Fails if a row breaks the check.");
        }
    }

    private void dropCheck(DropCheck c) {
        var d = dropConstraint(c.kind(), c.table(), c.name(), ddl.addCheck(c.table(), c.name(), c.check()),
                List.of());
        d.oldUses.addAll(oldUses.sql(c.check().expression(), Scope.CORE));
    }

    private List<String> referencedColumns(Model model, ForeignKey fk) {
        if (!fk.refColumns().isEmpty()) {
            return fk.refColumns();
        }
        return model.core().table(fk.refTable()).map(Table::primaryKey).map(p -> p.columns()).orElse(List.of());
    }

    private void addForeignKey(String table, ForeignKey fk, String name) {
        var d = add("add foreign key", obj(name), ADD_FOREIGN_KEYS, ddl.addForeignKey(table, name, fk),
                ddl.dropConstraint(table, name));
        d.newUses.add(Keys.table(table));
        d.newUses.add(Keys.table(fk.refTable()));
        fk.columns().forEach(col -> d.newUses.add(Keys.column(table, col)));
        List<String> refColumns = referencedColumns(to, fk);
        refColumns.forEach(col -> d.newUses.add(Keys.column(fk.refTable(), col)));
        d.newUses.add(Keys.uniqueKey(fk.refTable(), refColumns));
        d.creates.add(Keys.constraint(name));
        boolean existing = !newTables.contains(table);
        boolean refExisting = !newTables.contains(fk.refTable());
        if (existing || refExisting) {
            d.lock(LockLevel.SHARE_ROW_EXCLUSIVE);
        }
        if (existing) {
            d.scans().risk(Risk.DATA_DEPENDENT).note("Fails if a row references a missing key.");
        }
    }

    private void dropForeignKey(String table, ForeignKey fk, String name) {
        var d = add("drop foreign key", obj(name), DROP_FOREIGN_KEYS, ddl.dropConstraint(table, name),
                ddl.addForeignKey(table, name, fk));
        d.oldUses.add(Keys.table(table));
        d.oldUses.add(Keys.table(fk.refTable()));
        fk.columns().forEach(col -> d.oldUses.add(Keys.column(table, col)));
        List<String> refColumns = referencedColumns(from, fk);
        refColumns.forEach(col -> d.oldUses.add(Keys.column(fk.refTable(), col)));
        d.oldUses.add(Keys.uniqueKey(fk.refTable(), refColumns));
        d.drops.add(Keys.constraint(name));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void renameConstraint(RenameConstraint c) {
        var d = add(c.kind(), obj(c.from()) + " -> " + c.to(), RENAME_CONSTRAINTS,
                ddl.renameConstraint(c.table(), c.from(), c.to()), ddl.renameConstraint(c.table(), c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.constraint(c.from()));
        d.creates.add(Keys.constraint(c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void addIndex(String table, Index index, String name, boolean existingTable) {
        boolean concurrently = existingTable && !referencedByNewKeys.contains(table);
        var d = add("add index", obj(name), ADD_INDEXES, ddl.createIndex(table, name, index, concurrently),
                ddl.dropIndex(name, concurrently));
        d.newUses.add(Keys.table(table));
        for (Index.IndexElement element : index.elements()) {
            if (element.column() != null) {
                d.newUses.add(Keys.column(table, element.column()));
            } else {
                d.newUses.addAll(newUses.sql(element.expression(), Scope.CORE));
            }
        }
        index.include().forEach(col -> d.newUses.add(Keys.column(table, col)));
        d.newUses.addAll(newUses.sql(index.where(), Scope.CORE));
        d.creates.add(Keys.constraint(name));
        if (index.unique() && index.elements().stream().allMatch(e -> e.column() != null) && index.where() == null) {
            d.creates.add(Keys.uniqueKey(table, index.elements().stream().map(Index.IndexElement::column).toList()));
        }
        if (!existingTable) {
            return;
        }
        d.scans();
        d.transactional = !concurrently;
        d.lock(concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE);
        if (index.unique()) {
            d.risk(Risk.DATA_DEPENDENT).note("Fails if the indexed values have duplicates.");
        }
        if (concurrently) {
            d.note("Runs outside the transaction (CREATE INDEX CONCURRENTLY): writes go on while it builds.");
        }
    }

    private void dropIndex(DropIndex c) {
        var d = add(c.kind(), obj(c.name()), DROP_CONSTRAINTS, ddl.dropIndex(c.name(), false),
                ddl.createIndex(c.table(), c.name(), c.index(), false));
        d.oldUses.add(Keys.table(c.table()));
        c.index().elements().stream().filter(e -> e.column() != null)
                .forEach(e -> d.oldUses.add(Keys.column(c.table(), e.column())));
        c.index().include().forEach(col -> d.oldUses.add(Keys.column(c.table(), col)));
        d.drops.add(Keys.constraint(c.name()));
        if (c.index().unique()) {
            d.drops.add(Keys.uniqueKey(c.table(),
                    c.index().elements().stream().map(Index.IndexElement::column).toList()));
        }
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void renameIndex(RenameIndex c) {
        var d = add(c.kind(), obj(c.from()) + " -> " + c.to(), RENAME_CONSTRAINTS, ddl.renameIndex(c.from(), c.to()),
                ddl.renameIndex(c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.drops.add(Keys.constraint(c.from()));
        d.creates.add(Keys.constraint(c.to()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    private void addTrigger(String table, Trigger trigger) {
        var d = add("add trigger", obj(table) + "." + trigger.name(), ADD_TRIGGERS,
                ddl.createTrigger(table, trigger), ddl.dropTrigger(table, trigger.name()));
        d.newUses.addAll(newUses.trigger(table, trigger));
        d.creates.add(Keys.trigger(table, trigger.name()));
        if (!newTables.contains(table)) {
            d.lock(LockLevel.SHARE_ROW_EXCLUSIVE);
        }
    }

    private void dropTrigger(String table, Trigger trigger) {
        var d = add("drop trigger", obj(table) + "." + trigger.name(), DROP_TRIGGERS,
                ddl.dropTrigger(table, trigger.name()), ddl.createTrigger(table, trigger));
        d.oldUses.addAll(oldUses.trigger(table, trigger));
        d.drops.add(Keys.trigger(table, trigger.name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    // ------------------------------------------------------------------------------------------- comments

    private void setComment(SetComment c) {
        CommentTarget t = c.target();
        String schema = t.scope().schema(core);
        String target;
        String key;
        LockLevel lock = LockLevel.NONE;
        switch (t.kind()) {
            case TABLE -> {
                target = Sql.qualified(core, t.name());
                key = Keys.table(t.name());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case COLUMN -> {
                target = columnTarget(t.name(), t.column());
                key = Keys.column(t.name(), t.column());
                lock = LockLevel.SHARE_UPDATE_EXCLUSIVE;
            }
            case TYPE, DOMAIN -> {
                target = Sql.qualified(core, t.name());
                key = Keys.type(t.name());
            }
            case VIEW, MATERIALIZED_VIEW -> {
                target = Sql.qualified(schema, t.name());
                key = Keys.view(t.scope(), t.name());
            }
            case FUNCTION, PROCEDURE -> {
                Routine routine = routines(to, t.scope()).stream()
                        .filter(r -> r.signature().equals(t.name() + t.signature())).findFirst().orElseThrow();
                target = ddl.routineSignature(schema, routine);
                key = Keys.routine(t.scope(), t.name());
            }
            default -> throw new IllegalStateException("no comment target " + t.kind());
        }
        String object = t.kind() == CommentTarget.Kind.COLUMN ? obj(t.name()) + "." + t.column()
                : schema + "." + t.name();
        var d = add(c.kind(), object, COMMENTS, ddl.comment(t.kind().sql(), target, c.to()),
                ddl.comment(t.kind().sql(), target, c.from()));
        d.newUses.add(key);
        d.lock(lock);
        if (!t.scope().isCore()) {
            d.facades.add(t.scope().label());
        }
    }

    // ---------------------------------------------------------------------------- views and routines

    private static List<Routine> routines(Model model, Scope scope) {
        if (scope.isCore()) {
            return model.core().routines();
        }
        return model.facade(scope.facade(), scope.version()).map(Facade::routines).orElse(List.of());
    }

    private int createRank(Scope scope, boolean view) {
        if (!scope.isCore()) {
            return FACADE_OBJECTS;
        }
        return view ? CORE_VIEWS : CORE_ROUTINES;
    }

    /** CREATE VIEW with its column defaults, comment and grants (a dropped view loses all three). */
    private String createViewSql(Model model, Scope scope, View view) {
        String schema = scope.schema(core);
        var statements = new ArrayList<String>();
        statements.add(ddl.createView(schema, view));
        for (ViewColumn column : view.columns()) {
            if (column.defaultExpr() != null) {
                statements.add(ddl.viewColumnDefault(schema, view, column));
            }
        }
        if (view.comment() != null) {
            String kind = view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
            statements.add(ddl.comment(kind, Sql.qualified(schema, view.name()), view.comment()));
        }
        statements.addAll(objectGrants(model, scope, view.name(), "TABLE", Sql.qualified(schema, view.name())));
        return String.join("\n", statements);
    }

    private List<String> objectGrants(Model model, Scope scope, String object, String kind, String target) {
        if (scope.isCore()) {
            return List.of();
        }
        Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
        var statements = new ArrayList<String>();
        for (GrantEntry entry : GrantEntries.on(facade, object)) {
            statements.add(ddl.grant(true, entry.privilege(), kind, target, entry.role()));
        }
        return statements;
    }

    private void createView(Scope scope, View view, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, schema + "." + view.name(), createRank(scope, true), createViewSql(to, scope, view),
                ddl.dropView(schema, view));
        d.creates.add(Keys.view(scope, view.name()));
        d.newUses.addAll(newUses.view(scope, view));
        d.newUses.add(Keys.schema(schema));
        grantRoles(to, scope, view.name(), d);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
        if (view.materialized()) {
            d.scans().note("Fills the materialized view: reads the tables it selects from.");
        }
    }

    private void dropView(Scope scope, View view, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, schema + "." + view.name(), DROP_VIEWS, ddl.dropView(schema, view),
                createViewSql(from, scope, view));
        d.drops.add(Keys.view(scope, view.name()));
        d.oldUses.addAll(oldUses.view(scope, view));
        d.oldUses.add(Keys.schema(schema));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    private void grantRoles(Model model, Scope scope, String object, Draft d) {
        if (scope.isCore()) {
            return;
        }
        Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
        GrantEntries.on(facade, object).forEach(e -> d.newUses.add(Keys.role(e.role())));
    }

    private String createRoutineSql(Model model, Scope scope, Routine routine, boolean orReplace) {
        String schema = scope.schema(core);
        var statements = new ArrayList<String>();
        statements.add(ddl.createRoutine(schema, routine, orReplace));
        String kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "FUNCTION" : "PROCEDURE";
        String signature = ddl.routineSignature(schema, routine);
        if (routine.comment() != null || orReplace) {
            statements.add(ddl.comment(kind, signature, routine.comment()));
        }
        if (!orReplace && !scope.isCore()) {
            // PostgreSQL lets PUBLIC execute new functions; a facade grants EXECUTE only to the roles it names
            statements.add(ddl.revokeFromPublic(kind, signature));
            statements.addAll(objectGrants(model, scope, routine.name(), kind, signature));
        }
        return String.join("\n", statements);
    }

    private void createRoutine(Scope scope, Routine routine, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, schema + "." + routine.signature(), createRank(scope, false),
                createRoutineSql(to, scope, routine, false), ddl.dropRoutine(schema, routine));
        d.creates.add(Keys.routine(scope, routine.name()));
        d.newUses.addAll(newUses.routine(scope, routine));
        d.newUses.add(Keys.schema(schema));
        grantRoles(to, scope, routine.name(), d);
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    private void dropRoutine(Scope scope, Routine routine, String kind) {
        String schema = scope.schema(core);
        var d = add(kind, schema + "." + routine.signature(), DROP_VIEWS, ddl.dropRoutine(schema, routine),
                createRoutineSql(from, scope, routine, false));
        d.drops.add(Keys.routine(scope, routine.name()));
        d.oldUses.addAll(oldUses.signature(routine));
        d.oldUses.add(Keys.schema(schema));
        if (!scope.isCore()) {
            d.facades.add(scope.label());
        }
    }

    /** Same parameters and result: CREATE OR REPLACE keeps grants and dependents. Otherwise drop and create. */
    private void replaceRoutine(ReplaceRoutine c) {
        Routine a = c.from();
        Routine b = c.to();
        boolean inPlace = Objects.equals(a.returns(), b.returns()) && a.parameters().equals(b.parameters());
        if (!inPlace) {
            dropRoutine(c.scope(), a, c.kind());
            createRoutine(c.scope(), b, c.kind());
            return;
        }
        String schema = c.scope().schema(core);
        var d = add(c.kind(), schema + "." + b.signature(), createRank(c.scope(), false),
                createRoutineSql(to, c.scope(), b, true), createRoutineSql(from, c.scope(), a, true));
        d.newUses.addAll(newUses.routine(c.scope(), b));
        d.newUses.add(Keys.routine(c.scope(), b.name()));
        if (!c.scope().isCore()) {
            d.facades.add(c.scope().label());
        }
    }

    // ---------------------------------------------------------------------------------- facades, grants

    private void addFacade(AddFacade c) {
        String schema = c.facade().schemaName();
        var d = add(c.kind(), schema, SCHEMAS, ddl.createSchema(schema), ddl.dropSchema(schema));
        d.creates.add(Keys.schema(schema));
        d.facades.add(c.facade().label());
    }

    private void retireFacade(RetireFacade c) {
        Facade facade = c.facade();
        String schema = facade.schemaName();
        var reverse = new ArrayList<String>();
        reverse.add(ddl.createSchema(schema));
        for (GrantEntry entry : GrantEntries.all(facade)) {
            if (entry.onSchema()) {
                reverse.add(ddl.grant(true, GrantEntry.USAGE, "SCHEMA", Identifiers.quote(schema), entry.role()));
            }
        }
        var d = add(c.kind(), schema, RETIRE_FACADES, ddl.dropSchema(schema), String.join("\n", reverse));
        d.drops.add(Keys.schema(schema));
        d.facades.add(facade.label());
        d.note("Applications still using " + facade.label() + " lose it.");
    }

    private void ensureRole(EnsureRole c) {
        add(c.kind(), c.role(), ROLES, ddl.ensureRole(c.role()), ddl.roleKept(c.role()))
                .creates.add(Keys.role(c.role()));
    }

    private void grant(Scope scope, GrantEntry entry, boolean grant) {
        Model model = grant ? to : from;
        String schema = scope.schema(core);
        String kind;
        String target;
        String key;
        if (entry.onSchema()) {
            kind = "SCHEMA";
            target = Identifiers.quote(schema);
            key = Keys.schema(schema);
        } else {
            Facade facade = model.facade(scope.facade(), scope.version()).orElseThrow();
            Routine routine = facade.routines().stream().filter(r -> r.name().equals(entry.object())).findFirst()
                    .orElse(null);
            if (routine != null) {
                kind = routine.routineKind() == Routine.RoutineKind.FUNCTION ? "FUNCTION" : "PROCEDURE";
                target = ddl.routineSignature(schema, routine);
                key = Keys.routine(scope, routine.name());
            } else {
                kind = "TABLE";
                target = Sql.qualified(schema, entry.object());
                key = Keys.view(scope, entry.object());
            }
        }
        String object = schema + (entry.onSchema() ? "" : "." + entry.object()) + " " + entry.privilege()
                + " to " + entry.role();
        var d = add(grant ? "grant" : "revoke", object, grant ? GRANTS : REVOKES,
                ddl.grant(grant, entry.privilege(), kind, target, entry.role()),
                ddl.grant(!grant, entry.privilege(), kind, target, entry.role()));
        if (grant) {
            d.newUses.add(key);
            d.newUses.add(Keys.role(entry.role()));
        } else {
            d.oldUses.add(key);
        }
        d.facades.add(scope.label());
    }

    // ------------------------------------------------------------------------------- dependents rebuilt

    /**
     * Views, routines and triggers that the diff leaves alone but that read something this plan drops or
     * changes in place: PostgreSQL refuses to change what a view depends on, so they are dropped before and
     * created again after. Repeats until nothing new is affected (a view over a rebuilt view is rebuilt too).
     */
    private void rebuildDependents() {
        boolean more = true;
        while (more) {
            more = false;
            var touched = touchedKeys();
            for (Scope scope : scopes(from)) {
                for (View view : views(from, scope)) {
                    String key = Keys.view(scope, view.name());
                    if (handled.contains(key) || !intersects(viewUses.computeIfAbsent(key,
                            k -> oldUses.view(scope, view)), touched)) {
                        continue;
                    }
                    View now = views(to, scope).stream().filter(v -> v.name().equals(view.name())).findFirst()
                            .orElse(null);
                    if (now == null) {
                        continue;
                    }
                    handled.add(key);
                    dropView(scope, view, "rebuild view");
                    createView(scope, now, "rebuild view");
                    more = true;
                }
                for (Routine routine : routines(from, scope)) {
                    String key = Keys.routine(scope, routine.name()) + routine.signature();
                    if (handled.contains(key) || !intersects(oldUses.signature(routine), touched)) {
                        continue;
                    }
                    Routine now = routines(to, scope).stream()
                            .filter(r -> r.signature().equals(routine.signature())).findFirst().orElse(null);
                    if (now == null) {
                        continue;
                    }
                    handled.add(key);
                    dropRoutine(scope, routine, "rebuild " + routine.kind());
                    createRoutine(scope, now, "rebuild " + routine.kind());
                    more = true;
                }
            }
            for (Table table : from.core().tables()) {
                String newName = renames.newTableName(table.name());
                if (newName == null) {
                    continue;
                }
                for (Trigger trigger : table.triggers()) {
                    String key = Keys.trigger(table.name(), trigger.name());
                    if (handled.contains(key) || !intersects(oldUses.trigger(table.name(), trigger), touched)) {
                        continue;
                    }
                    Trigger now = to.core().table(newName).flatMap(t -> t.triggers().stream()
                            .filter(x -> x.name().equals(trigger.name())).findFirst()).orElse(null);
                    handled.add(key);
                    dropTrigger(table.name(), trigger);
                    if (now != null) {
                        addTrigger(newName, now);
                    }
                    more = true;
                }
            }
        }
    }

    /** Keys that steps drop or change in place (renames excluded: PostgreSQL follows them). */
    private Set<String> touchedKeys() {
        var keys = new HashSet<String>();
        for (Draft d : drafts) {
            keys.addAll(d.modifies);
            if (!d.change.startsWith("rename")) {
                keys.addAll(d.drops);
            }
        }
        return keys;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String key : a) {
            if (b.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<Scope> scopes(Model model) {
        var scopes = new ArrayList<Scope>();
        scopes.add(Scope.CORE);
        model.facades().forEach(f -> scopes.add(Scope.of(f)));
        return scopes;
    }

    private static List<View> views(Model model, Scope scope) {
        if (scope.isCore()) {
            return model.core().views();
        }
        return model.facade(scope.facade(), scope.version()).map(Facade::views).orElse(List.of());
    }

    private static String join(String first, String second) {
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first + "\n" + second;
    }
}
