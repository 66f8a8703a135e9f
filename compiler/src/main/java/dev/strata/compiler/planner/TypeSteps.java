package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Change.AddDomain;
import dev.strata.compiler.diff.Change.AddEnum;
import dev.strata.compiler.diff.Change.AddEnumValue;
import dev.strata.compiler.diff.Change.AddExtension;
import dev.strata.compiler.diff.Change.AddSequence;
import dev.strata.compiler.diff.Change.AlterDomain;
import dev.strata.compiler.diff.Change.AlterSequence;
import dev.strata.compiler.diff.Change.DropDomain;
import dev.strata.compiler.diff.Change.DropEnum;
import dev.strata.compiler.diff.Change.DropExtension;
import dev.strata.compiler.diff.Change.DropSequence;
import dev.strata.compiler.diff.Change.RecreateDomain;
import dev.strata.compiler.diff.Change.RecreateEnum;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.sql.SqlTypes;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Steps for the core schema, extensions, enums, domains and sequences. */
final class TypeSteps extends PlanPart {

    TypeSteps(PlanContext ctx) {
        super(ctx);
    }

    // ------------------------------------------------------------------------------------- schemas, types

    void coreSchema() {
        add("create schema", StepTarget.global(StepTarget.Kind.SCHEMA, core), core, SCHEMAS, ddl.createSchema(core), ddl.dropSchema(core))
                .creating().creates.add(Keys.schema(core));
    }

    void addExtension(AddExtension c) {
        String name = c.extension().name();
        var d = add(c.kind(), StepTarget.global(StepTarget.Kind.EXTENSION, name), name, EXTENSIONS, ddl.createExtension(name), ddl.dropExtension(name));
        d.creating();
        d.creates.add(Keys.extension(name));
        d.newUses.add(Keys.schema(core));
    }

    void dropExtension(DropExtension c) {
        String name = c.extension().name();
        add(c.kind(), StepTarget.global(StepTarget.Kind.EXTENSION, name), name, DROP_EXTENSIONS, ddl.dropExtension(name), ddl.createExtension(name))
                .dropping().drops.add(Keys.extension(name));
    }

    String createEnumSql(EnumType type) {
        return join(ddl.createEnum(type), typeComment(type.name(), type.comment(), false));
    }

    String typeComment(String name, String comment, boolean domain) {
        if (comment == null) {
            return null;
        }
        return ddl.comment(domain ? "DOMAIN" : "TYPE", Sql.qualified(core, name), comment);
    }

