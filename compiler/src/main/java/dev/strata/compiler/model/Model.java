package dev.strata.compiler.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole schema of a project: its core and every facade version in flight. Immutable, compared by value,
 * spans ignored.
 */
public record Model(Core core, List<Facade> facades) {

    public static final Model EMPTY = new Model(Core.EMPTY, List.of());

    public Model {
        facades = List.copyOf(facades);
    }

    public Optional<Facade> facade(String name, int version) {
        return facades.stream().filter(f -> f.name().equals(name) && f.version() == version).findFirst();
    }
}
