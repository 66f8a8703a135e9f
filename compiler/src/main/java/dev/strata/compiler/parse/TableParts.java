package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** What a table body declares, gathered item by item; constraints written on columns arrive here too. */
final class TableParts {

    private final String table;
    private final Issues issues;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<RowSecurity> rowSecurity = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private PrimaryKey primaryKey;
    private String comment;
    private Span commentSpan;

    TableParts(String table, Issues issues) {
        this.table = table;
        this.issues = issues;
    }

    void column(Column column) {
        columns.add(column);
    }

    /** Keeps the first primary key; a second one is an error whichever way either was written. */
    void primaryKey(PrimaryKey key) {
        if (primaryKey == null) {
            primaryKey = key;
            return;
        }
        var message = "table '" + table + "' has more than one primary key";
        issues.error(SyntaxCode.MULTIPLE_PRIMARY_KEYS, key.span(), message,
                "a table has one primary key; for a key over several columns write it once in the table: "
                        + "primary key (a, b)",
                primaryKey.span(), "the first primary key is here");
    }

    void unique(UniqueConstraint unique) {
        uniques.add(unique);
    }

    void check(Check check) {
        checks.add(check);
    }

    void foreignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void exclusion(Exclusion exclusion) {
        exclusions.add(exclusion);
    }

    void index(Index index) {
        indexes.add(index);
    }

    void trigger(Trigger trigger) {
        triggers.add(trigger);
    }

    /** Each of {@code enable} and {@code force row level security} is given once. */
    void rowSecurity(RowSecurity line) {
        var first = rowSecurity.stream().filter(r -> r.setting() == line.setting()).findFirst();
        if (first.isEmpty()) {
            rowSecurity.add(line);
            return;
        }
        var option = line.setting().sql() + " row level security";
        issues.error(SyntaxCode.DUPLICATE_OPTION, line.span(), "table '" + table + "' has '" + option + "' twice",
                "remove one of them", first.get().span(), "'" + option + "' is first given here");
    }

    void policy(Policy policy) {
        policies.add(policy);
    }

    void comment(String text, Span span) {
        if (comment == null) {
            comment = text;
            commentSpan = span;
            return;
        }
        issues.error(SyntaxCode.DUPLICATE_OPTION, span, "table '" + table + "' has 'comment' twice",
                "remove one of them", commentSpan, "'comment' is first given here");
    }

    Table build(String renamedFrom, Span span) {
        return new Table(table, columns, primaryKey, uniques, checks, foreignKeys, indexes, triggers, rowSecurity,
                policies, comment, renamedFrom, span).withExclusions(exclusions);
    }
}
