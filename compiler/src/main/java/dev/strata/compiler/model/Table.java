package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * A core table. Constraints written on columns are already moved here. {@code primaryKey}, {@code comment} and
 * {@code renamedFrom} may be null.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes, List<Trigger> triggers,
                    String comment, String renamedFrom, Span span) implements Declaration {

    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    @Override
    public String kind() {
        return "table";
    }
}
