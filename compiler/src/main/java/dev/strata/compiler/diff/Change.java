package dev.strata.compiler.diff;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import java.util.List;

/**
 * One difference between two models, as a closed set of typed records. Removals inside a table (columns,
 * constraints, indexes, triggers) name the table by its old name and carry the old definition, because they run
 * before renames; everything else names the table by its target name.
 * The differ never guesses: renames come only from {@code renamed from} hints.
 */
public sealed interface Change {

    /** The kind of change in words, as REVIEW.md and plan.json show it: {@code "add column"}. */
    String kind();

    /**
     * The object the change touches, for people: {@code customer.email}, {@code customer.customer_pkey},
     * {@code shop_api v2 customers}, {@code select on shop_api v2 customers to shop_app}, a rename as
     * {@code customer.name → full_name}.
     */
    String object();

    /** What a changed value was and becomes ({@code text → varchar(20)}), or null for changes without one. */
    default String detail() {
        return null;
    }

    /** {@code kind object} or {@code kind object: detail}. */
    default String describe() {
        String detail = detail();
        return kind() + " " + object() + (detail == null ? "" : ": " + detail);
    }

    // ----------------------------------------------------------------------------------- extensions, types

    record AddExtension(Extension extension) implements Change {
        public String kind() { return "add extension"; }
        public String object() { return extension.name(); }
    }

    record DropExtension(Extension extension) implements Change {
        public String kind() { return "drop extension"; }
        public String object() { return extension.name(); }
    }

    record AddCollation(Collation collation) implements Change {
        public String kind() { return "add collation"; }
        public String object() { return collation.name(); }
    }

    record DropCollation(Collation collation) implements Change {
        public String kind() { return "drop collation"; }
        public String object() { return collation.name(); }
    }

    /**
     * A collation's options changed: PostgreSQL cannot alter them (ALTER COLLATION only renames, changes the owner
     * or refreshes the version), so it is created anew and the columns that use it are moved over.
     */
    record RecreateCollation(Collation from, Collation to) implements Change {
        public String kind() { return "rebuild collation"; }
        public String object() { return to.name(); }
    }

    record AddEnum(EnumType type) implements Change {
        public String kind() { return "add enum"; }
        public String object() { return type.name(); }
    }

    record DropEnum(EnumType type) implements Change {
        public String kind() { return "drop enum"; }
        public String object() { return type.name(); }
    }

    /** A label added to an existing enum; {@code before} or {@code after} names its neighbour (one is set). */
    record AddEnumValue(EnumType from, EnumType to, String label, String before, String after)
            implements Change {
        public String kind() { return "add enum value"; }
        public String object() { return to.name() + " '" + label + "'"; }

        @Override
        public String detail() { return before != null ? "before '" + before + "'" : "after '" + after + "'"; }
    }

    /** Labels removed or reordered: PostgreSQL cannot do that in place, the type is rebuilt. */
    record RecreateEnum(EnumType from, EnumType to) implements Change {
        public String kind() { return "rebuild enum"; }
        public String object() { return to.name(); }

        @Override
        public String detail() { return from.labels() + " → " + to.labels(); }
    }

    record AddDomain(Domain domain) implements Change {
        public String kind() { return "add domain"; }
        public String object() { return domain.name(); }
    }

    record DropDomain(Domain domain) implements Change {
        public String kind() { return "drop domain"; }
        public String object() { return domain.name(); }
    }

    /** Default, NOT NULL or checks changed: done with ALTER DOMAIN. */
    record AlterDomain(Domain from, Domain to) implements Change {
        public String kind() { return "alter domain"; }
        public String object() { return to.name(); }
    }

    /** The base type changed: the domain is rebuilt and its columns converted. */
    record RecreateDomain(Domain from, Domain to) implements Change {
        public String kind() { return "rebuild domain"; }
        public String object() { return to.name(); }
    }

    record AddSequence(Sequence sequence) implements Change {
        public String kind() { return "add sequence"; }
        public String object() { return sequence.name(); }
    }

    record DropSequence(Sequence sequence) implements Change {
        public String kind() { return "drop sequence"; }
        public String object() { return sequence.name(); }
    }

    record AlterSequence(Sequence from, Sequence to) implements Change {
        public String kind() { return "alter sequence"; }
        public String object() { return to.name(); }
    }

    // ------------------------------------------------------------------------------------------- tables