    void addEnum(AddEnum c) {
        String name = c.type().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.ENUM, name), obj(name), TYPES, createEnumSql(c.type()), ddl.dropType(name));
        d.creating();
        d.creates.add(Keys.type(name));
        d.newUses.add(Keys.schema(core));
    }

    void dropEnum(DropEnum c) {
        String name = c.type().name();
        add(c.kind(), targetCore(StepTarget.Kind.ENUM, name), obj(name), DROP_TYPES, ddl.dropType(name), createEnumSql(c.type()))
                .dropping().drops.add(Keys.type(name));
    }

    /** All values added to one enum go in one step, whose reverse rebuilds the type without them. */
    void addEnumValue(AddEnumValue c) {
        String name = c.to().name();
        for (Draft existing : drafts) {
            if (existing.change.equals(c.kind()) && existing.object.equals(obj(name))) {
                existing.sql = join(existing.sql, ddl.addEnumValue(name, c.label(), c.before(), c.after()));
                return;
            }
        }
        var d = add(c.kind(), targetCore(StepTarget.Kind.ENUM, name), obj(name), TYPES, ddl.addEnumValue(name, c.label(), c.before(), c.after()),
                rebuildEnum(c.from()));
        typeChangeKeys(d, name);
        d.note("The way back rebuilds the type without the new values; it fails while a row still uses one.");
    }

    void recreateEnum(RecreateEnum c) {
        String name = c.to().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.ENUM, name), obj(name), TYPES, rebuildEnum(c.to()), rebuildEnum(c.from()));
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
    void typeChangeKeys(Draft d, String type) {
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
    String rebuildEnum(EnumType type) {
        return rebuildType(type.name(), createEnumSql(type), "text", true);
    }

    String rebuildType(String name, String create, String via, boolean castToType) {
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

    String createDomainSql(Domain domain) {
        return join(ddl.createDomain(domain), typeComment(domain.name(), domain.comment(), true));
    }

    void addDomain(AddDomain c) {
        String name = c.domain().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.DOMAIN, name), obj(name), TYPES, createDomainSql(c.domain()), ddl.dropDomain(name));
        d.creating();
        d.creates.add(Keys.type(name));
        d.newUses.add(Keys.schema(core));
        d.newUses.addAll(newUses.type(c.domain().baseType()));
    }

    void dropDomain(DropDomain c) {
        String name = c.domain().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.DOMAIN, name), obj(name), DROP_TYPES, ddl.dropDomain(name), createDomainSql(c.domain()));
        d.dropping();
        d.drops.add(Keys.type(name));
        d.oldUses.addAll(oldUses.type(c.domain().baseType()));
    }

    void alterDomain(AlterDomain c) {
        String name = c.to().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.DOMAIN, name), obj(name), TYPES, alterDomainSql(c.from(), c.to()), alterDomainSql(c.to(), c.from()));
        d.newUses.add(Keys.type(name));
        d.risk(Risk.DATA_DEPENDENT).note("New constraints are checked against every column of this domain.");
    }

    String alterDomainSql(Domain a, Domain b) {
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

    void recreateDomain(RecreateDomain c) {
        String name = c.to().name();
        String forward = rebuildType(name, createDomainSql(c.to()), domainVia(c.to().baseType()), false);
        String reverse = rebuildType(name, createDomainSql(c.from()), domainVia(c.from().baseType()), false);
        var d = add(c.kind(), targetCore(StepTarget.Kind.DOMAIN, name), obj(name), TYPES, forward, reverse);
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
    String domainVia(dev.strata.compiler.model.TypeRef base) {
        return SqlTypes.name(new dev.strata.compiler.model.TypeRef(base.name(), List.of(), base.arrayDimensions(),
                base.span()), core);
    }

    void addSequence(AddSequence c) {
        Sequence s = c.sequence();
        var d = add(c.kind(), targetCore(StepTarget.Kind.SEQUENCE, s.name()), obj(s.name()), SEQUENCES, createSequenceSql(s), ddl.dropSequence(s.name()));
        d.creating();
        d.creates.add(Keys.sequence(s.name()));
        d.newUses.add(Keys.schema(core));
        d.newUses.addAll(newUses.type(s.type()));
        // a rollback drops the sequence with the values it handed out since: keep where it stood, and set it there
        // again when the plan is applied again, so rows kept by the rollback do not meet their numbers twice
        d.reverseBackup = table -> new Backup(table, obj(s.name()), SEQUENCE_STATE, List.of(),
                sequenceStateCopy(table, s.name()), ddl.sequenceFromBackup(s.name(), BACKUP_SCHEMA, table));
        if (s.ownedBy() != null) {
            sequenceOwner(s.name(), s.ownedBy(), null);
        }
    }

    /** What a backup of a sequence holds: the one row of its state. */
    private static final List<String> SEQUENCE_STATE = List.of("last_value", "is_called");

    private String sequenceStateCopy(String backupTable, String sequence) {
        return captureSql(backupTable, Sql.of("CREATE TABLE").name(BACKUP_SCHEMA, backupTable).kw("AS SELECT")
                .id("last_value").comma().id("is_called").kw("FROM").name(core, sequence).build());
    }

    void sequenceOwner(String sequence, String owner, String previous) {
        var d = add("set sequence owner", targetCore(StepTarget.Kind.SEQUENCE, sequence), obj(sequence), COMMENTS, ddl.sequenceOwnedBy(sequence, owner),
                ddl.sequenceOwnedBy(sequence, previous));
        d.newUses.add(Keys.sequence(sequence));
        if (owner != null) {
            int dot = owner.indexOf('.');
            d.newUses.add(Keys.table(owner.substring(0, dot)));
            d.newUses.add(Keys.column(owner.substring(0, dot), owner.substring(dot + 1)));
        }
    }

    void dropSequence(DropSequence c) {
        Sequence s = c.sequence();
        String owner = s.ownedBy() == null ? null : s.ownedBy().substring(0, s.ownedBy().indexOf('.'));
        if (owner != null && ctx.droppedTables.contains(owner)) {
            dropSequenceWithItsTable(s, owner);
            return;
        }
        String reverse = createSequenceSql(s);
        if (s.ownedBy() != null) {
            reverse = join(reverse, ddl.sequenceOwnedBy(s.name(), s.ownedBy()));
        }
        var d = add(c.kind(), targetCore(StepTarget.Kind.SEQUENCE, s.name()), obj(s.name()), DROP_TYPES, ddl.dropSequence(s.name()), reverse);
        d.dropping();
        d.drops.add(Keys.sequence(s.name()));
        if (s.ownedBy() != null) {
            // an owned sequence disappears with its table: drop it while the table is still there
            d.oldUses.add(Keys.table(s.ownedBy().substring(0, s.ownedBy().indexOf('.'))));
        }
        // the sequence's position is data: numbers it handed out are in rows that stay
        d.risk(Risk.DESTRUCTIVE);
        String recreate = reverse;
        d.backup = table -> new Draft.BackupSql(Backup.beforeStep(table, obj(s.name()), SEQUENCE_STATE, List.of(),
                sequenceStateCopy(table, s.name())), join(recreate, ddl.sequenceFromBackup(s.name(), BACKUP_SCHEMA,
                table)));
        d.note("The sequence's position is backed up; the way back recreates it and sets it where it stood.");
    }

    /**
     * A sequence owned by a table the plan drops goes with the table (a DROP SEQUENCE first would fail: the column
     * default still uses it). So the step comes after the DROP TABLE and only makes sure it is gone; the way back
     * creates it before the table's restore, which reads it in the column default and then gives it back its owner
     * and sets it past the restored rows.
     */
    private void dropSequenceWithItsTable(Sequence s, String owner) {
        var d = add("drop sequence", targetCore(StepTarget.Kind.SEQUENCE, s.name()), obj(s.name()), DROP_TYPES,
                ddl.dropSequenceIfExists(s.name()), createSequenceSql(s));
        d.dropping();
        d.drops.add(Keys.sequence(s.name()));
        d.note("The sequence goes with table " + owner + ", which owns it; the way back recreates it before the"
                + " table and sets it past the restored rows.");
    }

    void alterSequence(AlterSequence c) {
        String name = c.to().name();
        var d = add(c.kind(), targetCore(StepTarget.Kind.SEQUENCE, name), obj(name), SEQUENCES, ddl.alterSequence(c.to()), ddl.alterSequence(c.from()));
        d.newUses.add(Keys.sequence(name));
        d.newUses.addAll(newUses.type(c.to().type()));
        if (!Objects.equals(c.from().ownedBy(), c.to().ownedBy())) {
            sequenceOwner(name, c.to().ownedBy(), c.from().ownedBy());
        }
    }
}
