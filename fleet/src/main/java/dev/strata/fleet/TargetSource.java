package dev.strata.fleet;

import java.util.List;

/** Where a fleet's targets come from; a fleet file may combine several. */
public sealed interface TargetSource {

    /** Targets listed in the file ({@code [[target]]}): a name and a URL each. */
    record Listed(List<Named> targets) implements TargetSource {
        public Listed {
            targets = List.copyOf(targets);
        }
    }

    /** One listed target; {@code name} defaults to the URL's database. */
    record Named(String name, String url) {
    }

    /**
     * Targets read from a control database ({@code [discover]}): {@code query} returns a row per target, with a
     * column {@code url} and optionally a column {@code name}.
     */
    record Discovered(String controlUrl, String query) implements TargetSource {
    }

    /**
     * Every database of one server whose name matches {@code pattern} ({@code [databases]}), listed through a
     * connection to {@code serverUrl}; each target is named after its database.
     */
    record DatabasePattern(String serverUrl, String pattern) implements TargetSource {
    }
}
