package dev.strata.compiler.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything declared in the {@code core} blocks of all source files, merged, in source order (files sorted by
 * path). Duplicates are kept here so the checks can report them. Each inheritance child's table has the columns
 * it inherits ({@link Inheritance}).
 */
public record Core(List<Extension> extensions, List<EnumType> enums, List<Domain> domains,
                   List<Sequence> sequences, List<Table> tables, List<View> views, List<Routine> routines,
                   List<Collation> collations) {

    public static final Core EMPTY = new Core(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    /** A core without collations. */
    public Core(List<Extension> extensions, List<EnumType> enums, List<Domain> domains, List<Sequence> sequences,
                List<Table> tables, List<View> views, List<Routine> routines) {
        this(extensions, enums, domains, sequences, tables, views, routines, List.of());
    }

    public Core {
        extensions = List.copyOf(extensions);
        enums = ByName.of(enums, EnumType::name);
        domains = ByName.of(domains, Domain::name);
        sequences = List.copyOf(sequences);
        tables = Inheritance.expand(ByName.of(tables, Table::name));
        views = List.copyOf(views);
        routines = List.copyOf(routines);
        collations = ByName.of(collations, Collation::name);
    }

    public Optional<Collation> collation(String name) {
        return ByName.find(collations, name, Collation::name);
    }

    public Optional<Table> table(String name) {
        return ByName.find(tables, name, Table::name);
    }

    public Optional<EnumType> enumType(String name) {
        return ByName.find(enums, name, EnumType::name);
    }

    public Optional<Domain> domain(String name) {
        return ByName.find(domains, name, Domain::name);
    }
}