    /** A table, or a partition ({@code kind} then says so). */
    record AddTable(Table table) implements Change {
        public String kind() { return table.partition() ? "add partition" : "add table"; }
        public String object() { return table.name(); }
    }

    /** A table, or a partition ({@code kind} then says so). */
    record DropTable(Table table) implements Change {
        public String kind() { return table.partition() ? "drop partition" : "drop table"; }
        public String object() { return table.name(); }
    }

    /** A partition whose bound changes (same parent): detached and attached again with the new bound. */
    record SetPartitionBound(String table, String parent, PartitionOf.Bound from, PartitionOf.Bound to)
            implements Change {
        public String kind() { return "change partition bound"; }
        public String object() { return table; }

        @Override
        public String detail() {
            return from.strata() + " → " + to.strata();
        }
    }

    /**
     * A table whose partitioning changes otherwise: it becomes or stops being partitioned or a partition, its key
     * changes, or a partition moves to another parent. The planner refuses it (S2014): the rows would have to move.
     */
    record ChangePartitioning(Table from, Table to) implements Change {
        public String kind() { return "change partitioning"; }
        public String object() { return to.name(); }
    }

    /**
     * An inheritance child whose parents change ({@code inherits (…)} gains or loses a table), or whose column
     * changes between its own and only inherited: ALTER TABLE … INHERIT / NO INHERIT where the columns allow it,
     * refused otherwise (S2019).
     */
    record ChangeInheritance(Table from, Table to) implements Change {
        public String kind() { return "change inheritance"; }
        public String object() { return to.name(); }

        @Override
        public String detail() {
            return "(" + String.join(", ", from.parents()) + ") → (" + String.join(", ", to.parents()) + ")";
        }
    }

    record RenameTable(Table from, Table to) implements Change {
        public String kind() { return "rename table"; }
        public String object() { return from.name() + " → " + to.name(); }
    }

    record AddColumn(String table, Column column) implements Change {
        public String kind() { return "add column"; }
        public String object() { return table + "." + column.name(); }
    }

    record DropColumn(String table, Column column) implements Change {
        public String kind() { return "drop column"; }
        public String object() { return table + "." + column.name(); }
    }

    /**
     * A stored generated column becomes a plain one and keeps its values (ALTER COLUMN … DROP EXPRESSION);
     * {@code from} is the generated column under its target name.
     */
    record DropExpression(String table, Column from, Column to) implements Change {
        public String kind() { return "drop generation expression"; }
        public String object() { return table + "." + to.name(); }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public String kind() { return "rename column"; }
        public String object() { return table + "." + from + " → " + to; }
    }

    /** Type or collation changed; {@code conversion} is the source's {@code using … reverse …} hint or null. */
    record AlterColumnType(String table, Column from, Column to, TypeChange conversion) implements Change {
        public String kind() { return "change column type"; }
        public String object() { return table + "." + to.name(); }

        @Override
        public String detail() { return TypeNames.canonical(from.type()) + " → " + TypeNames.canonical(to.type()); }
    }

    /** {@code previous} is the old default, null when there was none. */
    record SetDefault(String table, Column column, String previous) implements Change {
        public String kind() { return "set default"; }
        public String object() { return table + "." + column.name(); }

        @Override
        public String detail() { return (previous == null ? "none" : previous) + " → " + column.defaultExpr(); }
    }

    record DropDefault(String table, Column column) implements Change {
        public String kind() { return "drop default"; }
        public String object() { return table + "." + column.name(); }

        @Override
        public String detail() { return "was " + column.defaultExpr(); }
    }

    record SetNotNull(String table, Column column) implements Change {
        public String kind() { return "set not null"; }
        public String object() { return table + "." + column.name(); }
    }

    record DropNotNull(String table, Column column) implements Change {
        public String kind() { return "drop not null"; }
        public String object() { return table + "." + column.name(); }
    }

    record AddIdentity(String table, Column column) implements Change {
        public String kind() { return "add identity"; }
        public String object() { return table + "." + column.name(); }
    }

    record DropIdentity(String table, Column column) implements Change {
        public String kind() { return "drop identity"; }
        public String object() { return table + "." + column.name(); }
    }

    /** ALWAYS to BY DEFAULT or back. */
    record SetIdentity(String table, Column from, Column to) implements Change {
        public String kind() { return "change identity"; }
        public String object() { return table + "." + to.name(); }
    }

