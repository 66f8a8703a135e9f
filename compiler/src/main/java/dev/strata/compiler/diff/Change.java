package dev.strata.compiler.diff;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;

/**
 * One difference between two models, as a closed set of typed records. Removals inside a table (columns,
 * constraints, indexes, triggers) name the table by its old name and carry the old definition, because they run
 * before renames; everything else names the table by its target name.
 * The differ never guesses: renames come only from {@code renamed from} hints.
 */
public sealed interface Change {

    /** The kind of change in words, as REVIEW.md and plan.json show it: {@code "add column"}. */
    String kind();

    // ----------------------------------------------------------------------------------- extensions, types

    record AddExtension(Extension extension) implements Change {
        public String kind() { return "add extension"; }
    }

    record DropExtension(Extension extension) implements Change {
        public String kind() { return "drop extension"; }
    }

    record AddEnum(EnumType type) implements Change {
        public String kind() { return "add enum"; }
    }

    record DropEnum(EnumType type) implements Change {
        public String kind() { return "drop enum"; }
    }

    /** A label added to an existing enum; {@code before} or {@code after} names its neighbour (one is set). */
    record AddEnumValue(EnumType from, EnumType to, String label, String before, String after)
            implements Change {
        public String kind() { return "add enum value"; }
    }

    /** Labels removed or reordered: PostgreSQL cannot do that in place, the type is rebuilt. */
    record RecreateEnum(EnumType from, EnumType to) implements Change {
        public String kind() { return "rebuild enum"; }
    }

    record AddDomain(Domain domain) implements Change {
        public String kind() { return "add domain"; }
    }

    record DropDomain(Domain domain) implements Change {
        public String kind() { return "drop domain"; }
    }

    /** Default, NOT NULL or checks changed: done with ALTER DOMAIN. */
    record AlterDomain(Domain from, Domain to) implements Change {
        public String kind() { return "alter domain"; }
    }

    /** The base type changed: the domain is rebuilt and its columns converted. */
    record RecreateDomain(Domain from, Domain to) implements Change {
        public String kind() { return "rebuild domain"; }
    }

    record AddSequence(Sequence sequence) implements Change {
        public String kind() { return "add sequence"; }
    }

    record DropSequence(Sequence sequence) implements Change {
        public String kind() { return "drop sequence"; }
    }

    record AlterSequence(Sequence from, Sequence to) implements Change {
        public String kind() { return "alter sequence"; }
    }

    // ------------------------------------------------------------------------------------------- tables

    record AddTable(Table table) implements Change {
        public String kind() { return "add table"; }
    }

    record DropTable(Table table) implements Change {
        public String kind() { return "drop table"; }
    }

    record RenameTable(Table from, Table to) implements Change {
        public String kind() { return "rename table"; }
    }

    record AddColumn(String table, Column column) implements Change {
        public String kind() { return "add column"; }
    }

    record DropColumn(String table, Column column) implements Change {
        public String kind() { return "drop column"; }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public String kind() { return "rename column"; }
    }

    /** Type or collation changed; {@code conversion} is the source's {@code using … reverse …} hint or null. */
    record AlterColumnType(String table, Column from, Column to, TypeChange conversion) implements Change {
        public String kind() { return "change column type"; }
    }

    /** {@code previous} is the old default, null when there was none. */
    record SetDefault(String table, Column column, String previous) implements Change {
        public String kind() { return "set default"; }
    }

    record DropDefault(String table, Column column) implements Change {
        public String kind() { return "drop default"; }
    }

    record SetNotNull(String table, Column column) implements Change {
        public String kind() { return "set not null"; }
    }

    record DropNotNull(String table, Column column) implements Change {
        public String kind() { return "drop not null"; }
    }

    record AddIdentity(String table, Column column) implements Change {
        public String kind() { return "add identity"; }
    }

    record DropIdentity(String table, Column column) implements Change {
        public String kind() { return "drop identity"; }
    }

