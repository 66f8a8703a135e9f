package dev.strata.compiler.format;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table: columns aligned in three columns (name, type, options), then the table-level constraints, indexes,
 * triggers, row level security, policies and the comment.
 */
final class TablePrinter {

    private final Output out;

    TablePrinter(Output out) {
        this.out = out;
    }

    void print(Table table, int depth) {
        out.leadingComments(depth, table);
        if (table.partition()) {
            printPartition(table, depth);
            return;
        }
        var header = new StringBuilder("table ").append(StrataNames.name(table.name()));
        if (table.partitioned()) {
            header.append(" partition by ").append(table.partitionBy().method()).append(' ')
                    .append(Literals.parenthesized(table.partitionBy().key()));
        }
        if (table.child()) {
            header.append(" inherits (").append(String.join(", ",
                    table.parents().stream().map(StrataNames::name).toList())).append(')');
        }
        header.append(storage(table.storage()));
        if (table.renamedFrom() != null) {
            header.append(" renamed from ").append(StrataNames.name(table.renamedFrom()));
        }
        out.line(depth, header.append(" {").toString());
        var layout = TableLayout.of(table);
        layout.top.forEach(item -> printItem(item, depth + 1));
        printColumns(Inheritance.own(table), layout, depth + 1);
        layout.tail.forEach(item -> printItem(item, depth + 1));
        out.endComments(depth + 1, table);
        out.line(depth, "}", table);
    }

    /** {@code partition NAME of PARENT BOUND [comment '…']} on one line; comments inside it go before it. */
    private void printPartition(Table table, int depth) {
        var line = new StringBuilder("partition ").append(StrataNames.name(table.name())).append(" of ")
                .append(StrataNames.name(table.partitionOf().parent())).append(' ')
                .append(table.partitionOf().bound().strata());
        if (table.comment() != null) {
            line.append(" comment ").append(Literals.string(table.comment()));
        }
        out.endComments(depth, table);
        out.line(depth, line.toString(), table);
    }