    /** The options of an identity's sequence changed ({@code from} and {@code to} both identities). */
    record SetIdentityOptions(String table, Column from, Column to) implements Change {
        public String kind() { return "change identity options"; }
        public String object() { return table + "." + to.name(); }
    }

    // ------------------------------------------------------------------------------ constraints, indexes

    record AddPrimaryKey(String table, PrimaryKey key, String name) implements Change {
        public String kind() { return "add primary key"; }
        public String object() { return table + "." + name; }
    }

    record DropPrimaryKey(String table, PrimaryKey key, String name) implements Change {
        public String kind() { return "drop primary key"; }
        public String object() { return table + "." + name; }
    }

    record AddUnique(String table, UniqueConstraint unique, String name) implements Change {
        public String kind() { return "add unique constraint"; }
        public String object() { return table + "." + name; }
    }

    record DropUnique(String table, UniqueConstraint unique, String name) implements Change {
        public String kind() { return "drop unique constraint"; }
        public String object() { return table + "." + name; }
    }

    record AddExclusion(String table, Exclusion exclusion, String name) implements Change {
        public String kind() { return "add exclusion constraint"; }
        public String object() { return table + "." + name; }
    }

    record DropExclusion(String table, Exclusion exclusion, String name) implements Change {
        public String kind() { return "drop exclusion constraint"; }
        public String object() { return table + "." + name; }
    }

    record AddCheck(String table, Check check, String name) implements Change {
        public String kind() { return "add check"; }
        public String object() { return table + "." + name; }
    }

    record DropCheck(String table, Check check, String name) implements Change {
        public String kind() { return "drop check"; }
        public String object() { return table + "." + name; }
    }

    record AddForeignKey(String table, ForeignKey foreignKey, String name) implements Change {
        public String kind() { return "add foreign key"; }
        public String object() { return table + "." + name; }
    }

    record DropForeignKey(String table, ForeignKey foreignKey, String name) implements Change {
        public String kind() { return "drop foreign key"; }
        public String object() { return table + "." + name; }
    }

    /** A {@code not valid} check that the target declares valid: VALIDATE CONSTRAINT; {@code check} is the old one. */
    record ValidateCheck(String table, Check check, String name) implements Change {
        public String kind() { return "validate check"; }
        public String object() { return table + "." + name; }
    }

    /** A {@code not valid} foreign key the target declares valid; {@code foreignKey} is the old, not valid one. */
    record ValidateForeignKey(String table, ForeignKey foreignKey, String name) implements Change {
        public String kind() { return "validate foreign key"; }
        public String object() { return table + "." + name; }
    }

    /** A constraint whose (generated) name follows a table or column rename. */
    record RenameConstraint(String table, String from, String to) implements Change {
        public String kind() { return "rename constraint"; }
        public String object() { return table + "." + from + " → " + to; }
    }

    record AddIndex(String table, Index index, String name) implements Change {
        public String kind() { return "add index"; }
        public String object() { return table + "." + name; }
    }

    record DropIndex(String table, Index index, String name) implements Change {
        public String kind() { return "drop index"; }
        public String object() { return table + "." + name; }
    }

    record RenameIndex(String table, String from, String to) implements Change {
        public String kind() { return "rename index"; }
        public String object() { return table + "." + from + " → " + to; }
    }

    /** An index's storage parameters set and reset in place; {@code name} is its name after this plan's renames. */
    record SetIndexStorage(String table, String name, List<StorageParameter> from, List<StorageParameter> to)
            implements Change {
        public String kind() { return "change index storage"; }
        public String object() { return table + "." + name; }
        public String detail() { return storage(from) + " → " + storage(to); }
    }

    /** A table's storage parameters set and reset in place. */
    record SetTableStorage(String table, List<StorageParameter> from, List<StorageParameter> to) implements Change {
        public String kind() { return "change table storage"; }
        public String object() { return table; }
        public String detail() { return storage(from) + " → " + storage(to); }
    }

    /** {@code (fillfactor=70, …)}, or {@code defaults}. */
    private static String storage(List<StorageParameter> parameters) {
        if (parameters.isEmpty()) {
            return "defaults";
        }
        return "(" + String.join(", ", parameters.stream().map(StorageParameter::option).toList()) + ")";
    }

