package dev.strata.compiler.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of declarations that also finds one by its name in constant time, built once when the model is
 * assembled: planning and importing a schema of thousands of tables stay linear in its size. It is a plain
 * {@link List} to everything else (equality, hashing, JSON); duplicates are kept in order, and a lookup finds the
 * first declaration of a name, as a scan would.
 */
final class ByName<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final Map<String, T> first;

    private ByName(List<T> items, Function<T, String> name) {
        this.items = List.copyOf(items);
        this.first = new HashMap<>();
        for (T item : this.items) {
            first.putIfAbsent(name.apply(item), item);
        }
    }

    /** {@code items} copied, indexed by {@code name}; a list that already is indexed is kept as it is. */
    static <T> List<T> of(List<T> items, Function<T, String> name) {
        return items instanceof ByName<T> indexed ? indexed : new ByName<>(items, name);
    }

    /** The first item named {@code name} of a list made by {@link #of}, else a scan of any other list. */
    static <T> Optional<T> find(List<T> items, String name, Function<T, String> nameOf) {
        if (items instanceof ByName<T> indexed) {
            return Optional.ofNullable(indexed.first.get(name));
        }
        return items.stream().filter(item -> name.equals(nameOf.apply(item))).findFirst();
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