    private void printColumns(List<Column> columns, TableLayout layout, int depth) {
        int nameWidth = 0;
        int typeWidth = 0;
        var names = new ArrayList<String>(columns.size());
        var types = new ArrayList<String>(columns.size());
        for (var column : columns) {
            var name = StrataNames.columnName(column.name());
            var type = TypePrinter.print(column.type());
            names.add(name);
            types.add(type);
            nameWidth = Math.max(nameWidth, Layout.width(name));
            typeWidth = Math.max(typeWidth, Layout.width(type));
        }
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var slot = layout.slots.get(i);
            slot.checksBefore.forEach(check -> printItem(check, depth));
            var options = options(column, slot);
            var line = new StringBuilder(names.get(i));
            Layout.pad(line, nameWidth + 2);
            line.append(types.get(i));
            if (!options.isEmpty()) {
                Layout.pad(line, nameWidth + 2 + typeWidth + 2);
                line.append(options);
            }
            var nodes = new ArrayList<>();
            nodes.add(column);
            nodes.addAll(slot.inlineNodes());
            var lineNodes = nodes.toArray();
            out.leadingComments(depth, lineNodes);
            out.line(depth, line.toString(), lineNodes);
        }
    }

    /** Column options in canonical order. */
    private static String options(Column column, TableLayout.Slot slot) {
        var parts = new ArrayList<String>();
        if (column.identity() != null) {
            parts.add("generated " + column.identity().sql() + " as identity" + (column.identityOptions() == null ? ""
                    : " (" + DeclarationPrinter.numbers(column.identityOptions()).substring(1) + ")"));
        }
        if (column.generated() != null) {
            parts.add("generated always as " + Literals.parenthesized(column.generated()) + " stored");
        }
        if (column.collation() != null) {
            parts.add("collate " + StrataNames.name(column.collation()));
        }
        if (column.notNull()) {
            parts.add("not null");
        }
        if (column.defaultExpr() != null) {
            parts.add("default " + column.defaultExpr());
        }
        if (slot.primaryKey != null) {
            parts.add(ConstraintText.inlinePrimaryKey(slot.primaryKey));
        }
        slot.uniques.forEach(u -> parts.add(ConstraintText.inlineUnique(u)));
        slot.foreignKeys.forEach(f -> parts.add(ConstraintText.inlineForeignKey(f)));
        slot.checks.forEach(c -> parts.add(ConstraintText.check(c)));
        if (column.renamedFrom() != null) {
            parts.add("renamed from " + StrataNames.name(column.renamedFrom()));
        }
        if (column.typeChange() != null) {
            var change = typeChange(column.typeChange());
            if (!change.isEmpty()) {
                parts.add(change);
            }
        }
        if (column.comment() != null) {
            parts.add("comment " + Literals.string(column.comment()));
        }
        return String.join(" ", parts);
    }

    private static String typeChange(TypeChange change) {
        var parts = new ArrayList<String>();
        if (change.expands() != null) {
            parts.add("expands " + StrataNames.name(change.expands()));
        }
        if (change.using() != null) {
            parts.add("using " + Literals.parenthesized(change.using()));
        }
        if (change.reverse() != null) {
            parts.add("reverse " + Literals.parenthesized(change.reverse()));
        }
        if (change.irreversible()) {
            parts.add("irreversible");
        }
        if (change.offline()) {
            parts.add("using offline");
        }
        return String.join(" ", parts);
    }

    /** A line of its own in the table: a table-level constraint, an index, a trigger or the comment. */
    private void printItem(Object item, int depth) {
        if (item instanceof PrimaryKey key) {
            out.node(depth, ConstraintText.tablePrimaryKey(key), key);
        } else if (item instanceof UniqueConstraint unique) {
            out.node(depth, ConstraintText.tableUnique(unique), unique);
        } else if (item instanceof ForeignKey key) {
            out.node(depth, ConstraintText.tableForeignKey(key), key);
        } else if (item instanceof Check check) {
            out.node(depth, ConstraintText.check(check), check);
        } else if (item instanceof Exclusion exclusion) {
            out.node(depth, exclusion(exclusion), exclusion);
        } else if (item instanceof Index index) {
            out.node(depth, index(index), index);
        } else if (item instanceof Trigger trigger) {
            out.node(depth, trigger(trigger), trigger);
        } else if (item instanceof RowSecurity rowSecurity) {
            out.node(depth, rowSecurity.setting().sql() + " row level security", rowSecurity);
        } else if (item instanceof Policy policy) {
            out.node(depth, policy(policy), policy);
        } else if (item instanceof TableLayout.TableComment comment) {
            out.line(depth, "comment " + Literals.string(comment.text()));
        } else {
            throw new IllegalArgumentException("not a table item: " + item);
        }
    }

    static String index(Index index) {
        var text = new StringBuilder(index.unique() ? "unique index" : "index");
        if (index.name() != null) {
            text.append(' ').append(StrataNames.name(index.name()));
        }
        if (index.method() != null) {
            text.append(" using ").append(StrataNames.name(index.method()));
        }
        text.append(" (");
        for (int i = 0; i < index.elements().size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(indexElement(index.elements().get(i)));
        }
        text.append(')');
        if (!index.include().isEmpty()) {
            text.append(" include ").append(ConstraintText.columnList(index.include()));
        }
        text.append(ConstraintText.nullsNotDistinct(index.nullsNotDistinct()));
        text.append(storage(index.storage()));
        if (index.where() != null) {
            text.append(" where ").append(Literals.parenthesized(index.where()));
        }
        if (index.comment() != null) {
            text.append(" comment ").append(Literals.string(index.comment()));
        }
        return text.toString();
    }

    /** {@code  with (NAME = VALUE, …)}, or nothing without storage parameters. */
    static String storage(List<StorageParameter> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        var texts = parameters.stream()
                .map(p -> RoutinePrinter.settingName(p.name()) + " = " + RoutinePrinter.settingValue(p.value()));
        return " with (" + String.join(", ", texts.toList()) + ")";
    }

    /** {@code [constraint NAME] exclude [using METHOD] (KEY with OP, …) [include (…)] [where (…)] [deferrable …]}. */
    static String exclusion(Exclusion exclusion) {
        var text = new StringBuilder(ConstraintText.constraintName(exclusion.name())).append("exclude");
        if (exclusion.method() != null) {
            text.append(" using ").append(StrataNames.name(exclusion.method()));
        }
        text.append(" (");
        for (int i = 0; i < exclusion.elements().size(); i++) {
            var element = exclusion.elements().get(i);
            text.append(i > 0 ? ", " : "").append(indexElement(element.key())).append(" with ")
                    .append(element.operator());
        }
        text.append(')');
        if (!exclusion.include().isEmpty()) {
            text.append(" include ").append(ConstraintText.columnList(exclusion.include()));
        }
        if (exclusion.where() != null) {
            text.append(" where ").append(Literals.parenthesized(exclusion.where()));
        }
        return text.append(ConstraintText.deferral(exclusion.deferrable(), exclusion.initiallyDeferred()))
                .append(ConstraintText.comment(exclusion.comment())).toString();
    }

    private static String indexElement(Index.IndexElement element) {
        var text = new StringBuilder(element.column() != null
                ? StrataNames.name(element.column())
                : Literals.parenthesized(element.expression()));
        if (element.collation() != null) {
            text.append(" collate ").append(StrataNames.name(element.collation()));
        }
        if (element.opclass() != null) {
            text.append(' ').append(StrataNames.name(element.opclass()));
        }
        if (element.direction() != null) {
            text.append(' ').append(lower(element.direction()));
        }
        if (element.nulls() != null) {
            text.append(" nulls ").append(lower(element.nulls()));
        }
        return text.toString();
    }

    static String trigger(Trigger trigger) {
        var text = new StringBuilder("trigger ").append(StrataNames.name(trigger.name()))
                .append(' ').append(trigger.timing().sql()).append(' ');
        boolean columnsWritten = false;
        for (int i = 0; i < trigger.events().size(); i++) {
            var event = trigger.events().get(i);
            if (i > 0) {
                text.append(" or ");
            }
            text.append(lower(event));
            if (event == Trigger.Event.UPDATE && !columnsWritten && !trigger.updateColumns().isEmpty()) {
                text.append(" of ").append(ConstraintText.names(trigger.updateColumns()));
                columnsWritten = true;
            }
        }
        // "for each statement" is PostgreSQL's default, but written out it keeps a short trigger such as
        // "trigger t after insert execute f(1)" from reading as three columns.
        text.append(trigger.forEachRow() ? " for each row" : " for each statement");
        if (trigger.when() != null) {
            text.append(" when ").append(Literals.parenthesized(trigger.when()));
        }
        text.append(" execute ").append(StrataNames.name(trigger.function()))
                .append('(').append(String.join(", ", trigger.arguments())).append(')')
                .append(ConstraintText.comment(trigger.comment()));
        return text.toString();
    }

    /** PostgreSQL's defaults left out ({@code as permissive}, {@code to public}); {@code for} is always written. */
    static String policy(Policy policy) {
        var text = new StringBuilder("policy ").append(StrataNames.name(policy.name()))
                .append(policy.permissive() ? "" : " as restrictive")
                .append(" for ").append(policy.command().sql());
        if (!policy.roles().isEmpty()) {
            text.append(" to ").append(String.join(", ", policy.roles().stream().map(StrataNames::name).toList()));
        }
        if (policy.using() != null) {
            text.append(" using ").append(Literals.parenthesized(policy.using()));
        }
        if (policy.withCheck() != null) {
            text.append(" with check ").append(Literals.parenthesized(policy.withCheck()));
        }
        return text.toString();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
