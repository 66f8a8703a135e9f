package dev.strata.compiler.diff;

import dev.strata.compiler.model.Facade;

/** Where a view or routine lives: the core, or one facade version. */
public record Scope(String facade, int version) {

    public static final Scope CORE = new Scope(null, 0);

    public static Scope of(Facade facade) {
        return new Scope(facade.name(), facade.version());
    }

    public boolean isCore() {
        return facade == null;
    }

    /** The PostgreSQL schema: the project's core schema, or {@code <facade>_v<N>}. */
    public String schema(String coreSchema) {
        return isCore() ? coreSchema : facade + "_v" + version;
    }

    /** In words, as used in messages: {@code core} or {@code shop_api v2}. */
    public String label() {
        return isCore() ? "core" : facade + " v" + version;
    }

    /** A view or routine of this scope in words: {@code customers} in the core, {@code shop_api v2 customers}. */
    public String named(String name) {
        return isCore() ? name : label() + " " + name;
    }
}