    record AddTrigger(String table, Trigger trigger) implements Change {
        public String kind() { return "add trigger"; }
        public String object() { return table + "." + trigger.name(); }
    }

    record DropTrigger(String table, Trigger trigger) implements Change {
        public String kind() { return "drop trigger"; }
        public String object() { return table + "." + trigger.name(); }
    }

    /** {@code enable} (on) or {@code disable} (off) row level security; {@code force}/{@code no force} for FORCE. */
    record SetRowSecurity(String table, RowSecurity.Setting setting, boolean on) implements Change {
        public String kind() {
            String word = setting == RowSecurity.Setting.ENABLE
                    ? (on ? "enable" : "disable")
                    : (on ? "force" : "no force");
            return word + " row level security";
        }
        public String object() { return table; }
    }

    record AddPolicy(String table, Policy policy) implements Change {
        public String kind() { return "add policy"; }
        public String object() { return table + "." + policy.name(); }
    }

    record DropPolicy(String table, Policy policy) implements Change {
        public String kind() { return "drop policy"; }
        public String object() { return table + "." + policy.name(); }
    }

    /** Roles, {@code using} or {@code with check} changed: done with ALTER POLICY. */
    record AlterPolicy(String table, Policy from, Policy to) implements Change {
        public String kind() { return "alter policy"; }
        public String object() { return table + "." + to.name(); }
    }

    /** {@code from} or {@code to} null means no comment. */
    record SetComment(CommentTarget target, String from, String to) implements Change {
        public String kind() { return "set comment"; }
        public String object() { return target.describe(); }

        @Override
        public String detail() { return (from == null ? "none" : "'" + from + "'") + " → " + (to == null ? "none" : "'" + to + "'"); }
    }

    // ----------------------------------------------------------------------- views, routines, facades

    record AddView(Scope scope, View view) implements Change {
        public String kind() { return "add view"; }
        public String object() { return scope.named(view.name()); }
    }

    record DropView(Scope scope, View view) implements Change {
        public String kind() { return "drop view"; }
        public String object() { return scope.named(view.name()); }
    }

    /** Anything about the view changed: the planner drops and recreates it. */
    record ReplaceView(Scope scope, View from, View to) implements Change {
        public String kind() { return "replace view"; }
        public String object() { return scope.named(to.name()); }
    }

    record AddRoutine(Scope scope, Routine routine) implements Change {
        public String kind() { return "add " + routine.kind(); }
        public String object() { return scope.named(routine.signature()); }
    }

    record DropRoutine(Scope scope, Routine routine) implements Change {
        public String kind() { return "drop " + routine.kind(); }
        public String object() { return scope.named(routine.signature()); }
    }

    /** Same signature, something else changed. */
    record ReplaceRoutine(Scope scope, Routine from, Routine to) implements Change {
        public String kind() { return "replace " + to.kind(); }
        public String object() { return scope.named(to.signature()); }
    }

    /**
     * Only the routine's cost, rows, parallel safety, leak-proofness or settings changed: altered in place
     * ({@code ALTER FUNCTION … COST/ROWS/PARALLEL/[NOT] LEAKPROOF/SET/RESET}), the reverse the same way back.
     */
    record AlterRoutineOptions(Scope scope, Routine from, Routine to) implements Change {
        public String kind() { return "alter " + to.kind() + " options"; }
        public String object() { return scope.named(to.signature()); }
    }

    /** A facade version that the previous target did not have: its schema is created. */
    record AddFacade(Facade facade) implements Change {
        public String kind() { return dev.strata.plan.Step.ADD_FACADE_VERSION; }
        public String object() { return facade.label(); }
    }

    /** A facade version whose source was removed: its schema is dropped. */
    record RetireFacade(Facade facade) implements Change {
        public String kind() { return dev.strata.plan.Step.RETIRE_FACADE_VERSION; }
        public String object() { return facade.label(); }
    }

    /** A role named by a grant for the first time: created NOLOGIN if missing, never dropped. */
    record EnsureRole(String role) implements Change {
        public String kind() { return "ensure role"; }
        public String object() { return role; }
    }

    record AddGrant(Scope scope, GrantEntry grant) implements Change {
        public String kind() { return "grant"; }
        public String object() { return grant.describe(scope); }
    }

    record RevokeGrant(Scope scope, GrantEntry grant) implements Change {
        public String kind() { return "revoke"; }
        public String object() { return grant.describe(scope); }
    }
}