    /** ALWAYS to BY DEFAULT or back. */
    record SetIdentity(String table, Column from, Column to) implements Change {
        public String kind() { return "change identity"; }
    }

    // ------------------------------------------------------------------------------ constraints, indexes

    record AddPrimaryKey(String table, PrimaryKey key, String name) implements Change {
        public String kind() { return "add primary key"; }
    }

    record DropPrimaryKey(String table, PrimaryKey key, String name) implements Change {
        public String kind() { return "drop primary key"; }
    }

    record AddUnique(String table, UniqueConstraint unique, String name) implements Change {
        public String kind() { return "add unique constraint"; }
    }

    record DropUnique(String table, UniqueConstraint unique, String name) implements Change {
        public String kind() { return "drop unique constraint"; }
    }

    record AddCheck(String table, Check check, String name) implements Change {
        public String kind() { return "add check"; }
    }

    record DropCheck(String table, Check check, String name) implements Change {
        public String kind() { return "drop check"; }
    }

    record AddForeignKey(String table, ForeignKey foreignKey, String name) implements Change {
        public String kind() { return "add foreign key"; }
    }

    record DropForeignKey(String table, ForeignKey foreignKey, String name) implements Change {
        public String kind() { return "drop foreign key"; }
    }

    /** A constraint whose (generated) name follows a table or column rename. */
    record RenameConstraint(String table, String from, String to) implements Change {
        public String kind() { return "rename constraint"; }
    }

    record AddIndex(String table, Index index, String name) implements Change {
        public String kind() { return "add index"; }
    }

    record DropIndex(String table, Index index, String name) implements Change {
        public String kind() { return "drop index"; }
    }

    record RenameIndex(String table, String from, String to) implements Change {
        public String kind() { return "rename index"; }
    }

    record AddTrigger(String table, Trigger trigger) implements Change {
        public String kind() { return "add trigger"; }
    }

    record DropTrigger(String table, Trigger trigger) implements Change {
        public String kind() { return "drop trigger"; }
    }

    /** {@code from} or {@code to} null means no comment. */
    record SetComment(CommentTarget target, String from, String to) implements Change {
        public String kind() { return "set comment"; }
    }

    // ----------------------------------------------------------------------- views, routines, facades

    record AddView(Scope scope, View view) implements Change {
        public String kind() { return "add view"; }
    }

    record DropView(Scope scope, View view) implements Change {
        public String kind() { return "drop view"; }
    }

    /** Anything about the view changed: the planner drops and recreates it. */
    record ReplaceView(Scope scope, View from, View to) implements Change {
        public String kind() { return "replace view"; }
    }

    record AddRoutine(Scope scope, Routine routine) implements Change {
        public String kind() { return "add " + routine.kind(); }
    }

    record DropRoutine(Scope scope, Routine routine) implements Change {
        public String kind() { return "drop " + routine.kind(); }
    }

    /** Same signature, something else changed. */
    record ReplaceRoutine(Scope scope, Routine from, Routine to) implements Change {
        public String kind() { return "replace " + to.kind(); }
    }

    /** A facade version that the previous target did not have: its schema is created. */
    record AddFacade(Facade facade) implements Change {
        public String kind() { return dev.strata.plan.Step.ADD_FACADE_VERSION; }
    }

    /** A facade version whose source was removed: its schema is dropped. */
    record RetireFacade(Facade facade) implements Change {
        public String kind() { return dev.strata.plan.Step.RETIRE_FACADE_VERSION; }
    }

    /** A role named by a grant for the first time: created NOLOGIN if missing, never dropped. */
    record EnsureRole(String role) implements Change {
        public String kind() { return "ensure role"; }
    }

    record AddGrant(Scope scope, GrantEntry grant) implements Change {
        public String kind() { return "grant"; }
    }

    record RevokeGrant(Scope scope, GrantEntry grant) implements Change {
        public String kind() { return "revoke"; }
    }
}
